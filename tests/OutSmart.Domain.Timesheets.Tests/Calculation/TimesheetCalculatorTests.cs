using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;
using static OutSmart.Domain.Timesheets.Tests.Calculation.CalculationFixtures;

namespace OutSmart.Domain.Timesheets.Tests.Calculation;

public sealed class TimesheetCalculatorTests
{
    [Fact]
    public void Calculate_WhenEntryCrossesTheEveningBoundary_SplitsItThereAndPricesEachPart()
    {
        var calculation = Calculator().Calculate([Entry("2026-11-16T07:30", "2026-11-16T18:15")]);

        Assert.Collection(calculation.Lines,
            line =>
            {
                Assert.Equal(("2026-11-16T07:30+01:00", "2026-11-16T17:00+01:00"), (Local(line.Start), Local(line.End)));
                Assert.Null(line.Window);
                Assert.Equal((1m, 570L, 570.00m), (line.Multiplier, line.Minutes, line.Amount.Amount));
            },
            line =>
            {
                Assert.Equal(("2026-11-16T17:00+01:00", "2026-11-16T18:15+01:00"), (Local(line.Start), Local(line.End)));
                Assert.Equal(Evening, line.Window);
                Assert.Equal((1.25m, 75L, 93.75m), (line.Multiplier, line.Minutes, line.Amount.Amount));
            });
        Assert.Equal(663.75m, calculation.TotalAmount.Amount);
    }

    [Fact]
    public void Calculate_WhenWindowsOverlap_TheHighestMultiplierWinsWithoutCompounding()
    {
        RateWindow saturdayEvening = RateWindow.OnWeekdays("saturday evening", [IsoDayOfWeek.Saturday], 1.25m).AsT0.WithHours(new LocalTime(17, 0), LocalTime.Midnight).AsT0;

        var calculation = Calculator(card: Card(saturdayEvening, Saturday)).Calculate([Entry("2026-11-21T16:00", "2026-11-21T19:00")]);

        PricedLine line = Assert.Single(calculation.Lines);
        Assert.Equal(Saturday, line.Window);
        Assert.Equal(180, line.Minutes);
        Assert.Equal(270.00m, line.Amount.Amount);
    }

    [Fact]
    public void Calculate_WhenMultipliersTie_TheFirstListedWindowWins()
    {
        RateWindow weekend = RateWindow.OnWeekdays("weekend", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 1.5m).AsT0;

        var first = Calculator(card: Card(weekend, Saturday)).Calculate([Entry("2026-11-21T09:00", "2026-11-21T10:00")]);
        var second = Calculator(card: Card(Saturday, weekend)).Calculate([Entry("2026-11-21T09:00", "2026-11-21T10:00")]);

        Assert.Equal(weekend, Assert.Single(first.Lines).Window);
        Assert.Equal(Saturday, Assert.Single(second.Lines).Window);
    }

    [Fact]
    public void Calculate_WhenEntryCrossesMidnight_SplitsItAtLocalMidnight()
    {
        var calculation = Calculator().Calculate([Entry("2026-11-20T22:00", "2026-11-21T02:00")]);

        Assert.Collection(calculation.Lines,
            line => Assert.Equal((new LocalDate(2026, 11, 20), "evening", 120L), (line.Date, line.Window?.Name, line.Minutes)),
            line => Assert.Equal((new LocalDate(2026, 11, 21), "saturday", 120L), (line.Date, line.Window?.Name, line.Minutes)));
    }

    [Fact]
    public void Calculate_WhenEntryEndsAtMidnight_HasNoLineOnTheNextDate()
    {
        var calculation = Calculator().Calculate([Entry("2026-11-20T20:00", "2026-11-21T00:00")]);

        PricedLine line = Assert.Single(calculation.Lines);
        Assert.Equal(new LocalDate(2026, 11, 20), line.Date);
        Assert.Equal(240, line.Minutes);
    }

    [Fact]
    public void Calculate_WhenEntrySpansTheSpringForwardNight_CountsRealElapsedMinutes()
    {
        var calculation = Calculator(card: Card(Evening)).Calculate([Entry("2026-03-29T01:00", "2026-03-29T04:00")]);

        PricedLine line = Assert.Single(calculation.Lines);
        Assert.Equal(120, line.Minutes);
        Assert.Equal(120.00m, line.Amount.Amount);
        Assert.Equal("2026-03-29T04:00+02:00", Local(line.End));
    }

    [Fact]
    public void Calculate_WhenEntrySpansTheFallBackNight_CountsRealElapsedMinutes()
    {
        var calculation = Calculator(card: Card(Evening)).Calculate([Entry("2026-10-25T01:00", "2026-10-25T04:00")]);

        PricedLine line = Assert.Single(calculation.Lines);
        Assert.Equal(240, line.Minutes);
        Assert.Equal(240, Assert.Single(calculation.Days, d => d.Date == new LocalDate(2026, 10, 25)).Worked.TotalMinutes);
    }

    [Fact]
    public void Calculate_WhenWindowStartsInsideTheDstGap_AppliesFromTheFirstLocalTimeAfterIt()
    {
        RateWindow night = RateWindow.OnWeekdays("night", [IsoDayOfWeek.Sunday], 1.5m).AsT0.WithHours(new LocalTime(2, 30), new LocalTime(6, 0)).AsT0;

        var calculation = Calculator(card: Card(night)).Calculate([Entry("2026-03-29T01:00", "2026-03-29T04:00")]);

        Assert.Collection(calculation.Lines,
            line => Assert.Equal((null, 60L), (line.Window?.Name, line.Minutes)),
            line => Assert.Equal(("night", 60L, "2026-03-29T03:00+02:00"), (line.Window?.Name, line.Minutes, Local(line.Start))));
    }

    [Fact]
    public void Calculate_WhenWorkingOnAHoliday_TheHolidayWindowAppliesAndNothingIsExpected()
    {
        var calculation = Calculator(OvertimePolicy.Daily).Calculate([Entry("2026-12-25T09:00", "2026-12-25T12:00")]);

        PricedLine line = Assert.Single(calculation.Lines);
        Assert.Equal(HolidayWindow, line.Window);
        Assert.Equal(360.00m, line.Amount.Amount);
        DayTotal christmas = Assert.Single(calculation.Days, d => d.Date == new LocalDate(2026, 12, 25));
        Assert.Equal((Duration.FromHours(3), Duration.Zero, Duration.FromHours(3)), (christmas.Worked, christmas.Expected, christmas.Overtime));
    }

    [Theory]
    [InlineData("0.30", 1, "0.01")]
    [InlineData("0.90", 1, "0.02")]
    [InlineData("41.15", 60, "41.15")]
    [InlineData("41.15", 1, "0.69")]
    public void Calculate_WhenAnAmountHasAFractionOfACent_RoundsEachLineToCentsAwayFromZero(string rate, int minutes, string expected)
    {
        var card = RateCard.Create(Money.FromEuros(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)), [], CustomHolidayCalendar.Empty).AsT0;
        Instant start = Resolve("2026-11-16T09:00");

        var calculation = Calculator(card: card).Calculate([new Interval(start, start + Duration.FromMinutes(minutes))]);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(calculation.Lines).Amount.Amount);
    }

    [Fact]
    public void Calculate_WhenAWeekHasWork_ListsAllSevenDatesMondayToSunday()
    {
        var calculation = Calculator().Calculate([Entry("2026-11-18T09:00", "2026-11-18T12:00")]);

        Assert.Equal(Enumerable.Range(16, 7).Select(d => new LocalDate(2026, 11, d)), calculation.Days.Select(d => d.Date));
        WeekTotal week = Assert.Single(calculation.Weeks);
        Assert.Equal("2026-W47", week.ToString());
        Assert.Equal((Duration.FromHours(3), Duration.FromHours(40)), (week.Worked, week.Expected));
    }

    [Fact]
    public void Calculate_WhenWorkIsAroundNewYear_UsesTheIsoWeekYear()
    {
        var calculation = Calculator().Calculate([Entry("2027-01-01T09:00", "2027-01-01T10:00"), Entry("2027-01-04T09:00", "2027-01-04T10:00")]);

        Assert.Equal(["2026-W53", "2027-W01"], calculation.Weeks.Select(w => w.ToString()));
        Assert.Equal(2026, calculation.Weeks[0].WeekYear);
        Assert.Equal(new LocalDate(2026, 12, 28), calculation.Days[0].Date);
        Assert.Equal(14, calculation.Days.Length);
    }

    [Fact]
    public void Calculate_WhenEntriesAreOutOfOrder_KeepsLinesInEntryOrderAndDaysInDateOrder()
    {
        var calculation = Calculator().Calculate([Entry("2026-11-20T09:00", "2026-11-20T10:00"), Entry("2026-11-16T09:00", "2026-11-16T10:00")]);

        Assert.Equal([0, 1], calculation.Lines.Select(l => l.Entry));
        Assert.True(calculation.Days.Select(d => d.Date).SequenceEqual(calculation.Days.Select(d => d.Date).Order()));
    }

    [Fact]
    public void Calculate_WhenModeIsDaily_CountsOvertimePerDayAboveExpectedAndTolerance()
    {
        var calculator = Calculator(OvertimePolicy.Daily.WithTolerance(Duration.FromMinutes(15)));

        var calculation = calculator.Calculate([Entry("2026-11-16T08:00", "2026-11-16T17:30"), Entry("2026-11-17T08:00", "2026-11-17T16:10")]);

        Assert.Equal(75, calculation.Days[0].Overtime.TotalMinutes);
        Assert.Equal(Duration.Zero, calculation.Days[1].Overtime);
        Assert.Equal(75, calculation.Weeks[0].Overtime.TotalMinutes);
    }

    [Fact]
    public void Calculate_WhenModeIsWeekly_CountsOnlyTheWeekAboveItsExpectedHours()
    {
        Interval[] entries = [.. Enumerable.Range(16, 5).Select(d => Entry($"2026-11-{d}T08:00", $"2026-11-{d}T17:00"))];

        var calculation = Calculator(OvertimePolicy.Weekly.WithTolerance(Duration.FromMinutes(30))).Calculate(entries);

        Assert.All(calculation.Days, d => Assert.Equal(Duration.Zero, d.Overtime));
        Assert.Equal(270, calculation.Weeks[0].Overtime.TotalMinutes);
    }

    [Fact]
    public void Calculate_WhenModeIsDailyThenWeekly_AddsOnlyTheWeeklyExcessBeyondTheDailyOvertime()
    {
        // Monday 10:45 worked (165 min daily overtime); Saturday 4 h on a day with nothing expected (240 min daily).
        var calculation = Calculator(OvertimePolicy.DailyThenWeekly).Calculate([Entry("2026-11-16T07:30", "2026-11-16T18:15"), Entry("2026-11-21T09:00", "2026-11-21T13:00")]);

        Assert.Equal(165, calculation.Days[0].Overtime.TotalMinutes);
        Assert.Equal(240, calculation.Days[5].Overtime.TotalMinutes);
        WeekTotal week = Assert.Single(calculation.Weeks);
        Assert.Equal((885.0, 2400.0, 405.0), (week.Worked.TotalMinutes, week.Expected.TotalMinutes, week.Overtime.TotalMinutes));
    }

    [Fact]
    public void Calculate_WhenTheWeekIsFarAboveExpected_DailyThenWeeklyCountsTheWeeklyExcessOnce()
    {
        Interval[] entries = [.. Enumerable.Range(16, 6).Select(d => Entry($"2026-11-{d}T08:00", $"2026-11-{d}T16:00"))];

        var calculation = Calculator(OvertimePolicy.DailyThenWeekly).Calculate(entries);

        // Saturday's 8 h are daily overtime (nothing expected); the week is 8 h over; the week counts them once.
        Assert.Equal(480, calculation.Days[5].Overtime.TotalMinutes);
        Assert.Equal(480, calculation.Weeks[0].Overtime.TotalMinutes);
        Assert.Equal(Duration.FromHours(8), calculation.TotalOvertime);
        Assert.Equal(Duration.FromHours(48), calculation.TotalWorked);
    }

    [Fact]
    public void Calculate_WhenNoEntries_ReturnsNothing()
    {
        var calculation = Calculator().Calculate([]);

        Assert.Empty(calculation.Lines);
        Assert.Empty(calculation.Days);
        Assert.Empty(calculation.Weeks);
        Assert.Equal(Money.Zero, calculation.TotalAmount);
    }

    [Fact]
    public void Calculate_WhenAnEntryDoesNotEndAfterItStarts_Throws()
    {
        Instant start = Resolve("2026-11-16T09:00");

        Assert.Throws<ArgumentException>(() => Calculator().Calculate([new Interval(start, start)]));
        Assert.Throws<ArgumentException>(() => Calculator().Calculate([new Interval(null, start)]));
        Assert.Throws<ArgumentException>(() => Calculator().Calculate([new Interval(TimesheetCalculator.LatestEnd, TimesheetCalculator.LatestEnd + Duration.FromHours(1))]));
    }

    [Fact]
    public void Calculate_WhenAnEntryEndsAtTheLatestEnd_ListsItsWholeWeek()
    {
        Interval entry = new(TimesheetCalculator.LatestEnd - Duration.FromHours(2), TimesheetCalculator.LatestEnd);

        var calculation = new TimesheetCalculator(DateTimeZone.Utc, Card(), FullTime, OvertimePolicy.Daily).Calculate([entry]);

        Assert.Equal(new LocalDate(9999, 12, 26), calculation.Days[^1].Date);
    }

    [Fact]
    public void Calculate_WhenManyEntriesNeedMoreLinesThanFirstRented_KeepsEveryLine()
    {
        Interval[] entries = [.. Enumerable.Range(0, 300).Select(i => new Interval(Resolve("2026-11-16T16:00") + Duration.FromDays(i), Resolve("2026-11-16T23:00") + Duration.FromDays(i)))];

        var calculation = Calculator().Calculate(entries);

        Assert.Equal(Duration.FromHours(7 * 300), calculation.TotalWorked);
        Assert.True(calculation.Lines.Length >= 300);
        Assert.Equal(calculation.Lines.Aggregate(Money.Zero, (sum, l) => sum.Plus(l.Amount)), calculation.TotalAmount);
    }
}
