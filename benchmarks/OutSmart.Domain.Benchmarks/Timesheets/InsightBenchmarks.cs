using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using OutSmart.Domain.Benchmarks.Scheduling;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Benchmarks.Timesheets;

/// <summary>Cost insight over 100,000 lines of 500 employees: the package beside a naive LINQ GroupBy peer.</summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig<InsightBenchmarks>))]
public class InsightBenchmarks : IUnitCounted
{
    private static readonly InsightLine[] Lines = TimesheetFixture.InsightLines(PayrollCsvBenchmarks.EntryCount);

    public static string UnitName => "line";

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) => PayrollCsvBenchmarks.EntryCount;

    /// <summary>The naive peer: filter, GroupBy and Sum per measure with LINQ.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveGroupByEmployee() => Lines
        .Where(l => l.Status is TimesheetEntryStatus.Approved or TimesheetEntryStatus.Exported)
        .GroupBy(l => l.Employee)
        .Select(g => (g.Key, Minutes: g.Sum(l => (long)l.Minutes), Billable: g.Where(l => l.IsBillable).Sum(l => (long)l.Minutes),
            Cost: g.Sum(l => l.Cost.Amount), Revenue: g.Sum(l => l.Revenue.Amount), Km: g.Sum(l => l.Kilometres)))
        .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
        .Count();

    /// <summary>The package: <see cref="TimesheetInsight.Summarise"/> by employee.</summary>
    [Benchmark]
    public int SummariseByEmployee() => TimesheetInsight.Summarise(Lines, InsightGrouping.Employee, InsightFilter.Approved).Groups.Length;

    /// <summary>The package by ISO week.</summary>
    [Benchmark]
    public int SummariseByIsoWeek() => TimesheetInsight.Summarise(Lines, InsightGrouping.IsoWeek, InsightFilter.Approved).Groups.Length;
}
