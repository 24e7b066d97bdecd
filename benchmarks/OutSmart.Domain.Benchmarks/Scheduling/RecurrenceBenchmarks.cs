using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Ical.Net.DataTypes;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;
using IcalRule = Ical.Net.DataTypes.RecurrenceRule;
using RecurrenceRule = OutSmart.Domain.Scheduling.Recurrence.RecurrenceRule;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>Typical contract rules, expanded over their whole horizon by OutSmart.Domain.Scheduling and by Ical.Net.</summary>
/// <remarks>
/// Each start matches its rule, because Ical.Net always includes DTSTART while RFC 5545 (and our engine) count only
/// matching instances; so both engines produce the same occurrences, which <see cref="Setup"/> checks.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig<RecurrenceBenchmarks>))]
public class RecurrenceBenchmarks : IUnitCounted
{
    private static readonly ConcurrentDictionary<(ContractRule, TimeMode), int> Counts = new();

    private RecurrenceSet _set = null!;
    private ZonedRecurrenceSet? _zoned;
    private LocalDateTime _end;
    private Instant _startInstant;
    private Instant _endInstant;
    private IcalRule _icalRule = null!;
    private CalDateTime _icalStart = null!;
    private CalDateTime _icalEnd = null!;

    public enum ContractRule
    {
        DailyOneYear,
        MoWeFrOneYear,
        LastFridayTenYears,
        Day31TenYears,
        Feb29HundredYears,
        LastWeekdayTenYears,
    }

    public enum TimeMode
    {
        Floating,
        Utc,
        Amsterdam,
    }

    public static string UnitName => "occurrence";

    [ParamsAllValues]
    public ContractRule Rule { get; set; }

    [ParamsAllValues]
    public TimeMode Mode { get; set; }

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase)
    {
        var rule = (ContractRule)benchmarkCase.Parameters["Rule"];
        var mode = (TimeMode)benchmarkCase.Parameters["Mode"];
        return Counts.GetOrAdd((rule, mode), key =>
        {
            var benchmark = new RecurrenceBenchmarks { Rule = key.Item1, Mode = key.Item2 };
            benchmark.Setup();
            return benchmark.OutSmart();
        });
    }

    [GlobalSetup]
    public void Setup()
    {
        (string text, LocalDateTime start, int years) = Definition(Rule);
        _set = RecurrenceSet.Create(start, RecurrenceRule.Parse(text).AsT0);
        _end = start.PlusYears(years);
        string? zoneId = Mode switch
        {
            TimeMode.Utc => "UTC",
            TimeMode.Amsterdam => "Europe/Amsterdam",
            _ => null,
        };
        if (zoneId is not null)
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
            _zoned = _set.InZone(zone);
            _startInstant = zone.AtLeniently(start).ToInstant();
            _endInstant = zone.AtLeniently(_end).ToInstant();
        }
        _icalRule = new IcalRule(text);
        _icalStart = IcalNetFixture.ToCalDateTime(start, zoneId);
        _icalEnd = IcalNetFixture.ToCalDateTime(_end, zoneId);

        int ours = OutSmart();
        int theirs = IcalNet();
        if (ours != theirs)
        {
            Console.WriteLine($"// WARNING {Rule}/{Mode}: OutSmart produced {ours} occurrences, Ical.Net {theirs}.");
        }
    }

    [Benchmark]
    public int OutSmart()
    {
        int count = 0;
        if (_zoned is null)
        {
            foreach (LocalDateTime occurrence in _set.Between(_set.Start, _end))
            {
                count++;
            }
        }
        else
        {
            foreach (ZonedDateTime occurrence in _zoned.Between(_startInstant, _endInstant))
            {
                count++;
            }
        }
        return count;
    }

    [Benchmark(Baseline = true)]
    public int IcalNet() => IcalNetFixture.Count(_icalStart, _icalRule, null, _icalEnd);

    internal static (string Text, LocalDateTime Start, int Years) Definition(ContractRule rule) => rule switch
    {
        ContractRule.DailyOneYear => ("FREQ=DAILY", new LocalDateTime(2026, 1, 1, 9, 0), 1),
        ContractRule.MoWeFrOneYear => ("FREQ=WEEKLY;BYDAY=MO,WE,FR", new LocalDateTime(2026, 1, 5, 9, 0), 1),
        ContractRule.LastFridayTenYears => ("FREQ=MONTHLY;BYDAY=-1FR", new LocalDateTime(2026, 1, 30, 9, 0), 10),
        ContractRule.Day31TenYears => ("FREQ=MONTHLY;BYMONTHDAY=31", new LocalDateTime(2026, 1, 31, 9, 0), 10),
        ContractRule.Feb29HundredYears => ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", new LocalDateTime(2028, 2, 29, 9, 0), 100),
        _ => ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", new LocalDateTime(2026, 1, 30, 9, 0), 10),
    };
}
