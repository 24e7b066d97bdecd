using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.Insight;

public sealed class InsightProperties
{
    [Property(Arbitrary = [typeof(InsightArbitraries)], MaxTest = 200)]
    public void Summarise_ForAnyLinesAndGrouping_GroupTotalsAddUpToTheTotalOfTheCountedLines(InsightSample sample, InsightGrouping grouping)
    {
        var report = TimesheetInsight.Summarise(sample.Lines, grouping, InsightFilter.Approved);

        var counted = sample.Lines.Where(l => l.Status is TimesheetEntryStatus.Approved or TimesheetEntryStatus.Exported).ToList();
        Assert.Equal(counted.Count, report.Groups.Sum(g => g.Totals.Lines));
        Assert.Equal(counted.Sum(l => (long)l.Minutes), report.Totals.Minutes);
        Assert.Equal(counted.Sum(l => l.Cost.Amount), report.Totals.Cost.Amount);
        Assert.Equal(counted.Sum(l => l.Revenue.Amount - l.Cost.Amount), report.Totals.Margin.Amount);
        Assert.Equal(report.Totals.Minutes, report.Groups.Sum(g => g.Totals.Minutes));
        Assert.Equal(report.Totals.Revenue.Amount, report.Groups.Sum(g => g.Totals.Revenue.Amount));
        Assert.Equal(report.Totals.TravelMinutes, report.Groups.Sum(g => g.Totals.TravelMinutes));
        Assert.Equal(report.Totals.Minutes, report.Totals.BillableMinutes + report.Totals.NonBillableMinutes);
        Assert.Equal(report.Groups.Select(g => g.Key).Order(StringComparer.Ordinal), report.Groups.Select(g => g.Key));
        Assert.Equal(report.Groups.Length, report.Groups.Select(g => g.Key).Distinct().Count());
    }

    [Property(Arbitrary = [typeof(InsightArbitraries)], MaxTest = 200)]
    public void Summarise_ByEmployee_EqualsANaiveGroupBy(InsightSample sample)
    {
        var report = TimesheetInsight.Summarise(sample.Lines, InsightGrouping.Employee, InsightFilter.AllStatuses);

        var naive = sample.Lines.GroupBy(l => l.Employee.ToString())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Minutes: g.Sum(l => (long)l.Minutes), Billable: g.Where(l => l.IsBillable).Sum(l => (long)l.Minutes), Overtime: g.Sum(l => (long)l.OvertimeMinutes)));
        Assert.Equal(naive, report.Groups.Select(g => (g.Key, g.Totals.Minutes, g.Totals.BillableMinutes, g.Totals.OvertimeMinutes)));
    }

    [Property(Arbitrary = [typeof(InsightArbitraries)], MaxTest = 200)]
    public void FindOutliers_ForAnyLines_FlagsExactlyTheDaysMoreThanTheThresholdOff(InsightSample sample, byte thresholdMinutes)
    {
        var dates = new DateInterval(InsightArbitraries.Start, InsightArbitraries.Start.PlusDays(13));
        int Expected(EmployeeId e, LocalDate d) => (d.Day * 37 + (int)(e.Value.GetHashCode() & 0xFF)) % 600;

        var outliers = TimesheetInsight.FindOutliers(sample.Lines, OutlierCheck.For(dates, Expected).WithThreshold(Duration.FromMinutes(thresholdMinutes)));

        var naive = sample.Lines.Where(l => dates.Contains(l.Date)).Select(l => l.Employee).Distinct()
            .SelectMany(e => dates.Select(d => (e, d, Worked: sample.Lines.Where(l => l.Employee == e && l.Date == d).Sum(l => (long)l.Minutes))))
            .Where(x => Math.Abs(x.Worked - Expected(x.e, x.d)) > thresholdMinutes)
            .Select(x => (x.e, x.d))
            .ToHashSet();
        Assert.Equal(naive, outliers.Where(o => o.Period == OutlierPeriod.Day).Select(o => (o.Employee, o.Start)).ToHashSet());
        Assert.All(outliers.Where(o => o.Period == OutlierPeriod.Week), o => Assert.True(Math.Abs(o.DeviationMinutes) > thresholdMinutes));
    }
}

/// <summary>A handful of lines over two weeks of three employees, in every status.</summary>
public sealed record InsightSample(IReadOnlyList<InsightLine> Lines)
{
    public override string ToString() => string.Join("; ", Lines.Select(l => $"{l.Employee.Value.ToString()[..1]} {l.Date} {l.Status} {l.Minutes}m"));
}

public static class InsightArbitraries
{
    public static readonly LocalDate Start = new(2026, 11, 16);

    private static readonly EmployeeId[] Employees =
        [InsightLines.Anna, InsightLines.Bram, new(Guid.Parse("f0000000-0000-0000-0000-000000000009"))];

    public static Arbitrary<InsightSample> Sample()
    {
        var line =
            from employee in Gen.Elements(Employees)
            from day in Gen.Choose(-2, 16)
            from status in Gen.Elements(Enum.GetValues<TimesheetEntryStatus>())
            from minutes in Gen.Choose(0, 720)
            from overtime in Gen.Choose(0, 720)
            from billable in ArbMap.Default.GeneratorFor<bool>()
            from travel in ArbMap.Default.GeneratorFor<bool>()
            from cents in Gen.Choose(-10_000, 100_000)
            from customer in Gen.Elements<CustomerId?>(null, InsightLines.Bakkerij)
            select Build(employee, Start.PlusDays(day), status, minutes, Math.Min(overtime, minutes), billable, travel, cents / 100m, customer);
        return Gen.ListOf(line).Select(l => new InsightSample([.. l])).ToArbitrary();
    }

    public static Arbitrary<InsightGrouping> Grouping() => Gen.Elements(Enum.GetValues<InsightGrouping>()).ToArbitrary();

    private static InsightLine Build(EmployeeId employee, LocalDate date, TimesheetEntryStatus status, int minutes, int overtime, bool billable, bool travel, decimal amount, CustomerId? customer)
    {
        var line = InsightLine.Create(employee, date, status);
        line = billable ? line.WithBillableMinutes("work", minutes) : line.WithNonBillableMinutes("internal", minutes);
        line = line.WithOvertimeMinutes(overtime).WithAmounts(Money.FromEuros(amount / 2), Money.FromEuros(amount)).WithLinks(null, null, customer);
        return travel ? line.AsTravel() : line;
    }
}
