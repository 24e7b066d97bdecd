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
    private LocalDateTime _start;
    private DateTimeZone? _zone;

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
        _start = start;
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
            _zone = zone;
            _zoned = _set.InZone(zone);
            _startInstant = zone.AtLeniently(start).ToInstant();
            _endInstant = zone.AtLeniently(_end).ToInstant();
        }
        _icalRule = new IcalRule(text);
        _icalStart = IcalNetFixture.ToCalDateTime(start, zoneId);
        _icalEnd = IcalNetFixture.ToCalDateTime(_end, zoneId);

        int ours = OutSmart();
        int theirs = IcalNet();
        int floor = Floor();
        if (ours != theirs || ours != floor)
        {
            Console.WriteLine($"// WARNING {Rule}/{Mode}: OutSmart produced {ours} occurrences, Ical.Net {theirs}, the floor {floor}.");
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

    [Benchmark]
    public int IcalNet() => IcalNetFixture.Count(_icalStart, _icalRule, null, _icalEnd);

    /// <summary>
    /// The floor: a hand-written NodaTime loop for this one rule, producing the same values (local date-times, or
    /// zoned date-times mapped through the zone interval in force) as the engine.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var sink = new FloorSink(_zone, _end, _endInstant);
        LocalTime time = _start.TimeOfDay;
        LocalDate first = _start.Date;
        LocalDate end = _end.Date.PlusDays(1);
        switch (Rule)
        {
            case ContractRule.DailyOneYear:
                for (LocalDateTime t = _start; sink.Take(t); t = t.PlusDays(1))
                {
                }
                break;
            case ContractRule.MoWeFrOneYear:
                for (LocalDate monday = first; monday < end; monday = monday.PlusDays(7))
                {
                    if (!sink.Take(monday + time) || !sink.Take(monday.PlusDays(2) + time) || !sink.Take(monday.PlusDays(4) + time))
                    {
                        break;
                    }
                }
                break;
            case ContractRule.LastFridayTenYears:
            {
                // The weekday of the last day of each month is carried from month to month arithmetically.
                int year = first.Year;
                int month = first.Month;
                int lastWeekday = (int)new LocalDate(year, month, DaysInMonth(year, month)).DayOfWeek;
                while (true)
                {
                    int back = (lastWeekday - (int)IsoDayOfWeek.Friday + 7) % 7;
                    if (!sink.Take(new LocalDate(year, month, DaysInMonth(year, month) - back) + time))
                    {
                        break;
                    }
                    (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
                    lastWeekday = ((lastWeekday + DaysInMonth(year, month) - 1) % 7) + 1;
                }
                break;
            }
            case ContractRule.Day31TenYears:
                for (int year = first.Year, month = first.Month; year <= end.Year; (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1))
                {
                    if (DaysInMonth(year, month) == 31 && !sink.Take(new LocalDate(year, month, 31) + time))
                    {
                        break;
                    }
                }
                break;
            case ContractRule.Feb29HundredYears:
                for (int year = first.Year; year <= end.Year; year++)
                {
                    if (IsLeap(year) && !sink.Take(new LocalDate(year, 2, 29) + time))
                    {
                        break;
                    }
                }
                break;
            default:
            {
                int year = first.Year;
                int month = first.Month;
                int lastWeekday = (int)new LocalDate(year, month, DaysInMonth(year, month)).DayOfWeek;
                while (true)
                {
                    int back = lastWeekday switch
                    {
                        (int)IsoDayOfWeek.Saturday => 1,
                        (int)IsoDayOfWeek.Sunday => 2,
                        _ => 0,
                    };
                    if (!sink.Take(new LocalDate(year, month, DaysInMonth(year, month) - back) + time))
                    {
                        break;
                    }
                    (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
                    lastWeekday = ((lastWeekday + DaysInMonth(year, month) - 1) % 7) + 1;
                }
                break;
            }
        }
        return sink.Count;
    }

    private static bool IsLeap(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    private static int DaysInMonth(int year, int month) => month == 2 ? (IsLeap(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

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

/// <summary>The floor's output: counts local date-times (floating) or the zoned date-times they map to, up to the end.</summary>
internal struct FloorSink(DateTimeZone? zone, LocalDateTime end, Instant endInstant)
{
    private FloorZoneMapper _mapper = new(zone ?? DateTimeZone.Utc);

    public int Count { get; private set; }

    /// <summary>Produces the occurrence at <paramref name="local"/>; returns false (and produces nothing) once past the end.</summary>
    public bool Take(LocalDateTime local)
    {
        if (zone is null)
        {
            if (local >= end)
            {
                return false;
            }
        }
        else
        {
            Instant instant = _mapper.ToInstant(local);
            if (instant >= endInstant)
            {
                return false;
            }
            _ = instant.InZone(zone);
        }
        Count++;
        return true;
    }
}
