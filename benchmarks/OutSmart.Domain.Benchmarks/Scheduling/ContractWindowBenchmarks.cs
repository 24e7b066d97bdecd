using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Ical.Net.DataTypes;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;
using IcalRule = Ical.Net.DataTypes.RecurrenceRule;
using RecurrenceRule = OutSmart.Domain.Scheduling.Recurrence.RecurrenceRule;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>
/// The planning query: which of 10,000 weekly and monthly contracts (Europe/Amsterdam, seeded) have visits in the
/// next 30 days. A good engine costs the same for old and new contracts; Ical.Net walks from DTSTART.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig<ContractWindowBenchmarks>))]
public class ContractWindowBenchmarks : IUnitCounted
{
    private const int Contracts = 10_000;
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR"];
    private static readonly LocalDateTime WindowStart = new(2026, 6, 1, 0, 0);

    private ZonedRecurrenceSet[] _sets = [];
    private (CalDateTime Start, IcalRule Rule)[] _icalContracts = [];
    private Instant _from;
    private Instant _to;
    private CalDateTime _icalFrom = null!;
    private CalDateTime _icalTo = null!;

    public enum ContractAge
    {
        /// <summary>Started 0–5 years before the window, as the issue asks.</summary>
        ZeroToFiveYears,

        /// <summary>Started less than a year before the window.</summary>
        UnderOneYear,

        /// <summary>Started 4–5 years before the window.</summary>
        FourToFiveYears,
    }

    public static string UnitName => "contract";

    [ParamsAllValues]
    public ContractAge Age { get; set; }

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) => Contracts;

    [GlobalSetup]
    public void Setup()
    {
        DateTimeZone amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        (int minDays, int maxDays) = Age switch
        {
            ContractAge.UnderOneYear => (1, 365),
            ContractAge.FourToFiveYears => (4 * 365, 5 * 365),
            _ => (1, 5 * 365),
        };
        var random = new Random(20261123);
        _sets = new ZonedRecurrenceSet[Contracts];
        _icalContracts = new (CalDateTime, IcalRule)[Contracts];
        for (int i = 0; i < Contracts; i++)
        {
            LocalDateTime start = WindowStart.Date.PlusDays(-random.Next(minDays, maxDays + 1)).At(new LocalTime(random.Next(7, 16), 0));
            string text = (i % 4) switch
            {
                0 => $"FREQ=WEEKLY;BYDAY={Days[random.Next(Days.Length)]}",
                1 => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={Days[random.Next(Days.Length)]},{Days[random.Next(Days.Length)]}",
                2 => $"FREQ=MONTHLY;BYMONTHDAY={random.Next(1, 29)}",
                _ => $"FREQ=MONTHLY;BYDAY={random.Next(1, 5)}{Days[random.Next(Days.Length)]}",
            };
            _sets[i] = RecurrenceSet.Create(start, RecurrenceRule.Parse(text).AsT0).InZone(amsterdam);
            _icalContracts[i] = (IcalNetFixture.ToCalDateTime(start, amsterdam.Id), new IcalRule(text));
        }
        _from = amsterdam.AtLeniently(WindowStart).ToInstant();
        _to = amsterdam.AtLeniently(WindowStart.PlusDays(30)).ToInstant();
        _icalFrom = IcalNetFixture.ToCalDateTime(WindowStart, amsterdam.Id);
        _icalTo = IcalNetFixture.ToCalDateTime(WindowStart.PlusDays(30), amsterdam.Id);

        int ours = OutSmart();
        int theirs = IcalNet();
        if (ours != theirs)
        {
            Console.WriteLine($"// WARNING {Age}: OutSmart found {ours} visits, Ical.Net {theirs}.");
        }
    }

    [Benchmark]
    public int OutSmart()
    {
        int visits = 0;
        foreach (ZonedRecurrenceSet set in _sets)
        {
            foreach (ZonedDateTime occurrence in set.Between(_from, _to))
            {
                visits++;
            }
        }
        return visits;
    }

    [Benchmark(Baseline = true)]
    public int IcalNet()
    {
        int visits = 0;
        foreach ((CalDateTime start, IcalRule rule) in _icalContracts)
        {
            visits += IcalNetFixture.Count(start, rule, _icalFrom, _icalTo);
        }
        return visits;
    }
}
