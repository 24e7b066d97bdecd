using BenchmarkDotNet.Attributes;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>
/// A one-hour window far after the start of a rule with COUNT (issue 7, defect 3): before the fix the cursor walked
/// every counted occurrence from the start, about 45 seconds for <c>FREQ=SECONDLY;COUNT=2147483647</c> from 2026
/// asked for an hour in 2100. Now whole periods, days and years before the window are counted arithmetically.
/// </summary>
[MemoryDiagnoser]
public class FarCountWindowBenchmarks
{
    private static readonly LocalDateTime Start = new(2026, 1, 1, 0, 0);

    private RecurrenceSet _set = null!;
    private ZonedRecurrenceSet _zoned = null!;
    private LocalDateTime _from;
    private LocalDateTime _to;
    private Instant _fromInstant;
    private Instant _toInstant;

    public enum CountedRule
    {
        /// <summary>The rule; its count runs out in 2094, before the window in 2100.</summary>
        SecondlyMaxCount,

        /// <summary>Every other day at 09:00 and 17:00, 1,000,000 times (until about 4765); window in 4000.</summary>
        DailyIntervalTwo,

        /// <summary>The last working day of each month, 100,000 times; window in 9000.</summary>
        MonthlyLastWorkingDay,
    }

    [ParamsAllValues]
    public CountedRule Rule { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (string text, int year) = Rule switch
        {
            CountedRule.DailyIntervalTwo => ("FREQ=DAILY;INTERVAL=2;BYHOUR=9,17;COUNT=1000000", 4000),
            CountedRule.MonthlyLastWorkingDay => ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=100000", 9000),
            _ => ("FREQ=SECONDLY;COUNT=2147483647", 2100),
        };
        _set = RecurrenceSet.Create(Start, RecurrenceRule.Parse(text).AsT0);
        _zoned = _set.InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        _from = new LocalDateTime(year, 1, 1, 0, 0);
        _to = Rule == CountedRule.SecondlyMaxCount ? _from.PlusHours(1) : _from.PlusMonths(1);
        _fromInstant = Instant.FromUtc(year, 1, 1, 0, 0);
        _toInstant = Rule == CountedRule.SecondlyMaxCount ? _fromInstant + Duration.FromHours(1) : _fromInstant + Duration.FromDays(31);
    }

    [Benchmark]
    public int Floating()
    {
        int count = 0;
        foreach (var _ in _set.Between(_from, _to))
        {
            count++;
        }
        return count;
    }

    [Benchmark]
    public int Amsterdam()
    {
        int count = 0;
        foreach (var _ in _zoned.Between(_fromInstant, _toInstant))
        {
            count++;
        }
        return count;
    }
}
