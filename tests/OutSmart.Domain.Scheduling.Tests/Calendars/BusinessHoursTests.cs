using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Tests.Arbitraries;
using OutSmart.Domain.Scheduling.Tests.TestData;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class BusinessHoursTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly BusinessHours Office = BusinessHours.Create(
        WeeklyWorkingHours.MondayToFriday(new LocalTime(8, 0), new LocalTime(17, 0)),
        DutchHolidayCalendar.Standard,
        Amsterdam);

    private static readonly WeeklyWorkingHours AroundTheClock = Enumerable.Range(1, 7)
        .Aggregate(WeeklyWorkingHours.None, (hours, day) => hours.WithDay((IsoDayOfWeek)day, WorkingInterval.Between(LocalTime.Midnight, LocalTime.Midnight)));

    [Theory]
    [InlineData("2026-01-05T10:00", 8, "2026-01-06T09:00")] // Monday: 7 hours today, 1 tomorrow
    [InlineData("2026-01-05T06:00", 9, "2026-01-05T17:00")] // before opening; used up exactly at closing, not the next morning
    [InlineData("2026-01-09T16:00", 8, "2026-01-12T15:00")] // Friday afternoon: over the weekend
    [InlineData("2026-05-13T16:00", 2, "2026-05-15T09:00")] // Wednesday before Ascension Day
    [InlineData("2026-12-24T12:00", 10, "2026-12-28T13:00")] // Christmas Day (Friday), Boxing Day and the weekend
    [InlineData("2026-01-10T12:00", 1, "2026-01-12T09:00")] // Saturday
    public void Add_WhenOfficeHours_SkipsNightsWeekendsAndHolidays(string start, int hours, string expected)
    {
        var result = Office.Add(Local(start, Amsterdam), Duration.FromHours(hours));

        Assert.Equal(Local(expected, Amsterdam), result.AsT0);
    }

    [Fact]
    public void Add_WhenZero_ReturnsTheStartEvenOutsideWorkingTime()
    {
        Instant sunday = Local("2026-01-11T03:00", Amsterdam);

        var result = Office.Add(sunday, Duration.Zero);

        Assert.Equal(sunday, result.AsT0);
    }

    [Fact]
    public void Add_WhenNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.Add(Instant.FromUtc(2026, 1, 5, 8, 0), Duration.FromHours(-1)));
    }

    [Fact]
    public void Add_WhenNoWorkingHoursAtAll_ReturnsWorkingTimeNotFoundInsteadOfHanging()
    {
        var none = BusinessHours.Create(WeeklyWorkingHours.None, DutchHolidayCalendar.Standard, Amsterdam);
        var closed = BusinessHours.Create(WeeklyWorkingHours.MondayToFriday(new LocalTime(8, 0), new LocalTime(17, 0)), EveryDayIsAHoliday.Instance, Amsterdam);
        Instant start = Instant.FromUtc(2026, 1, 5, 8, 0);

        var fromNone = none.Add(start, Duration.FromHours(1));
        var fromClosed = closed.Add(start, Duration.FromHours(1));

        Assert.Equal(start, fromNone.AsT1.SearchedFrom);
        Assert.Equal(Duration.FromHours(1), fromClosed.AsT1.Remaining);
        Assert.Equal("SCHEDULING_WORKING_TIME_NOT_FOUND", fromClosed.AsT1.Code);
    }

    [Fact]
    public void Add_WhenTheCalendarRunsOut_ReturnsWorkingTimeNotFound()
    {
        Instant nearTheEnd = new LocalDate(9999, 12, 20).AtMidnight().InUtc().ToInstant();

        var result = Office.Add(nearTheEnd, Duration.FromDays(100));

        Assert.True(result.IsT1);
    }

    [Fact]
    public void Between_WhenOneOfficeWeek_Is45Hours()
    {
        var business = Office.Between(Local("2026-01-05T00:00", Amsterdam), Local("2026-01-12T00:00", Amsterdam));

        Assert.Equal(Duration.FromHours(45), business);
    }

    [Fact]
    public void Between_WhenSeveralIntervalsPerDay_CountsOnlyThem()
    {
        var hours = WeeklyWorkingHours.None.WithDay(
            IsoDayOfWeek.Monday,
            WorkingInterval.Between(new LocalTime(12, 30), new LocalTime(17, 0)),
            WorkingInterval.Between(new LocalTime(8, 0), new LocalTime(12, 0)));
        var monday = BusinessHours.Create(hours, CustomHolidayCalendar.Empty, Amsterdam);

        var business = monday.Between(Local("2026-01-05T11:00", Amsterdam), Local("2026-01-05T13:00", Amsterdam));

        Assert.Equal(Duration.FromMinutes(90), business);
        Assert.False(monday.IsWorkingTime(Local("2026-01-05T12:15", Amsterdam)));
        Assert.True(monday.IsWorkingTime(Local("2026-01-05T12:30", Amsterdam)));
        Assert.False(monday.IsWorkingTime(Local("2026-01-05T17:00", Amsterdam)));
    }

    [Fact]
    public void Between_WhenPausesOverlap_SubtractsTheirUnionOnce()
    {
        Instant start = Local("2026-01-05T08:00", Amsterdam);
        Instant end = Local("2026-01-05T17:00", Amsterdam);
        Interval[] pauses =
        [
            new(Local("2026-01-05T10:00", Amsterdam), Local("2026-01-05T12:00", Amsterdam)),
            new(Local("2026-01-05T11:00", Amsterdam), Local("2026-01-05T13:00", Amsterdam)),
            new(Local("2026-01-05T16:30", Amsterdam), Local("2026-01-06T10:00", Amsterdam)), // beyond the end
            new(Local("2026-01-04T10:00", Amsterdam), Local("2026-01-04T12:00", Amsterdam)), // Sunday, before the start
        ];

        var business = Office.Between(start, end, pauses);

        Assert.Equal(Duration.FromHours(9) - Duration.FromHours(3) - Duration.FromMinutes(30), business);
    }

    [Fact]
    public void Between_WhenUnboundedPause_StopsTheClock()
    {
        Instant start = Local("2026-01-05T08:00", Amsterdam);
        Instant end = Local("2026-01-05T17:00", Amsterdam);

        var business = Office.Between(start, end, [new Interval(Local("2026-01-05T15:00", Amsterdam), null)]);

        Assert.Equal(Duration.FromHours(7), business);
    }

    [Fact]
    public void Between_WhenEndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.Between(Instant.FromUtc(2026, 1, 6, 0, 0), Instant.FromUtc(2026, 1, 5, 0, 0)));
    }

    [Theory]
    // Europe/Amsterdam, 29 March 2026: 02:00 CET jumps to 03:00 CEST, the day has 23 hours
    [InlineData("Europe/Amsterdam", "2026-03-29", "00:00", "00:00", 23 * 60)]
    // the gap itself, 02:00–03:00, does not exist: no business time
    [InlineData("Europe/Amsterdam", "2026-03-29", "02:00", "03:00", 0)]
    // 02:30 in the gap moves forward by the gap to 03:30 CEST: 02:30–04:00 is 30 minutes
    [InlineData("Europe/Amsterdam", "2026-03-29", "02:30", "04:00", 30)]
    // Europe/Amsterdam, 25 October 2026: 03:00 CEST falls back to 02:00 CET, the day has 25 hours
    [InlineData("Europe/Amsterdam", "2026-10-25", "00:00", "00:00", 25 * 60)]
    // a night shift until 06:00 works the repeated hour twice
    [InlineData("Europe/Amsterdam", "2026-10-25", "00:00", "06:00", 7 * 60)]
    // 02:30 is ambiguous and takes the earlier (CEST) instant: 02:30 CEST to 03:00 CET is 90 minutes
    [InlineData("Europe/Amsterdam", "2026-10-25", "02:30", "03:00", 90)]
    // America/New_York, 8 March 2026: 02:00 EST jumps to 03:00 EDT
    [InlineData("America/New_York", "2026-03-08", "01:00", "04:00", 2 * 60)]
    // America/New_York, 1 November 2026: 02:00 EDT falls back to 01:00 EST
    [InlineData("America/New_York", "2026-11-01", "00:00", "03:00", 4 * 60)]
    // an ordinary day is unaffected
    [InlineData("America/New_York", "2026-11-02", "00:00", "03:00", 3 * 60)]
    public void Between_WhenDaylightSavingTimeChanges_CountsRealElapsedTime(string zoneId, string date, string from, string to, int expectedMinutes)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        LocalDate day = LocalDatePattern.Iso.Parse(date).Value;
        var interval = WorkingInterval.Between(LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(from).Value, LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(to).Value);
        var hours = BusinessHours.Create(WeeklyWorkingHours.None.WithDay(day.DayOfWeek, interval), CustomHolidayCalendar.Empty, zone);
        Instant dayBefore = zone.AtStartOfDay(day.PlusDays(-1)).ToInstant();
        Instant dayAfter = zone.AtStartOfDay(day.PlusDays(2)).ToInstant();

        var business = hours.Between(dayBefore, dayAfter);
        var deadline = hours.Add(dayBefore, business);

        Assert.Equal(Duration.FromMinutes(expectedMinutes), business);
        if (expectedMinutes > 0)
        {
            Assert.Equal(
                zone.ResolveLocal(interval.EndsAtEndOfDay ? day.PlusDays(1).AtMidnight() : day.At(interval.End), Resolvers.LenientResolver).ToInstant(),
                deadline.AsT0);
        }
    }

    [Fact]
    public void Between_WhenAnIntervalEndsInTheSpringForwardGap_CountsTheTimeBothIntervalsCoverOnce()
    {
        // 02:30 does not exist and moves forward to 03:30 CEST, past the start of 03:00–06:00: both cover 03:00–03:30.
        var hours = WeeklyWorkingHours.None.WithDay(
            IsoDayOfWeek.Sunday,
            WorkingInterval.Between(LocalTime.Midnight, new LocalTime(2, 30)),
            WorkingInterval.Between(new LocalTime(3, 0), new LocalTime(6, 0)));
        var sunday = BusinessHours.Create(hours, CustomHolidayCalendar.Empty, Amsterdam);
        Instant midnight = Local("2026-03-29T00:00", Amsterdam);

        var business = sunday.Between(midnight, Local("2026-03-30T00:00", Amsterdam));
        var deadline = sunday.Add(midnight, Duration.FromMinutes(270));

        Assert.Equal(Duration.FromHours(5), business);
        Assert.Equal(Local("2026-03-29T05:30", Amsterdam), deadline.AsT0);
        Assert.Equal(Duration.FromMinutes(270), sunday.Between(midnight, deadline.AsT0));
    }

    [Fact]
    public void Between_WhenADayHasMoreIntervalsThanAreHeldInline_CountsEachOnce()
    {
        // 48 quarter hours a day, one every half hour, on every day: more than the 16 spans held without allocating.
        var quarters = Enumerable.Range(0, 48)
            .Select(i => WorkingInterval.Between(LocalTime.FromMinutesSinceMidnight(i * 30), LocalTime.FromMinutesSinceMidnight((i * 30) + 15)))
            .ToArray();
        var hours = Enumerable.Range(1, 7).Aggregate(WeeklyWorkingHours.None, (week, day) => week.WithDay((IsoDayOfWeek)day, quarters));
        var busy = BusinessHours.Create(hours, CustomHolidayCalendar.Empty, Amsterdam);
        Instant monday = Local("2026-01-05T00:00", Amsterdam);

        var business = busy.Between(monday, Local("2026-01-08T00:00", Amsterdam));
        var deadline = busy.Add(monday, Duration.FromHours(30));

        Assert.Equal(Duration.FromHours(36), business);
        Assert.Equal(Local("2026-01-07T11:45", Amsterdam), deadline.AsT0);
    }

    [Fact]
    public void IsWorkingTime_WhenTheFirstOrLastInstant_IsFalse()
    {
        var always = BusinessHours.Create(AroundTheClock, CustomHolidayCalendar.Empty, Amsterdam);

        Assert.False(always.IsWorkingTime(Instant.MaxValue));
        Assert.False(always.IsWorkingTime(Instant.MinValue));
        Assert.False(Office.IsWorkingTime(Instant.MaxValue));
        Assert.False(Office.IsWorkingTime(Instant.MinValue));
    }

    [Fact]
    public void Between_WhenTheRangeReachesTheFirstOrLastInstant_MeasuresTheWorkingTimeInIt()
    {
        Instant lateStart = Local("9999-12-20T00:00", Amsterdam);
        Instant earlyEnd = Instant.MinValue + Duration.FromDays(14);

        var untilTheEnd = Office.Between(lateStart, Instant.MaxValue);
        var fromTheStart = Office.Between(Instant.MinValue, earlyEnd);

        Assert.Equal(Office.Between(lateStart, Instant.FromUtc(9999, 12, 31, 0, 0)), untilTheEnd);
        Assert.True(untilTheEnd > Duration.Zero);
        Assert.True(fromTheStart > Duration.Zero);
        Assert.Equal(fromTheStart, Office.Between(Instant.MinValue, Instant.MinValue + Duration.FromDays(7)) + Office.Between(Instant.MinValue + Duration.FromDays(7), earlyEnd));
        Assert.Equal(Duration.Zero, Office.Between(Instant.MaxValue, Instant.MaxValue));
    }

    [Fact]
    public void Add_WhenStartingAtTheFirstOrLastInstant_AnswersWithoutThrowing()
    {
        var fromTheStart = Office.Add(Instant.MinValue, Duration.FromHours(1));
        var fromTheEnd = Office.Add(Instant.MaxValue, Duration.FromHours(1));

        Assert.Equal(Duration.FromHours(1), Office.Between(Instant.MinValue, fromTheStart.AsT0));
        Assert.Equal(Duration.FromHours(1), fromTheEnd.AsT1.Remaining);
    }

    [Fact]
    public void Add_WhenAroundTheClockOverSpringForward_AddsElapsedTime()
    {
        var always = BusinessHours.Create(AroundTheClock, CustomHolidayCalendar.Empty, Amsterdam);
        Instant start = Local("2026-03-29T01:30", Amsterdam);

        var result = always.Add(start, Duration.FromHours(1));

        Assert.Equal(Local("2026-03-29T03:30", Amsterdam), result.AsT0);
        Assert.Equal(start + Duration.FromHours(1), result.AsT0);
    }

    [Fact]
    public void Add_WhenWorkingAroundTheClockWithoutHolidays_HandsOutTimeWithoutScanningTheWholeCalendar()
    {
        // Working time without any break used to merge into one span that was only handed out at the end of the
        // calendar (year 9999): over a second per call. Each call now looks at a few days.
        var always = BusinessHours.Create(AroundTheClock, CustomHolidayCalendar.Empty, Amsterdam);
        Instant start = Local("2026-02-18T06:45", Amsterdam);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var results = Enumerable.Range(1, 20).Select(hours => always.Add(start, Duration.FromHours(hours)).AsT0).ToList();

        watch.Stop();
        Assert.Equal(Enumerable.Range(1, 20).Select(hours => start + Duration.FromHours(hours)), results);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"20 additions took {watch.Elapsed}.");
    }

    [Fact]
    public void Between_WhenNewYorkOfficeHours_UsesNewYorkLocalTime()
    {
        var office = BusinessHours.Create(WeeklyWorkingHours.MondayToFriday(new LocalTime(9, 0), new LocalTime(17, 0)), CustomHolidayCalendar.Empty, NewYork);

        var business = office.Between(Instant.FromUtc(2026, 1, 5, 0, 0), Instant.FromUtc(2026, 1, 5, 18, 0));

        Assert.Equal(Duration.FromHours(4), business);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 150)]
    public bool Add_WhenMeasuredBackWithBetween_RoundTrips(BusinessTimeScenario scenario)
    {
        var deadline = scenario.Hours.Add(scenario.Start, scenario.Amount);

        return deadline.Match(
            end => end >= scenario.Start && scenario.Hours.Between(scenario.Start, end) == scenario.Amount,
            _ => false);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 500)]
    public bool Add_WhenNearADaylightSavingTransition_RoundTripsThroughBetween(DstBusinessTimeScenario scenario)
    {
        var deadline = scenario.Hours.Add(scenario.Start, scenario.Amount);

        return deadline.Match(
            end => end >= scenario.Start && scenario.Hours.Between(scenario.Start, end) == scenario.Amount,
            _ => false);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public bool Between_WhenNearADaylightSavingTransition_EqualsTheMinutesThatAreWorkingTime(DstBusinessTimeScenario scenario)
    {
        Instant start = Instant.FromUnixTimeSeconds(scenario.Start.ToUnixTimeSeconds() / 900 * 900);
        Instant end = start + Duration.FromHours(60);
        long workingQuarters = 0;
        for (Instant at = start; at < end; at += Duration.FromMinutes(15))
        {
            workingQuarters += scenario.Hours.IsWorkingTime(at) ? 1 : 0;
        }

        return scenario.Hours.Between(start, end) == Duration.FromMinutes(15 * workingQuarters);
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 150)]
    public bool Between_WhenSplitAtAnyPoint_IsAdditive(BusinessTimeScenario scenario)
    {
        Instant end = scenario.Start + (scenario.Amount * 3);
        Instant middle = scenario.Start + (scenario.Split * 3);

        Duration whole = scenario.Hours.Between(scenario.Start, end, scenario.Pauses);
        Duration parts = scenario.Hours.Between(scenario.Start, middle, scenario.Pauses) + scenario.Hours.Between(middle, end, scenario.Pauses);

        return whole == parts && whole <= scenario.Hours.Between(scenario.Start, end) && whole >= Duration.Zero;
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 100)]
    public bool Between_WhenPausesAreMergedFirst_GivesTheSameResult(BusinessTimeScenario scenario)
    {
        Instant end = scenario.Start + (scenario.Amount * 3);
        var doubled = scenario.Pauses.Concat(scenario.Pauses).Reverse().ToList();

        return scenario.Hours.Between(scenario.Start, end, scenario.Pauses) == scenario.Hours.Between(scenario.Start, end, doubled);
    }

    private static Instant Local(string text, DateTimeZone zone) =>
        zone.ResolveLocal(LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text).Value, Resolvers.LenientResolver).ToInstant();
}
