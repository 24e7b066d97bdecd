using FsCheck.Xunit;
using NodaTime;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskRecurrenceTests
{
    private static readonly LocalDate Monday2March = new(2026, 3, 2);

    [Theory]
    [InlineData("")]
    [InlineData("FREQ=FORTNIGHTLY")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("FREQ=MINUTELY")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=15")]
    [InlineData("FREQ=YEARLY;BYMONTH=3")]
    [InlineData("FREQ=DAILY;BYHOUR=9")]
    [InlineData("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1")]
    [InlineData("FREQ=WEEKLY;WKST=SU")]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20260310")]
    public void Parse_WhenOutsideTheSubset_ReturnsTaskRecurrenceInvalid(string rule)
    {
        var result = TaskRecurrence.Parse(rule, TaskRecurrenceBasis.DueDate);

        var error = Assert.IsType<TaskRecurrenceInvalid>(result.Value);
        Assert.Equal("TASK_RECURRENCE_INVALID", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("FREQ=DAILY")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5")]
    [InlineData("RRULE:FREQ=MONTHLY;BYDAY=1MO;UNTIL=20261231")]
    [InlineData("FREQ=YEARLY;INTERVAL=1")]
    public void Parse_WhenInsideTheSubset_ReturnsRecurrence(string rule)
    {
        var result = TaskRecurrence.Parse(rule, TaskRecurrenceBasis.Completion);

        Assert.Equal(TaskRecurrenceBasis.Completion, result.AsT0.Basis);
    }

    [Fact]
    public void Parse_WhenNull_ReturnsTaskRecurrenceInvalid()
    {
        var result = TaskRecurrence.Parse(null, TaskRecurrenceBasis.DueDate);

        Assert.IsType<TaskRecurrenceInvalid>(result.Value);
    }

    [Fact]
    public void GetNextDue_WhenWeeklyFromDueDate_IsTheNextWeek()
    {
        var recurrence = Recurrence("FREQ=WEEKLY;BYDAY=MO", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(Monday2March), 1, At(2026, 3, 2), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(new LocalDate(2026, 3, 9)), next);
    }

    [Fact]
    public void GetNextDue_WhenCompletedLongAfterTheDue_IsNeverBeforeToday()
    {
        var recurrence = Recurrence("FREQ=WEEKLY;BYDAY=MO", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(new LocalDate(2026, 2, 2)), 1, At(2026, 3, 4), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(new LocalDate(2026, 3, 9)), next);
    }

    [Fact]
    public void GetNextDue_WhenAnOccurrenceFallsToday_IsToday()
    {
        var recurrence = Recurrence("FREQ=WEEKLY;BYDAY=MO", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(new LocalDate(2026, 2, 23)), 1, At(2026, 3, 2), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(Monday2March), next);
    }

    [Fact]
    public void GetNextDue_WhenFromCompletion_CountsFromTheCompletionDay()
    {
        var recurrence = Recurrence("FREQ=DAILY;INTERVAL=3", TaskRecurrenceBasis.Completion);

        var next = recurrence.GetNextDue(TaskDue.OnDate(Monday2March), 1, At(2026, 3, 4), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(new LocalDate(2026, 3, 7)), next);
    }

    [Fact]
    public void GetNextDue_WhenNoDue_CountsFromTheCompletionDay()
    {
        var recurrence = Recurrence("FREQ=MONTHLY", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(null, 1, At(2026, 3, 4), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(new LocalDate(2026, 4, 4)), next);
    }

    [Fact]
    public void GetNextDue_WhenMonthlyOnFirstMonday_IsTheFirstMondayOfNextMonth()
    {
        var recurrence = Recurrence("FREQ=MONTHLY;BYDAY=1MO", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(Monday2March), 1, At(2026, 3, 2), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(new LocalDate(2026, 4, 6)), next);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void GetNextDue_WhenCount_EndsAfterThatManyOccurrences(int occurrence, bool hasNext)
    {
        var recurrence = Recurrence("FREQ=DAILY;COUNT=3", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(Monday2March.PlusDays(occurrence - 1)), occurrence, At(2026, 3, 2), TaskFixtures.Amsterdam);

        Assert.Equal(hasNext, next is not null);
    }

    [Fact]
    public void GetNextDue_WhenCountAndCompletedMoreThanCountPeriodsLate_StillGivesTheNextOccurrence()
    {
        // COUNT=3 from Monday 2 March: the rule's own dates are 2, 3 and 4 March. Completing the first occurrence on
        // 12 March must still give occurrence 2 (never before today), not end the series.
        var recurrence = Recurrence("FREQ=DAILY;COUNT=3", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(Monday2March), 1, At(2026, 3, 12), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.OnDate(new LocalDate(2026, 3, 12)), next);
    }

    [Fact]
    public void GetNextDue_WhenCountWithADueMomentCompletedLate_StillGivesTheNextOccurrence()
    {
        var recurrence = Recurrence("FREQ=WEEKLY;COUNT=2", TaskRecurrenceBasis.DueDate);
        var due = TaskDue.At(new LocalDateTime(2026, 3, 2, 9, 0), TaskFixtures.Amsterdam);

        var next = recurrence.GetNextDue(due, 1, At(2026, 3, 20), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.At(new LocalDateTime(2026, 3, 23, 9, 0), TaskFixtures.Amsterdam), next);
    }

    [Fact]
    public void GetNextDue_WhenPastUntil_IsNull()
    {
        var recurrence = Recurrence("FREQ=WEEKLY;UNTIL=20260310", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(TaskDue.OnDate(new LocalDate(2026, 3, 9)), 1, At(2026, 3, 9), TaskFixtures.Amsterdam);

        Assert.Null(next);
    }

    [Fact]
    public void GetNextDue_WhenDueMomentCrossesSpringForward_KeepsTheLocalTime()
    {
        // Friday 27 March 2026 09:00 CET (08:00 UTC); a week later Amsterdam is on CEST, so 09:00 is 07:00 UTC.
        var recurrence = Recurrence("FREQ=WEEKLY", TaskRecurrenceBasis.DueDate);
        var due = TaskDue.At(new LocalDateTime(2026, 3, 27, 9, 0), TaskFixtures.Amsterdam);

        var next = recurrence.GetNextDue(due, 1, Instant.FromUtc(2026, 3, 27, 10, 0), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.At(new LocalDateTime(2026, 4, 3, 9, 0), TaskFixtures.Amsterdam), next);
        Assert.Equal(Instant.FromUtc(2026, 4, 3, 7, 0), next!.ResolveMoment());
    }

    [Fact]
    public void GetNextDue_WhenDueMomentFromCompletion_UsesTheCompletionDayAtTheDueTime()
    {
        var recurrence = Recurrence("FREQ=DAILY;INTERVAL=2", TaskRecurrenceBasis.Completion);
        var due = TaskDue.At(new LocalDateTime(2026, 3, 2, 16, 0), TaskFixtures.NewYork);

        var next = recurrence.GetNextDue(due, 1, Instant.FromUtc(2026, 3, 4, 15, 0), TaskFixtures.Amsterdam);

        Assert.Equal(TaskDue.At(new LocalDateTime(2026, 3, 6, 16, 0), TaskFixtures.NewYork), next);
    }

    [Property(MaxTest = 200)]
    public bool GetNextDue_IsAfterTheDueAndNeverBeforeTheCompletionDay(byte interval, byte frequency, short dueOffset, byte lateDays, bool fromCompletion)
    {
        string freq = (frequency % 4) switch { 0 => "DAILY", 1 => "WEEKLY", 2 => "MONTHLY", _ => "YEARLY" };
        var recurrence = Recurrence($"FREQ={freq};INTERVAL={1 + (interval % 5)}", fromCompletion ? TaskRecurrenceBasis.Completion : TaskRecurrenceBasis.DueDate);
        var dueDate = Monday2March.PlusDays(dueOffset % 400);
        var completedAt = dueDate.PlusDays(lateDays % 90).At(new LocalTime(12, 0)).InZoneLeniently(TaskFixtures.Amsterdam).ToInstant();
        var today = completedAt.InZone(TaskFixtures.Amsterdam).Date;

        var next = recurrence.GetNextDue(TaskDue.OnDate(dueDate), 1, completedAt, TaskFixtures.Amsterdam)!.Date!.Value;

        return next > dueDate && next >= today && (!fromCompletion || next > today);
    }

    [Property(MaxTest = 200)]
    public bool GetNextDue_WhenDueMomentAcrossDstChanges_KeepsTheLocalTimeOfDay(short dayOffset, bool newYork, bool morning, byte interval)
    {
        var zone = newYork ? TaskFixtures.NewYork : TaskFixtures.Amsterdam;
        var time = morning ? new LocalTime(9, 0) : new LocalTime(16, 30);
        var due = TaskDue.At(new LocalDate(2026, 1, 1).PlusDays(Math.Abs(dayOffset % 365)).At(time), zone);
        var recurrence = Recurrence($"FREQ=WEEKLY;INTERVAL={1 + (interval % 3)}", TaskRecurrenceBasis.DueDate);

        var next = recurrence.GetNextDue(due, 1, due.ResolveMoment()!.Value, TaskFixtures.Amsterdam)!;

        var local = next.ResolveMoment()!.Value.InZone(zone).LocalDateTime;
        return local.TimeOfDay == time && local.Date == due.ToLocalDate().PlusWeeks(1 + (interval % 3)) && next.Moment!.Zone == zone;
    }

    private static TaskRecurrence Recurrence(string rule, TaskRecurrenceBasis basis) => TaskRecurrence.Parse(rule, basis).AsT0;

    private static Instant At(int year, int month, int day) => new LocalDate(year, month, day).At(new LocalTime(12, 0)).InZoneStrictly(TaskFixtures.Amsterdam).ToInstant();
}
