using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.Text;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks.Tests.Arbitraries;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskDueTests
{
    private static readonly LocalDateTime Nine2March = new(2026, 3, 2, 9, 0);

    [Fact]
    public void OnDate_WhenCreated_HasOnlyADate()
    {
        var due = TaskDue.OnDate(new LocalDate(2026, 3, 6));

        Assert.True(due.IsDateOnly);
        Assert.Null(due.Moment);
        Assert.Null(due.ResolveMoment());
    }

    [Fact]
    public void At_WhenCreated_StoresTheLocalTimeAndZoneNotAnInstant()
    {
        var due = TaskDue.At(Nine2March, TaskFixtures.Amsterdam);

        Assert.False(due.IsDateOnly);
        Assert.Null(due.Date);
        Assert.Equal(LocalDateTimeInZone.Create(Nine2March, TaskFixtures.Amsterdam), due.Moment);
        Assert.Equal(TaskFixtures.Now, due.ResolveMoment());
    }

    [Fact]
    public void At_WhenTheZoneRulesChangeAfterTheDueWasSet_KeepsTheWallClockTime()
    {
        // Two zones with the same id: the rules as known when the due was set (UTC+1), and the rules when it falls (UTC+2).
        var rulesThen = new SingleTransitionDateTimeZone(Instant.FromUtc(2000, 1, 1, 0, 0), Offset.FromHours(1), Offset.FromHours(1), "Test/Zone");
        var rulesNow = new SingleTransitionDateTimeZone(Instant.FromUtc(2000, 1, 1, 0, 0), Offset.FromHours(1), Offset.FromHours(2), "Test/Zone");
        var task = TaskBuilder.ATask().DueAt(new LocalDateTime(2030, 6, 7, 16, 0), rulesThen).Build();
        var stored = task.ToSnapshot();

        // A storage adapter keeps the local date-time and the zone id, and looks the zone up again when it reads.
        var moment = stored.Schedule.Due!.Moment!;
        var reloaded = FollowUpTask.Rehydrate(FollowUpTaskTests.Rebuild(stored, schedule: TaskSchedule.DueOn(TaskDue.At(moment.LocalDateTime, rulesNow))));

        Assert.Equal(Instant.FromUtc(2030, 6, 7, 15, 0), task.Due!.ResolveMoment());
        Assert.Equal(Instant.FromUtc(2030, 6, 7, 14, 0), reloaded.Due!.ResolveMoment());
        Assert.Equal(new LocalTime(16, 0), reloaded.Due.ResolveMoment()!.Value.InZone(rulesNow).TimeOfDay);
        Assert.Equal("2030-06-07T16:00 Test/Zone", reloaded.Due.ToString());
        Assert.Equal(task.Due, reloaded.Due);
        Assert.False(reloaded.IsOverdue(Instant.FromUtc(2030, 6, 7, 14, 0), DateTimeZone.Utc));
        Assert.True(reloaded.IsOverdue(Instant.FromUtc(2030, 6, 7, 14, 0) + Duration.Epsilon, DateTimeZone.Utc));
    }

    [Fact]
    public void At_WhenLocalTimeIsInTheSpringGap_KeepsItAndResolvesForwardByTheGap()
    {
        // Amsterdam skips 02:00-03:00 on 29 March 2026; 02:30 becomes 03:30 CEST = 01:30 UTC.
        var due = TaskDue.At(new LocalDateTime(2026, 3, 29, 2, 30), TaskFixtures.Amsterdam);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 2, 30), due.Moment!.LocalDateTime);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), due.ResolveMoment());
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30) + Duration.Epsilon, due.OverdueFrom(TaskFixtures.NewYork));
    }

    [Fact]
    public void At_WhenLocalTimeIsAmbiguous_ResolvesToTheEarlierInstant()
    {
        // Amsterdam repeats 02:00-03:00 on 25 October 2026; the first 02:30 is CEST = 00:30 UTC.
        var due = TaskDue.At(new LocalDateTime(2026, 10, 25, 2, 30), TaskFixtures.Amsterdam);

        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), due.ResolveMoment());
    }

    [Fact]
    public void At_WhenZoneIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TaskDue.At(Nine2March, null!));
        Assert.Throws<ArgumentNullException>(() => TaskDue.At(null!));
    }

    [Theory]
    // Amsterdam, the day before spring forward (29 March 2026): the next day starts at 00:00 CET = 23:00 UTC.
    [InlineData("Europe/Amsterdam", "2026-03-28", "2026-03-28T23:00:00Z")]
    // Amsterdam, the spring-forward day itself: the next day starts at 00:00 CEST = 22:00 UTC.
    [InlineData("Europe/Amsterdam", "2026-03-29", "2026-03-29T22:00:00Z")]
    // Amsterdam, the day before fall back (25 October 2026): the next day starts at 00:00 CEST = 22:00 UTC.
    [InlineData("Europe/Amsterdam", "2026-10-24", "2026-10-24T22:00:00Z")]
    // Amsterdam, the fall-back day itself: the 25-hour day ends at 00:00 CET = 23:00 UTC.
    [InlineData("Europe/Amsterdam", "2026-10-25", "2026-10-25T23:00:00Z")]
    // New York, the day before spring forward (8 March 2026): 00:00 EST = 05:00 UTC.
    [InlineData("America/New_York", "2026-03-07", "2026-03-08T05:00:00Z")]
    // New York, the spring-forward day itself: the next day starts at 00:00 EDT = 04:00 UTC.
    [InlineData("America/New_York", "2026-03-08", "2026-03-09T04:00:00Z")]
    // New York, the day before fall back (1 November 2026): 00:00 EDT = 04:00 UTC.
    [InlineData("America/New_York", "2026-10-31", "2026-11-01T04:00:00Z")]
    // New York, the fall-back day itself: the 25-hour day ends at 00:00 EST = 05:00 UTC.
    [InlineData("America/New_York", "2026-11-01", "2026-11-02T05:00:00Z")]
    // São Paulo skipped midnight on 4 November 2018 (00:00 -> 01:00): the day starts at 01:00 -02 = 03:00 UTC.
    [InlineData("America/Sao_Paulo", "2018-11-03", "2018-11-04T03:00:00Z")]
    public void HasPassed_WhenDueDate_StartsAtTheNextDaysFirstInstantInTheZone(string zoneId, string dueDate, string overdueFrom)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var due = TaskDue.OnDate(LocalDatePattern.Iso.Parse(dueDate).Value);
        var from = InstantPattern.General.Parse(overdueFrom).Value;

        Assert.Equal(from, due.OverdueFrom(zone));
        Assert.False(due.HasPassed(from - Duration.Epsilon, zone));
        Assert.True(due.HasPassed(from, zone));
    }

    [Fact]
    public void HasPassed_WhenDueMoment_IsTrueOnlyAfterIt()
    {
        var due = TaskFixtures.DueAt(TaskFixtures.Now, TaskFixtures.NewYork);

        Assert.False(due.HasPassed(TaskFixtures.Now, TaskFixtures.Amsterdam));
        Assert.True(due.HasPassed(TaskFixtures.Now + Duration.Epsilon, TaskFixtures.Amsterdam));
    }

    [Fact]
    public void HasPassed_WhenDueMoment_IgnoresTheEvaluationZone()
    {
        var due = TaskFixtures.DueAt(TaskFixtures.Now, TaskFixtures.NewYork);

        Assert.Equal(due.HasPassed(TaskFixtures.Now + Duration.FromHours(1), TaskFixtures.Amsterdam), due.HasPassed(TaskFixtures.Now + Duration.FromHours(1), DateTimeZone.Utc));
    }

    [Fact]
    public void ToLocalDate_WhenDueMoment_IsItsLocalDate()
    {
        var due = TaskDue.At(new LocalDateTime(2026, 3, 6, 0, 30), TaskFixtures.Amsterdam);

        Assert.Equal(new LocalDate(2026, 3, 6), due.ToLocalDate());
    }

    [Fact]
    public void Equals_WhenSameLocalTimeAndZoneId_IsTrue()
    {
        var a = TaskDue.At(Nine2March, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        var b = TaskDue.At(Nine2March, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, TaskDue.At(Nine2March, TaskFixtures.NewYork));
        Assert.NotEqual(a, TaskDue.OnDate(Nine2March.Date));
    }

    [Fact]
    public void ToString_WhenDueMoment_ShowsLocalTimeAndZone()
    {
        var due = TaskDue.At(Nine2March, TaskFixtures.Amsterdam);

        Assert.Equal("2026-03-02T09:00 Europe/Amsterdam", due.ToString());
    }

    [Property(Arbitrary = [typeof(TaskArbitraries)], MaxTest = 500)]
    public bool HasPassed_WhenDueDate_IsTrueExactlyWhenTheLocalDateIsLater(OverdueScenario scenario)
    {
        var due = TaskDue.OnDate(scenario.DueDate);

        return due.HasPassed(scenario.Now, scenario.Zone) == (scenario.Now.InZone(scenario.Zone).Date > scenario.DueDate);
    }

    [Property(Arbitrary = [typeof(TaskArbitraries)], MaxTest = 500)]
    public bool HasPassed_WhenDueMoment_IsTrueExactlyAfterTheMoment(OverdueScenario scenario)
    {
        var local = scenario.DueDate.At(new LocalTime(scenario.DueDate.Day % 24, 0));
        var moment = local.InZoneLeniently(scenario.Zone).ToInstant();
        var due = TaskDue.At(local, scenario.Zone);

        return due.HasPassed(scenario.Now, scenario.Zone) == (scenario.Now > moment);
    }

    [Property(Arbitrary = [typeof(TaskArbitraries)], MaxTest = 300)]
    public bool IsOverdue_WhenTaskIsNotOpen_IsFalse(OverdueScenario scenario, bool stopped)
    {
        var task = TaskBuilder.ATask().DueOn(scenario.DueDate).CreatedAt(Instant.FromUtc(2024, 1, 1, 0, 0))
            .InStatus(stopped ? FollowUpTaskStatus.Stopped : FollowUpTaskStatus.Completed).Build();

        return !task.IsOverdue(scenario.Now, scenario.Zone);
    }

    [Property(Arbitrary = [typeof(TaskArbitraries)], MaxTest = 300)]
    public bool IsOverdue_WhenTaskIsOpen_FollowsTheDue(OverdueScenario scenario)
    {
        var task = TaskBuilder.ATask().DueOn(scenario.DueDate).CreatedAt(Instant.FromUtc(2024, 1, 1, 0, 0)).Build();

        return task.IsOverdue(scenario.Now, scenario.Zone) == TaskDue.OnDate(scenario.DueDate).HasPassed(scenario.Now, scenario.Zone);
    }
}
