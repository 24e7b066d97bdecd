using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Tests.Arbitraries;
using OutSmart.Domain.Scheduling.Tests.TestData;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Dutch = BusinessCalendar.Create(WorkingWeek.MondayToFriday, DutchHolidayCalendar.Standard);

    [Theory]
    // Saturday 10 January 2026
    [InlineData("2026-01-10", OccurrenceAdjustment.Keep, "2026-01-10")]
    [InlineData("2026-01-10", OccurrenceAdjustment.Skip, null)]
    [InlineData("2026-01-10", OccurrenceAdjustment.NextWorkingDay, "2026-01-12")]
    [InlineData("2026-01-10", OccurrenceAdjustment.PreviousWorkingDay, "2026-01-09")]
    [InlineData("2026-01-10", OccurrenceAdjustment.NearestWorkingDay, "2026-01-09")]
    // Sunday 11 January 2026: Monday is nearer than Friday
    [InlineData("2026-01-11", OccurrenceAdjustment.NearestWorkingDay, "2026-01-12")]
    // Christmas Day 2026 is a Friday: Boxing Day and the weekend follow
    [InlineData("2026-12-25", OccurrenceAdjustment.NextWorkingDay, "2026-12-28")]
    [InlineData("2026-12-25", OccurrenceAdjustment.PreviousWorkingDay, "2026-12-24")]
    [InlineData("2026-12-26", OccurrenceAdjustment.NearestWorkingDay, "2026-12-24")]
    // Easter Monday 2026 and Ascension Day 2026 (a Thursday)
    [InlineData("2026-04-06", OccurrenceAdjustment.NextWorkingDay, "2026-04-07")]
    [InlineData("2026-04-06", OccurrenceAdjustment.PreviousWorkingDay, "2026-04-03")]
    [InlineData("2026-05-14", OccurrenceAdjustment.NearestWorkingDay, "2026-05-13")]
    // a working day never moves
    [InlineData("2026-01-07", OccurrenceAdjustment.PreviousWorkingDay, "2026-01-07")]
    [InlineData("2026-01-07", OccurrenceAdjustment.Skip, "2026-01-07")]
    public void Adjust_WhenOneDate_MovesItAsThePolicySays(string date, OccurrenceAdjustment adjustment, string? expected)
    {
        LocalDate? adjusted = Dutch.Adjust(LocalDatePattern.Iso.Parse(date).Value, adjustment);

        Assert.Equal(expected, adjusted?.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void Adjust_WhenNearestIsATie_TakesThePreviousWorkingDay()
    {
        var wednesdayOff = BusinessCalendar.Create(
            WorkingWeek.MondayToFriday,
            CustomHolidayCalendar.Create([Holiday.On(new LocalDate(2026, 1, 7), "Company day")]));

        LocalDate? adjusted = wednesdayOff.Adjust(new LocalDate(2026, 1, 7), OccurrenceAdjustment.NearestWorkingDay);

        Assert.Equal(new LocalDate(2026, 1, 6), adjusted);
    }

    [Fact]
    public void Adjust_WhenDatesLandOnTheSameDay_ReturnsItOnce()
    {
        LocalDate[] weekend = [new(2026, 1, 9), new(2026, 1, 10), new(2026, 1, 11), new(2026, 1, 12)];

        var next = Dutch.Adjust(weekend, OccurrenceAdjustment.NextWorkingDay).ToList();
        var previous = Dutch.Adjust(weekend, OccurrenceAdjustment.PreviousWorkingDay).ToList();
        var nearest = Dutch.Adjust(weekend, OccurrenceAdjustment.NearestWorkingDay).ToList();

        Assert.Equal([new LocalDate(2026, 1, 9), new LocalDate(2026, 1, 12)], next);
        Assert.Equal([new LocalDate(2026, 1, 9), new LocalDate(2026, 1, 12)], previous);
        Assert.Equal([new LocalDate(2026, 1, 9), new LocalDate(2026, 1, 12)], nearest);
    }

    [Fact]
    public void Adjust_WhenMovedOccurrenceLandsOnADayWithItsOwn_KeepsTheOwnOccurrence()
    {
        LocalDateTime[] occurrences = [new(2026, 1, 9, 15, 0), new(2026, 1, 10, 10, 0), new(2026, 1, 12, 9, 0)];

        var previous = Dutch.Adjust(occurrences, OccurrenceAdjustment.PreviousWorkingDay).ToList();
        var next = Dutch.Adjust(occurrences, OccurrenceAdjustment.NextWorkingDay).ToList();

        Assert.Equal([new LocalDateTime(2026, 1, 9, 15, 0), new LocalDateTime(2026, 1, 12, 9, 0)], previous);
        Assert.Equal([new LocalDateTime(2026, 1, 9, 15, 0), new LocalDateTime(2026, 1, 12, 9, 0)], next);
    }

    [Fact]
    public void Adjust_WhenSeveralMovedOccurrencesLandOnAnEmptyDay_KeepsTheEarliestAtItsTimeOfDay()
    {
        LocalDateTime[] occurrences = [new(2026, 1, 10, 14, 0), new(2026, 1, 11, 8, 0)];

        var next = Dutch.Adjust(occurrences, OccurrenceAdjustment.NextWorkingDay).ToList();

        Assert.Equal([new LocalDateTime(2026, 1, 12, 14, 0)], next);
    }

    [Fact]
    public void Adjust_WhenSubDailyOccurrencesOnAWorkingDay_KeepsThemAll()
    {
        LocalDateTime[] occurrences = [new(2026, 1, 12, 8, 0), new(2026, 1, 12, 12, 0), new(2026, 1, 12, 12, 0), new(2026, 1, 12, 16, 0)];

        var skipped = Dutch.Adjust(occurrences, OccurrenceAdjustment.Skip).ToList();

        Assert.Equal([occurrences[0], occurrences[1], occurrences[3]], skipped);
    }

    [Fact]
    public void Adjust_WhenInputIsEndless_IsLazy()
    {
        static IEnumerable<LocalDate> EveryDay()
        {
            for (LocalDate day = new(2026, 1, 1); ; day = day.PlusDays(1))
            {
                yield return day;
            }
        }

        var firstFive = Dutch.Adjust(EveryDay(), OccurrenceAdjustment.Skip).Take(5).ToList();

        Assert.Equal([new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 6), new LocalDate(2026, 1, 7), new LocalDate(2026, 1, 8)], firstFive);
    }

    [Fact]
    public void Adjust_WhenInputOutOfOrder_ThrowsWhileEnumerating()
    {
        LocalDate[] unordered = [new(2026, 1, 12), new(2026, 1, 5)];
        LocalDateTime[] unorderedTimes = [new(2026, 1, 12, 9, 0), new(2026, 1, 12, 8, 0)];

        var dates = Dutch.Adjust(unordered, OccurrenceAdjustment.Keep);
        var times = Dutch.Adjust(unorderedTimes, OccurrenceAdjustment.Keep);

        Assert.Throws<ArgumentException>(() => dates.ToList());
        Assert.Throws<ArgumentException>(() => times.ToList());
    }

    [Fact]
    public void Adjust_WhenNoWorkingDayCanBeFound_DropsTheOccurrenceInsteadOfHanging()
    {
        var closed = BusinessCalendar.Create(WorkingWeek.MondayToFriday, EveryDayIsAHoliday.Instance);
        LocalDate[] dates = [new(2026, 1, 5), new(2026, 1, 6)];

        var next = closed.Adjust(dates, OccurrenceAdjustment.NextWorkingDay).ToList();
        LocalDate? nearest = closed.Adjust(new LocalDate(2026, 1, 5), OccurrenceAdjustment.NearestWorkingDay);
        var mondaysOnly = BusinessCalendar.Create(WorkingWeek.Of(IsoDayOfWeek.Monday), CustomHolidayCalendar.Empty);
        LocalDate? atTheEnd = mondaysOnly.Adjust(LocalDate.MaxIsoValue, OccurrenceAdjustment.NextWorkingDay);

        Assert.Empty(next);
        Assert.Null(nearest);
        Assert.Null(atTheEnd);
    }

    [Fact]
    public void Adjust_WhenUndefinedPolicy_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => Dutch.Adjust(new LocalDate(2026, 1, 5), (OccurrenceAdjustment)0));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 200)]
    public bool Adjust_WhenAnyPolicyButKeep_NeverLandsOnANonWorkingDay(AdjustmentScenario scenario)
    {
        var adjusted = scenario.Calendar.Adjust(scenario.Occurrences, scenario.Adjustment).ToList();

        return scenario.Adjustment == OccurrenceAdjustment.Keep
            ? adjusted.SequenceEqual(scenario.Occurrences.Distinct())
            : adjusted.All(o => scenario.Calendar.IsWorkingDay(o.Date));
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 200)]
    public bool Adjust_WhenAnyScenario_StrictlyIncreasesAndMergesMovedOccurrences(AdjustmentScenario scenario)
    {
        var adjusted = scenario.Calendar.Adjust(scenario.Occurrences, scenario.Adjustment).ToList();
        var dates = scenario.Calendar.Adjust(scenario.Occurrences.Select(o => o.Date), scenario.Adjustment).ToList();

        bool strictlyIncreasing = adjusted.Zip(adjusted.Skip(1)).All(p => p.First < p.Second);
        bool datesStrictlyIncreasing = dates.Zip(dates.Skip(1)).All(p => p.First < p.Second);
        bool sameDays = adjusted.Select(o => o.Date).Distinct().SequenceEqual(dates);
        bool eachDayExplained = adjusted.All(o =>
            scenario.Occurrences.Contains(o)
            || scenario.Occurrences.Any(i => i.TimeOfDay == o.TimeOfDay && scenario.Calendar.Adjust(i.Date, scenario.Adjustment) == o.Date));
        return strictlyIncreasing && datesStrictlyIncreasing && sameDays && eachDayExplained;
    }

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 200)]
    public bool Adjust_WhenDates_EqualsTheDistinctSingleAdjustments(AdjustmentScenario scenario)
    {
        var dates = scenario.Occurrences.Select(o => o.Date).ToList();

        var adjusted = scenario.Calendar.Adjust(dates, scenario.Adjustment).ToList();

        var expected = dates.Select(d => scenario.Calendar.Adjust(d, scenario.Adjustment)).OfType<LocalDate>().Distinct();
        return adjusted.SequenceEqual(expected);
    }
}
