using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>Fixed ids, actors, zones and instants shared by the tests.</summary>
internal static class TestIds
{
    public static readonly EmployeeId Owner = new(Guid.Parse("10000000-0000-0000-0000-000000000001"));
    public static readonly EmployeeId Technician = new(Guid.Parse("10000000-0000-0000-0000-000000000002"));
    public static readonly EmployeeId Planner = new(Guid.Parse("10000000-0000-0000-0000-000000000003"));

    public static readonly TaskId Task1 = new(Guid.Parse("20000000-0000-0000-0000-000000000001"));
    public static readonly TaskId Task2 = new(Guid.Parse("20000000-0000-0000-0000-000000000002"));
    public static readonly TaskId Task3 = new(Guid.Parse("20000000-0000-0000-0000-000000000003"));
    public static readonly TaskId Subtask1 = new(Guid.Parse("30000000-0000-0000-0000-000000000001"));
    public static readonly TaskId Subtask2 = new(Guid.Parse("30000000-0000-0000-0000-000000000002"));

    public static readonly RecordLink Customer = RecordLink.To(new CustomerId(Guid.Parse("40000000-0000-0000-0000-000000000001")));
    public static readonly RecordLink WorkOrder = RecordLink.To(new WorkOrderId(Guid.Parse("40000000-0000-0000-0000-000000000002")));
    public static readonly RecordLink Invoice = RecordLink.To(new InvoiceId(Guid.Parse("40000000-0000-0000-0000-000000000003")));

    public static readonly Actor Office = Actor.Create(Owner, ActorChannel.BackOffice);
    public static readonly Actor Mobile = Actor.Create(Technician, ActorChannel.MobileApp);
    public static readonly Actor Scheduler = Actor.Create(Planner, ActorChannel.System);

    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Monday 2 March 2026, 09:00 in Amsterdam (08:00 UTC).</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 8, 0);

    public static Guid NumberedGuid(int n) => new($"{n:D8}-0000-0000-0000-000000000000");

    /// <summary>A due moment at the wall-clock time that <paramref name="moment"/> has in <paramref name="zone"/> under today's rules.</summary>
    public static TaskDue DueAt(Instant moment, DateTimeZone zone) => TaskDue.At(moment.InZone(zone).LocalDateTime, zone);
}
