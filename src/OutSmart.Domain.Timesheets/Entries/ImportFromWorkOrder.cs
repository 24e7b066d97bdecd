using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The hours one line of a sent work order carries for one employee, as plain values (TS-13): the host maps a
/// work order's <c>WorkOrderSent</c> onto this command, so Timesheets has no type edge to WorkOrders.</summary>
/// <remarks>Run it with <see cref="TimesheetCommands.ImportFromWorkOrderAsync"/>: the first import creates an entry with
/// <see cref="NewEntryId"/>, a later one updates that entry while it is draft or rejected and is refused once it is
/// submitted. Two commands are equal when all their values are equal.</remarks>
public sealed record ImportFromWorkOrder
{
    private ImportFromWorkOrder(TimesheetEntryId newEntryId, ImportKey key, TimesheetEntryKind kind, Instant start, Instant end, ProjectId? projectId, CustomerId? customerId, string description, HourType? hourType)
    {
        HourType = hourType;
        NewEntryId = newEntryId;
        Key = key;
        Kind = kind;
        Start = start;
        End = end;
        ProjectId = projectId;
        CustomerId = customerId;
        Description = description;
    }

    /// <summary>Gets the id the entry gets when this is the first import of the key.</summary>
    public TimesheetEntryId NewEntryId { get; }

    /// <summary>Gets the work order, source line and employee.</summary>
    public ImportKey Key { get; }

    /// <summary>Gets whether the hours are work or travel.</summary>
    public TimesheetEntryKind Kind { get; }

    /// <summary>Gets when the hours started.</summary>
    public Instant Start { get; }

    /// <summary>Gets when they ended.</summary>
    public Instant End { get; }

    /// <summary>Gets the hour type whose rates the entry snapshots, or <see langword="null"/>.</summary>
    public HourType? HourType { get; }

    /// <summary>Gets the project, or <see langword="null"/>.</summary>
    public ProjectId? ProjectId { get; }

    /// <summary>Gets the customer, or <see langword="null"/>.</summary>
    public CustomerId? CustomerId { get; }

    /// <summary>Gets the description for a new entry; possibly empty.</summary>
    public string Description { get; }

    /// <summary>Creates the command.</summary>
    /// <param name="newEntryId">The id of the entry a first import creates; not empty.</param>
    /// <param name="workOrderId">The work order; not empty.</param>
    /// <param name="sourceLineId">The line on the work order; not blank.</param>
    /// <param name="employeeId">The employee; not empty.</param>
    /// <param name="kind"><see cref="TimesheetEntryKind.Work"/> or <see cref="TimesheetEntryKind.Travel"/>.</param>
    /// <param name="start">When the hours started.</param>
    /// <param name="end">When they ended; an end before the start is refused by the rules, not here.</param>
    /// <param name="projectId">The project, or <see langword="null"/>.</param>
    /// <param name="customerId">The customer, or <see langword="null"/>.</param>
    /// <param name="description">A description, or <see langword="null"/> for none.</param>
    /// <param name="hourType">The hour type, or <see langword="null"/> for none.</param>
    /// <returns>The command.</returns>
    /// <exception cref="ArgumentException">An id is empty, the source line is blank, or the kind is not work or travel.</exception>
    public static ImportFromWorkOrder Create(
        TimesheetEntryId newEntryId,
        WorkOrderId workOrderId,
        string sourceLineId,
        EmployeeId employeeId,
        TimesheetEntryKind kind,
        Instant start,
        Instant end,
        ProjectId? projectId = null,
        CustomerId? customerId = null,
        string? description = null,
        HourType? hourType = null)
    {
        Guard.Against.Default(newEntryId);
        if (kind is not (TimesheetEntryKind.Work or TimesheetEntryKind.Travel))
        {
            throw new ArgumentException("Work orders carry work or travel hours.", nameof(kind));
        }
        return new ImportFromWorkOrder(newEntryId, ImportKey.Create(workOrderId, sourceLineId, employeeId), kind, start, end, projectId, customerId, description?.Trim() ?? string.Empty, hourType);
    }

    /// <summary>Returns the content the hours become in the employee's zone.</summary>
    /// <param name="zone">The employee's zone.</param>
    /// <returns>Work or travel between <see cref="Start"/> and <see cref="End"/>, with the hour type's rates when given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public TimesheetEntryContent ToContent(DateTimeZone zone)
    {
        EntryTime time = EntryTime.Between(Start, End, zone);
        TimesheetEntryContent content = Kind == TimesheetEntryKind.Travel ? TimesheetEntryContent.Travel(time) : TimesheetEntryContent.Work(time);
        return HourType is { } hourType ? content.WithHourType(hourType) : content;
    }
}
