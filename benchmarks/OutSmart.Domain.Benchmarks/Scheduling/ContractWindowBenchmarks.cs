using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Ical.Net.DataTypes;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;
using IcalRule = Ical.Net.DataTypes.RecurrenceRule;
using RecurrenceRule = OutSmart.Domain.Scheduling.Recurrence.RecurrenceRule;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>
/// The planning query: which of 10,000 weekly and monthly contracts (seeded, each started 0–5 years before its window)
/// have visits in a 30-day window, floating or in Europe/Amsterdam. With <see cref="WindowKind.Shared"/> every contract
/// is asked for the same window; with <see cref="WindowKind.OwnWindow"/> each contract asks for its own window (start
/// spread over a year), which defeats any cache shared between queries. A good engine costs the same for old and new
/// contracts; Ical.Net walks from DTSTART; the floor is a hand-written NodaTime loop per rule shape that seeks the
/// window arithmetically.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig<ContractWindowBenchmarks>))]
public class ContractWindowBenchmarks : IUnitCounted
{
    private const int Contracts = 10_000;
    private static readonly IsoDayOfWeek[] Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
    private static readonly string[] DayNames = ["MO", "TU", "WE", "TH", "FR"];
    private static readonly LocalDateTime BaseWindowStart = new(2026, 6, 1, 0, 0);
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private Contract[] _contracts = [];

    public enum TimeMode
    {
        Floating,
        Amsterdam,
    }

    public enum WindowKind
    {
        /// <summary>Every contract is asked for the same 30 days.</summary>
        Shared,

        /// <summary>Each contract is asked for its own 30 days, starting 0–364 days after June 1, 2026.</summary>
        OwnWindow,
    }

    public enum Shape
    {
        Weekly,
        BiWeeklyTwoDays,
        MonthDay,
        NthWeekday,
    }

    public static string UnitName => "contract";

    [ParamsAllValues]
    public TimeMode Mode { get; set; }

    [ParamsAllValues]
    public WindowKind Window { get; set; }

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) => Contracts;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        string? zoneId = Mode == TimeMode.Amsterdam ? Amsterdam.Id : null;
        _contracts = new Contract[Contracts];
        for (int i = 0; i < Contracts; i++)
        {
            LocalDateTime windowStart = Window == WindowKind.OwnWindow ? BaseWindowStart.PlusDays(random.Next(0, 365)) : BaseWindowStart;
            LocalDateTime windowEnd = windowStart.PlusDays(30);
            LocalDateTime start = windowStart.Date.PlusDays(-random.Next(1, (5 * 365) + 1)).At(new LocalTime(random.Next(7, 16), 0));
            var shape = (Shape)(i % 4);
            int a = random.Next(Days.Length);
            int b = random.Next(Days.Length);
            int n = shape == Shape.MonthDay ? random.Next(1, 29) : random.Next(1, 5);
            string text = shape switch
            {
                Shape.Weekly => $"FREQ=WEEKLY;BYDAY={DayNames[a]}",
                Shape.BiWeeklyTwoDays => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={DayNames[a]},{DayNames[b]}",
                Shape.MonthDay => $"FREQ=MONTHLY;BYMONTHDAY={n}",
                _ => $"FREQ=MONTHLY;BYDAY={n}{DayNames[a]}",
            };
            var set = RecurrenceSet.Create(start, RecurrenceRule.Parse(text).AsT0);
            _contracts[i] = new Contract
            {
                Set = set,
                Zoned = Mode == TimeMode.Amsterdam ? set.InZone(Amsterdam) : null,
                From = windowStart,
                To = windowEnd,
                FromInstant = Amsterdam.AtLeniently(windowStart).ToInstant(),
                ToInstant = Amsterdam.AtLeniently(windowEnd).ToInstant(),
                IcalStart = IcalNetFixture.ToCalDateTime(start, zoneId),
                IcalRule = new IcalRule(text),
                IcalFrom = IcalNetFixture.ToCalDateTime(windowStart, zoneId),
                IcalTo = IcalNetFixture.ToCalDateTime(windowEnd, zoneId),
                Shape = shape,
                Start = start,
                DayA = Days[a],
                DayB = Days[b],
                N = n,
            };
        }

        int ours = OutSmart();
        int theirs = IcalNet();
        int floor = Floor();
        if (ours != theirs || ours != floor)
        {
            Console.WriteLine($"// WARNING {Mode}/{Window}: OutSmart found {ours} visits, Ical.Net {theirs}, the floor {floor}.");
        }
    }

    [Benchmark]
    public int OutSmart()
    {
        int visits = 0;
        if (Mode == TimeMode.Floating)
        {
            foreach (Contract contract in _contracts)
            {
                foreach (LocalDateTime occurrence in contract.Set.Between(contract.From, contract.To))
                {
                    visits++;
                }
            }
        }
        else
        {
            foreach (Contract contract in _contracts)
            {
                foreach (ZonedDateTime occurrence in contract.Zoned!.Between(contract.FromInstant, contract.ToInstant))
                {
                    visits++;
                }
            }
        }
        return visits;
    }

    [Benchmark]
    public int IcalNet()
    {
        int visits = 0;
        foreach (Contract contract in _contracts)
        {
            visits += IcalNetFixture.Count(contract.IcalStart, contract.IcalRule, contract.IcalFrom, contract.IcalTo);
        }
        return visits;
    }

    /// <summary>The floor: per rule shape, the first candidate date of the window found arithmetically, then a walk.</summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        int visits = 0;
        DateTimeZone? zone = Mode == TimeMode.Amsterdam ? Amsterdam : null;
        var mapper = new FloorZoneMapper(Amsterdam);
        foreach (Contract contract in _contracts)
        {
            // Zoned: a local time is within a day of its instant's UTC date, so a day either side covers the window.
            LocalDate from = zone is null ? contract.From.Date : contract.From.Date.PlusDays(-1);
            LocalDate to = zone is null ? contract.To.Date.PlusDays(1) : contract.To.Date.PlusDays(2);
            LocalDate start = contract.Start.Date;
            LocalTime time = contract.Start.TimeOfDay;
            switch (contract.Shape)
            {
                case Shape.Weekly:
                {
                    LocalDate first = start.PlusDays(((int)contract.DayA - (int)start.DayOfWeek + 7) % 7);
                    int skip = Math.Max(0, NodaTime.Period.DaysBetween(first, from) + 6) / 7;
                    for (LocalDate date = first.PlusDays(7 * skip); date < to; date = date.PlusDays(7))
                    {
                        visits += Visit(ref mapper, zone, contract, date + time);
                    }
                    break;
                }
                case Shape.BiWeeklyTwoDays:
                {
                    LocalDate weekStart = start.PlusDays(-((int)start.DayOfWeek - 1));
                    int offsetA = (int)contract.DayA - 1;
                    int offsetB = (int)contract.DayB - 1;
                    (int early, int late) = offsetA <= offsetB ? (offsetA, offsetB) : (offsetB, offsetA);
                    int weeks = Math.Max(0, NodaTime.Period.DaysBetween(weekStart, from)) / 14;
                    for (LocalDate week = weekStart.PlusDays(14 * weeks); week < to; week = week.PlusDays(14))
                    {
                        LocalDate first = week.PlusDays(early);
                        if (first >= start)
                        {
                            visits += Visit(ref mapper, zone, contract, first + time);
                        }
                        if (late != early)
                        {
                            LocalDate second = week.PlusDays(late);
                            if (second >= start)
                            {
                                visits += Visit(ref mapper, zone, contract, second + time);
                            }
                        }
                    }
                    break;
                }
                case Shape.MonthDay:
                    for (int year = from.Year, month = from.Month; new LocalDate(year, month, 1) < to; (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1))
                    {
                        LocalDate date = new(year, month, contract.N);
                        if (date >= start)
                        {
                            visits += Visit(ref mapper, zone, contract, date + time);
                        }
                    }
                    break;
                default:
                    for (int year = from.Year, month = from.Month; ; (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1))
                    {
                        LocalDate firstOfMonth = new(year, month, 1);
                        if (firstOfMonth >= to)
                        {
                            break;
                        }
                        int ahead = ((int)contract.DayA - (int)firstOfMonth.DayOfWeek + 7) % 7;
                        LocalDate date = firstOfMonth.PlusDays(ahead + (7 * (contract.N - 1)));
                        if (date >= start)
                        {
                            visits += Visit(ref mapper, zone, contract, date + time);
                        }
                    }
                    break;
            }
        }
        return visits;
    }

    private static int Visit(ref FloorZoneMapper mapper, DateTimeZone? zone, Contract contract, LocalDateTime local)
    {
        if (zone is null)
        {
            return local >= contract.From && local < contract.To ? 1 : 0;
        }
        Instant instant = mapper.ToInstant(local);
        if (instant < contract.FromInstant || instant >= contract.ToInstant)
        {
            return 0;
        }
        _ = instant.InZone(zone);
        return 1;
    }

    private sealed class Contract
    {
        public required RecurrenceSet Set { get; init; }

        public required ZonedRecurrenceSet? Zoned { get; init; }

        public required LocalDateTime From { get; init; }

        public required LocalDateTime To { get; init; }

        public required Instant FromInstant { get; init; }

        public required Instant ToInstant { get; init; }

        public required CalDateTime IcalStart { get; init; }

        public required IcalRule IcalRule { get; init; }

        public required CalDateTime IcalFrom { get; init; }

        public required CalDateTime IcalTo { get; init; }

        public required Shape Shape { get; init; }

        public required LocalDateTime Start { get; init; }

        public required IsoDayOfWeek DayA { get; init; }

        public required IsoDayOfWeek DayB { get; init; }

        public required int N { get; init; }
    }
}
