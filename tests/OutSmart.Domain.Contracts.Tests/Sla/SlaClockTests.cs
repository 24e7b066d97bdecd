using NodaTime;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.Scheduling.Calendars;
using static OutSmart.Domain.Contracts.Tests.TestData.SlaClocks;

namespace OutSmart.Domain.Contracts.Tests.Sla;

public sealed class SlaClockTests
{
    [Fact]
    public void Read_WhenCreatedOnFridayAfternoon_CountsOnlyWorkingHoursAndSkipsTheWeekend()
    {
        // Friday 27 March 2026 15:30: 1.5 hours left that day, 2.5 more on Monday from 08:00.
        SlaEventLog log = Log(At(2026, 3, 27, 15, 30));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 4), log, At(2026, 3, 28, 12));

        SlaTargetReading response = Assert.Single(reading.Targets);
        Assert.Equal(At(2026, 3, 30, 10, 30), response.Deadline);
        Assert.Equal(SlaState.OnTrack, response.State);
        Assert.Equal(Duration.FromMinutes(90), response.Counted);
    }

    [Fact]
    public void Read_WhenTheTargetIsUsedUpAtTheEndOfAWorkingDay_DeadlineIsThatEndNotTheNextMorning()
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8));

        SlaReading reading = Read(OfficeHours, Targets(resolutionHours: 9), log, At(2026, 3, 30, 9));

        Assert.Equal(At(2026, 3, 30, 17), reading.Get(SlaTargetKind.Resolution)!.Deadline);
    }

    [Fact]
    public void Read_WhenADayIsAHoliday_CountsNothingOnIt()
    {
        // King's Day, Monday 27 April 2026, is a Dutch public holiday.
        SlaEventLog log = Log(At(2026, 4, 24, 16));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 2), log, At(2026, 4, 24, 16));

        Assert.Equal(At(2026, 4, 28, 9), reading.Get(SlaTargetKind.Response)!.Deadline);
    }

    [Theory]
    // Spring forward, 29 March 2026: the day has 23 hours, so 24 business hours end an hour later by the wall clock.
    [InlineData(3, 28, 3, 29, 13)]
    // Fall back, 25 October 2026: the day has 25 hours, so 24 business hours end an hour earlier by the wall clock.
    [InlineData(10, 24, 10, 25, 11)]
    public void Read_WhenADaylightSavingDayIsWorkedAroundTheClock_CountsRealElapsedTime(int month, int day, int dueMonth, int dueDay, int dueHour)
    {
        SlaEventLog log = Log(At(2026, month, day, 12));

        SlaReading reading = Read(AroundTheClock, Targets(responseHours: 24), log, At(2026, month, day, 13));

        Assert.Equal(At(2026, dueMonth, dueDay, dueHour), reading.Get(SlaTargetKind.Response)!.Deadline);
    }

    [Fact]
    public void Read_WhenPausedAndResumedBeforeTheEvent_MovesTheDeadlineByThePausedBusinessTime()
    {
        Instant created = At(2026, 3, 30, 8);
        SlaEventLog log = Log(created, (SlaEventKind.Paused, At(2026, 3, 30, 9)), (SlaEventKind.Resumed, At(2026, 3, 30, 11)));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 4), log, At(2026, 3, 30, 11));

        Assert.Equal(At(2026, 3, 30, 14), reading.Get(SlaTargetKind.Response)!.Deadline);
    }

    [Fact]
    public void Read_WhenAPauseBeganAfterTheTargetsEvent_DoesNotMoveThatTargetsDeadline()
    {
        Instant created = At(2026, 3, 30, 8);
        SlaEventLog log = Log(
            created,
            (SlaEventKind.Responded, At(2026, 3, 30, 9)),
            (SlaEventKind.Paused, At(2026, 3, 30, 10)),
            (SlaEventKind.Resumed, At(2026, 3, 30, 12)));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 4, resolutionHours: 8), log, At(2026, 3, 30, 12));

        Assert.Equal(At(2026, 3, 30, 12), reading.Get(SlaTargetKind.Response)!.Deadline);
        Assert.Equal(SlaState.Met, reading.Get(SlaTargetKind.Response)!.State);
        Assert.Equal(At(2026, 3, 30, 9), reading.Get(SlaTargetKind.Response)!.At);
        Assert.Equal(At(2026, 3, 31, 9), reading.Get(SlaTargetKind.Resolution)!.Deadline);
    }

    [Fact]
    public void Read_WhenPausedAtNowBeforeTheTargetWasReached_DeadlineIsUnknownAndStateIsPaused()
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8), (SlaEventKind.Paused, At(2026, 3, 30, 9)));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 4), log, At(2026, 4, 2, 9));

        SlaTargetReading response = reading.Get(SlaTargetKind.Response)!;
        Assert.Null(response.Deadline);
        Assert.Equal(SlaState.Paused, response.State);
        Assert.Equal(Duration.FromHours(1), response.Counted);
    }

    [Fact]
    public void Read_WhenPausedAtNowAfterTheTargetWasReached_KeepsTheDeadlineAndIsBreached()
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8), (SlaEventKind.Paused, At(2026, 3, 30, 13)));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 4), log, At(2026, 3, 30, 14));

        SlaTargetReading response = reading.Get(SlaTargetKind.Response)!;
        Assert.Equal(At(2026, 3, 30, 12), response.Deadline);
        Assert.Equal(SlaState.Breached, response.State);
    }

    [Fact]
    public void Read_WhenTheEventHappensDuringAPauseThatIsStillOpen_IsMetWithoutADeadline()
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8), (SlaEventKind.Paused, At(2026, 3, 30, 9)), (SlaEventKind.Responded, At(2026, 3, 31, 9)));

        SlaReading reading = Read(OfficeHours, Targets(responseHours: 4), log, At(2026, 3, 31, 10));

        SlaTargetReading response = reading.Get(SlaTargetKind.Response)!;
        Assert.Null(response.Deadline);
        Assert.Equal(SlaState.Met, response.State);
        Assert.Equal(At(2026, 3, 31, 9), response.At);
    }

    [Theory]
    [InlineData(0, SlaState.Met)]
    [InlineData(1, SlaState.Breached)]
    public void Read_WhenTheEventHappensAtOrJustAfterTheDeadline_IsMetOrBreached(int secondsLate, SlaState expected)
    {
        Instant deadline = At(2026, 3, 30, 12);
        SlaEventLog log = Log(At(2026, 3, 30, 8), (SlaEventKind.OnSite, deadline + Duration.FromSeconds(secondsLate)));

        SlaReading reading = Read(OfficeHours, Targets(onSiteHours: 4), log, At(2026, 3, 30, 13));

        Assert.Equal(expected, reading.Get(SlaTargetKind.OnSite)!.State);
    }

    [Theory]
    [InlineData(0, SlaState.AtRisk)]
    [InlineData(1, SlaState.Breached)]
    public void Read_WhenNowIsAtOrJustAfterTheDeadlineWithoutTheEvent_IsAtRiskOrBreached(int secondsLate, SlaState expected)
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8));

        SlaReading reading = Read(OfficeHours, Targets(resolutionHours: 4), log, At(2026, 3, 30, 12) + Duration.FromSeconds(secondsLate));

        Assert.Equal(expected, reading.Get(SlaTargetKind.Resolution)!.State);
    }

    [Theory]
    // 0.6 of two hours is exactly 72 minutes: decimal arithmetic, no rounding either side.
    [InlineData(71, SlaState.OnTrack)]
    [InlineData(72, SlaState.AtRisk)]
    public void Read_WhenTheCountedShareReachesTheWarningThreshold_IsAtRisk(int minutes, SlaState expected)
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8));

        SlaReading reading = Read(OfficeHours, Targets(warning: 0.6m, responseHours: 2), log, At(2026, 3, 30, 8) + Duration.FromMinutes(minutes));

        Assert.Equal(expected, reading.Get(SlaTargetKind.Response)!.State);
    }

    [Fact]
    public void Read_WhenOnlySomeTargetsArePromised_ReadsOnlyThoseInFixedOrder()
    {
        SlaEventLog log = Log(At(2026, 3, 30, 8));

        SlaReading reading = Read(OfficeHours, Targets(resolutionHours: 16, responseHours: 1), log, At(2026, 3, 30, 8));

        Assert.Equal([SlaTargetKind.Response, SlaTargetKind.Resolution], reading.Targets.Select(t => t.Kind));
        Assert.Null(reading.Get(SlaTargetKind.OnSite));
    }

    [Fact]
    public void Read_WhenReadBeforeTheWorkOrderWasCreated_ReturnsReadBeforeCreated()
    {
        SlaClock clock = SlaClock.Create(OfficeHours, Targets(responseHours: 1));

        var result = clock.Read(Log(At(2026, 3, 30, 8)), At(2026, 3, 30, 7));

        var error = Assert.IsType<SlaEventLogInvalid>(result.Value);
        Assert.Equal(SlaEventLogProblem.ReadBeforeCreated, error.Problem);
        Assert.Equal("SLA_READ_BEFORE_CREATED", error.Code);
    }

    [Fact]
    public void Read_WhenAnEventIsLaterThanNow_ReturnsEventAfterNow()
    {
        SlaClock clock = SlaClock.Create(OfficeHours, Targets(responseHours: 1));

        var result = clock.Read(Log(At(2026, 3, 30, 8), (SlaEventKind.Responded, At(2026, 3, 30, 10))), At(2026, 3, 30, 9));

        var error = Assert.IsType<SlaEventLogInvalid>(result.Value);
        Assert.Equal("SLA_EVENT_AFTER_NOW", error.Code);
        Assert.Equal(0, error.Index);
    }

    [Fact]
    public void Read_WhenTheCalendarHasNoWorkingTime_ReturnsWorkingTimeNotFound()
    {
        var never = BusinessHours.Create(WeeklyWorkingHours.None, CustomHolidayCalendar.Empty, Amsterdam);
        SlaClock clock = SlaClock.Create(never, Targets(responseHours: 1));

        var result = clock.Read(Log(At(2026, 3, 30, 8)), At(2026, 3, 30, 9));

        Assert.IsType<WorkingTimeNotFound>(result.Value);
    }

    [Fact]
    public void Read_WhenTheLogIsEditedAndReadAgain_AnswersAsIfItHadAlwaysBeenSo()
    {
        SlaClock clock = SlaClock.Create(OfficeHours, Targets(responseHours: 4));
        SlaEventLog withPause = Log(At(2026, 3, 30, 8), (SlaEventKind.Paused, At(2026, 3, 30, 9)), (SlaEventKind.Resumed, At(2026, 3, 30, 10)));
        SlaEventLog pauseRemoved = Log(At(2026, 3, 30, 8));

        SlaReading before = clock.Read(withPause, At(2026, 3, 30, 11)).AsT0;
        SlaReading after = clock.Read(pauseRemoved, At(2026, 3, 30, 11)).AsT0;

        Assert.Equal(At(2026, 3, 30, 13), before.Get(SlaTargetKind.Response)!.Deadline);
        Assert.Equal(At(2026, 3, 30, 12), after.Get(SlaTargetKind.Response)!.Deadline);
        Assert.Equal(after, clock.Read(pauseRemoved, At(2026, 3, 30, 11)).AsT0);
    }
}
