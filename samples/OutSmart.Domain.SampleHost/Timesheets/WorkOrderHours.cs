using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Timesheets;

/// <summary>
/// The host's mapping of a sent work order onto Timesheets' import: Timesheets takes plain values and has no type edge
/// to WorkOrders, so the host that sees <see cref="WorkOrderSent"/> turns each hour registration it carries into an
/// <see cref="ImportFromWorkOrder"/>.
/// </summary>
/// <remarks>
/// Each registration becomes one command keyed by (work order, <c>hours-{n}</c>, employee), <c>n</c> counting the
/// event's registrations from 1, so handling the same event twice imports each registration once. A registration
/// with a start and an end keeps them; one given as a duration on a date starts at 08:00 in the employee's zone. An
/// hour type named <c>travel</c> (any case) becomes travel time; every other one is work.
/// </remarks>
internal static class WorkOrderHours
{
    /// <summary>Maps the hours of <paramref name="sent"/> onto import commands for <paramref name="customer"/>, with an
    /// optional hour type (the rates payroll pays them at) and description.</summary>
    public static ImmutableArray<ImportFromWorkOrder> ToImports(WorkOrderSent sent, CustomerId customer, DateTimeZone zone, HourType? hourType = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(zone);
        var imports = ImmutableArray.CreateBuilder<ImportFromWorkOrder>(sent.Hours.Length);
        for (int i = 0; i < sent.Hours.Length; i++)
        {
            HourRegistration hours = sent.Hours[i];
            Instant start = hours.Start ?? zone.AtLeniently(hours.Date!.Value.At(new LocalTime(8, 0))).ToInstant();
            Instant end = hours.End ?? start + hours.Duration;
            TimesheetEntryKind kind = string.Equals(hours.HourType, "travel", StringComparison.OrdinalIgnoreCase)
                ? TimesheetEntryKind.Travel
                : TimesheetEntryKind.Work;
            imports.Add(ImportFromWorkOrder.Create(
                EntryId(sent.WorkOrderId, i), sent.WorkOrderId, $"hours-{i + 1}", hours.EmployeeId, kind, start, end, customerId: customer, description: description, hourType: hourType));
        }
        return imports.MoveToImmutable();
    }

    // The id a first import gives the entry: the work order's id with the registration's number in its last byte.
    private static TimesheetEntryId EntryId(WorkOrderId workOrder, int index)
    {
        byte[] bytes = workOrder.Value.ToByteArray();
        bytes[15] ^= (byte)(index + 1);
        return new TimesheetEntryId(new Guid(bytes));
    }
}
