using FsCheck.Xunit;
using NodaTime;

namespace OutSmart.Domain.Timesheets.Tests.Calculation;

public sealed class TimesheetCalculatorProperties
{
    [Property(Arbitrary = [typeof(CalculationArbitraries)], MaxTest = 300)]
    public void Calculate_ForAnyEntries_SplittingPreservesEachEntrysDurationWithoutGapsOrOverlaps(CalculationCase c)
    {
        var calculation = c.Calculator().Calculate(c.Entries);

        for (int i = 0; i < c.Entries.Length; i++)
        {
            PricedLine[] lines = [.. calculation.Lines.Where(l => l.Entry == i)];
            Assert.NotEmpty(lines);
            Assert.Equal(c.Entries[i].Start, lines[0].Start);
            Assert.Equal(c.Entries[i].End, lines[^1].End);
            Assert.All(lines.Zip(lines.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
            Assert.All(lines, l => Assert.True(l.End > l.Start));
            Assert.Equal(c.Entries[i].Duration, lines.Aggregate(Duration.Zero, (sum, l) => sum + l.Elapsed));
        }
        Assert.Equal([.. calculation.Lines.Select(l => l.Entry).Order()], calculation.Lines.Select(l => l.Entry));
    }

    [Property(Arbitrary = [typeof(CalculationArbitraries)], MaxTest = 300)]
    public void Calculate_ForAnyEntries_TheTotalIsTheSumOfTheRoundedLineAmounts(CalculationCase c)
    {
        var calculation = c.Calculator().Calculate(c.Entries);

        Assert.All(calculation.Lines, l => Assert.True(l.Amount.IsWholeCents));
        Assert.Equal(calculation.Lines.Aggregate(Money.Zero, (sum, l) => sum.Plus(l.Amount)), calculation.TotalAmount);
    }

    [Property(Arbitrary = [typeof(CalculationArbitraries)], MaxTest = 100)]
    public void Calculate_AtEveryMinute_TheLineHasTheCoveringWindowWithTheHighestMultiplierFirstListed(CalculationCase c)
    {
        var calculation = c.Calculator().Calculate(c.Entries);

        foreach (PricedLine line in calculation.Lines)
        {
            for (Instant t = line.Start; t < line.End; t += Duration.FromMinutes(1))
            {
                LocalDateTime local = t.InZone(c.Zone).LocalDateTime;
                RateWindow? expected = null;
                foreach (RateWindow window in c.Card.Windows)
                {
                    if (window.Covers(local.Date, local.TimeOfDay, c.Card.Holidays.IsHoliday(local.Date)) && (expected is null || window.Multiplier > expected.Multiplier))
                    {
                        expected = window;
                    }
                }
                Assert.Equal(local.Date, line.Date);
                Assert.Same(expected, line.Window);
                Assert.Equal(expected?.Multiplier ?? 1m, line.Multiplier);
            }
        }
    }

    [Property(Arbitrary = [typeof(CalculationArbitraries)], MaxTest = 300)]
    public void Calculate_ForAnyEntries_DaysCoverWholeIsoWeeksAndAddUpToTheLines(CalculationCase c)
    {
        var calculation = c.Calculator().Calculate(c.Entries);

        Assert.Equal(calculation.Weeks.Length * 7, calculation.Days.Length);
        for (int w = 0; w < calculation.Weeks.Length; w++)
        {
            DayTotal[] days = [.. calculation.Days.Skip(w * 7).Take(7)];
            Assert.Equal(IsoDayOfWeek.Monday, days[0].Date.DayOfWeek);
            Assert.Equal(calculation.Weeks[w].Monday, days[0].Date);
            Assert.All(days.Zip(days.Skip(1)), pair => Assert.Equal(pair.First.Date.PlusDays(1), pair.Second.Date));
            Assert.Equal(calculation.Weeks[w].Worked, days.Aggregate(Duration.Zero, (sum, d) => sum + d.Worked));
            Assert.Equal(calculation.Weeks[w].Expected, days.Aggregate(Duration.Zero, (sum, d) => sum + d.Expected));
            Assert.True(calculation.Weeks[w].Worked > Duration.Zero);
            Assert.True(w == 0 || calculation.Weeks[w - 1].Monday < calculation.Weeks[w].Monday);
        }
        Assert.Equal(calculation.Lines.Aggregate(Duration.Zero, (sum, l) => sum + l.Elapsed), calculation.TotalWorked);
        Assert.All(calculation.Days, d => Assert.Equal(
            calculation.Lines.Where(l => l.Date == d.Date).Aggregate(Duration.Zero, (sum, l) => sum + l.Elapsed), d.Worked));
    }

    [Property(Arbitrary = [typeof(CalculationArbitraries)], MaxTest = 300)]
    public void Calculate_InAnyMode_OvertimeIsNeverNegativeAndNeverCountedTwice(CalculationCase c)
    {
        var daily = c.Calculator(OvertimeMode.Daily).Calculate(c.Entries);
        var weekly = c.Calculator(OvertimeMode.Weekly).Calculate(c.Entries);
        var both = c.Calculator(OvertimeMode.DailyThenWeekly).Calculate(c.Entries);

        foreach (TimesheetCalculation calculation in (TimesheetCalculation[])[daily, weekly, both])
        {
            Assert.All(calculation.Days, d => Assert.InRange(d.Overtime, Duration.Zero, Max(Duration.Zero, d.Worked - d.Expected)));
            Assert.All(calculation.Weeks, w => Assert.InRange(w.Overtime, Duration.Zero, w.Worked));
        }
        Assert.All(weekly.Days, d => Assert.Equal(Duration.Zero, d.Overtime));
        for (int w = 0; w < both.Weeks.Length; w++)
        {
            Duration dailySum = both.Days.Skip(w * 7).Take(7).Aggregate(Duration.Zero, (sum, d) => sum + d.Overtime);
            Duration weeklyExcess = Max(Duration.Zero, both.Weeks[w].Worked - both.Weeks[w].Expected - c.Tolerance);
            Assert.Equal(dailySum, daily.Weeks[w].Overtime);
            Assert.Equal(weeklyExcess, weekly.Weeks[w].Overtime);
            // Daily-then-weekly adds only the weekly excess beyond what the days already counted.
            Assert.Equal(Max(dailySum, weeklyExcess), both.Weeks[w].Overtime);
            Assert.True(both.Weeks[w].Overtime <= dailySum + weeklyExcess);
        }
    }

    private static Duration Max(Duration a, Duration b) => a > b ? a : b;
}
