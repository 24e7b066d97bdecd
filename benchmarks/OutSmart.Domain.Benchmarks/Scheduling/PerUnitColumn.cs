using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>A benchmark whose operation handles a known number of units (occurrences, contracts).</summary>
public interface IUnitCounted
{
    /// <summary>Gets the name of one unit, used in the column headers ("occurrence", "contract").</summary>
    static abstract string UnitName { get; }

    /// <summary>Returns how many units one operation of <paramref name="benchmarkCase"/> handles.</summary>
    static abstract int UnitsPerOperation(BenchmarkCase benchmarkCase);
}

/// <summary>Adds "ns per unit", "B per unit" and "units" columns for <typeparamref name="T"/>.</summary>
public sealed class PerUnitConfig<T> : ManualConfig
    where T : IUnitCounted
{
    public PerUnitConfig()
    {
        AddColumn(new PerUnitColumn<T>(PerUnitColumn<T>.Kind.Units));
        AddColumn(new PerUnitColumn<T>(PerUnitColumn<T>.Kind.Time));
        AddColumn(new PerUnitColumn<T>(PerUnitColumn<T>.Kind.Allocation));
    }
}

/// <summary>Divides the mean time or the allocated bytes of an operation by the units it handles.</summary>
public sealed class PerUnitColumn<T>(PerUnitColumn<T>.Kind kind) : IColumn
    where T : IUnitCounted
{
    public enum Kind
    {
        Units,
        Time,
        Allocation,
    }

    public string Id => $"PerUnit.{typeof(T).Name}.{kind}";

    public string ColumnName => kind switch
    {
        Kind.Units => T.UnitName + "s",
        Kind.Time => "ns/" + T.UnitName,
        _ => "B/" + T.UnitName,
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind switch
    {
        Kind.Units => $"{T.UnitName}s handled by one operation",
        Kind.Time => $"Mean time divided by the {T.UnitName}s of one operation, in nanoseconds",
        _ => $"Allocated bytes divided by the {T.UnitName}s of one operation",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        int units = T.UnitsPerOperation(benchmarkCase);
        if (kind == Kind.Units)
        {
            return units.ToString(CultureInfo.InvariantCulture);
        }
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null || units <= 0)
        {
            return "-";
        }
        if (kind == Kind.Time)
        {
            return report.ResultStatistics is { } statistics
                ? (statistics.Mean / units).ToString("0.0", CultureInfo.InvariantCulture)
                : "-";
        }
        return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
            ? ((double)bytes / units).ToString("0.0", CultureInfo.InvariantCulture)
            : "-";
    }
}
