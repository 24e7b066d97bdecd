using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class WorkOrderScheduleTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    [Fact]
    public void At_KeepsTheLocalTimeAndZoneNotAnInstant()
    {
        var local = new LocalDateTime(2026, 6, 1, 9, 0);

        WorkOrderSchedule schedule = WorkOrderSchedule.At(local, Amsterdam);

        Assert.Equal(LocalDateTimeInZone.Create(local, Amsterdam), schedule.PlannedAt);
        Assert.Null(schedule.Deadline);
        Assert.Equal(Instant.FromUtc(2026, 6, 1, 7, 0), schedule.ToPlannedInstant());
    }

    [Fact]
    public void ToPlannedInstant_WhenInTheSpringGap_MovesForwardByTheGap()
    {
        // Amsterdam 2026-03-29 02:30 does not exist; the lenient resolver gives 03:30 CEST = 01:30 UTC.
        WorkOrderSchedule schedule = WorkOrderSchedule.At(new LocalDateTime(2026, 3, 29, 2, 30), Amsterdam);

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), schedule.ToPlannedInstant());
    }

    [Fact]
    public void Before_HasADeadlineAndNoPlannedInstant()
    {
        WorkOrderSchedule schedule = WorkOrderSchedule.Before(new LocalDate(2026, 6, 30));

        Assert.Null(schedule.ToPlannedInstant());
        Assert.Equal(new LocalDate(2026, 6, 30), schedule.Deadline);
    }
}
