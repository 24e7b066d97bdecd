using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Benchmarks.Scheduling;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Benchmarks.Contracts;

/// <summary>
/// Daily generation planning for 10,000 active contracts (seeded: weekly, monthly, quarterly and yearly rules, Dutch
/// holidays or none, every adjustment, 0–30 days in advance, employee or none, a fifth with two objects, started 0–3
/// years before the run). <see cref="OneDay"/> plans one run day for all of them, as a daily run does (each contract
/// remembers what the previous run covered); <see cref="ThirtyDays"/> plans 30 consecutive run days. The naive peer
/// expands every contract from its start to the run day's horizon and checks every key against the generated set,
/// which is what a generator without a covered-through mark does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ContractPlanningConfig))]
public class ContractPlanningBenchmarks : IUnitCounted
{
    internal const int Contracts = 10_000;
    internal static readonly LocalDate RunDay = new(2026, 6, 1);

    private ContractPlanningView[] _views = [];
    private HashSet<OccurrenceKey> _generated = [];
    private readonly List<PlannedVisit> _visits = new(4096);
    private readonly List<MissedVisit> _missed = [];

    public static string UnitName => "contract";

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("ThirtyDays", StringComparison.Ordinal) ? Contracts * 30 : Contracts;

    [GlobalSetup]
    public void Setup()
    {
        _views = BuildViews();
        _generated = [];
    }

    /// <summary>One run day for every contract, through the allocation-free overload.</summary>
    [Benchmark(Baseline = true)]
    public int OneDay()
    {
        _visits.Clear();
        _missed.Clear();
        foreach (var view in _views)
        {
            ContractPlanner.PlanDay(view, new PlanningRun(RunDay, RunDay.PlusDays(view.DaysInAdvance - 1)), _generated, _visits, _missed);
        }
        return _visits.Count;
    }

    /// <summary>The naive peer: expand each contract from its start to the horizon and look every key up.</summary>
    [Benchmark]
    public int OneDayNaive()
    {
        int created = 0;
        foreach (var view in _views)
        {
            foreach (var target in ContractPlanner.FindTargets(view, view.Start, RunDay.PlusDays(view.DaysInAdvance)))
            {
                var key = OccurrenceKey.Create(view.Id, target.Schedule, target.Target);
                if (!_generated.Contains(key) && target.Target == RunDay.PlusDays(view.DaysInAdvance))
                {
                    created++;
                }
            }
        }
        return created;
    }

    /// <summary>Thirty consecutive run days for every contract.</summary>
    [Benchmark]
    public int ThirtyDays()
    {
        _visits.Clear();
        _missed.Clear();
        foreach (var view in _views)
        {
            LocalDate? covered = RunDay.PlusDays(view.DaysInAdvance - 1);
            for (int day = 0; day < 30; day++)
            {
                covered = ContractPlanner.PlanDay(view, new PlanningRun(RunDay.PlusDays(day), covered), _generated, _visits, _missed);
            }
        }
        return _visits.Count;
    }

    /// <summary>Thirty run days as one horizon call per contract (<see cref="ContractPlanner.PlanHorizon"/>, as <c>contracts simulate</c> does).</summary>
    [Benchmark]
    public int ThirtyDaysAsHorizon()
    {
        int created = 0;
        foreach (var view in _views)
        {
            created += ContractPlanner.PlanHorizon(view, RunDay, RunDay.PlusDays(29), _generated).Visits.Length;
        }
        return created;
    }

    /// <summary>The seeded contracts' recurrence rules: weekly, fortnightly, monthly (first, last, second Tuesday, the 31st
    /// skipped backward), quarterly, yearly and last working day of the month.</summary>
    internal static readonly string[] Rules =
    [
        "FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=MONTHLY;BYMONTHDAY=-1",
        "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15",
        "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    ];

    internal static ContractPlanningView[] BuildViews()
    {
        var parsed = Rules.Select(r => RecurrenceRule.Parse(r).AsT0).ToArray();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var random = new Random(20261204);
        var views = new ContractPlanningView[Contracts];
        for (int i = 0; i < Contracts; i++)
        {
            int scheduleCount = random.Next(1, 3);
            var schedules = new List<ContractSchedule>();
            for (int s = 0; s < scheduleCount; s++)
            {
                var holidays = random.Next(2) == 0 ? (IHolidayCalendar)DutchHolidayCalendar.Standard : CustomHolidayCalendar.Empty;
                schedules.Add(ContractSchedule.Create($"s{s}", parsed[random.Next(parsed.Length)], s).AsT0
                    .WithHolidays(holidays, (HolidayAdjustment)random.Next(1, 6)));
            }
            var start = RunDay.PlusDays(-random.Next(0, 3 * 365));
            var view = ContractPlanningView.Create(new ContractId(new Guid(i + 1, 0, 0, new byte[8])), zone, start, new LocalTime(8, 0), schedules).AsT0
                .WithDaysInAdvance(random.Next(0, 31)).AsT0;
            if (random.Next(2) == 0)
            {
                view = view.WithEmployee(new EmployeeId(new Guid(i + 1, 1, 0, new byte[8])));
            }
            if (random.Next(5) == 0)
            {
                view = view.WithObjects([new AssetId(new Guid(i + 1, 2, 0, new byte[8])), new AssetId(new Guid(i + 1, 3, 0, new byte[8]))], ObjectPlanning.OnePerObject);
            }
            views[i] = view;
        }
        return views;
    }
}

/// <summary>Counts the visits one operation of <see cref="ContractPlanningBenchmarks"/> creates, for the per-visit columns.</summary>
public sealed class PlannedVisitUnits : IUnitCounted
{
    private static readonly Lazy<(int OneDay, int ThirtyDays)> Counts = new(() =>
    {
        var benchmark = new ContractPlanningBenchmarks();
        benchmark.Setup();
        return (benchmark.OneDay(), benchmark.ThirtyDays());
    });

    public static string UnitName => "visit";

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("ThirtyDays", StringComparison.Ordinal) ? Counts.Value.ThirtyDays : Counts.Value.OneDay;
}

/// <summary>Per-contract and per-visit columns.</summary>
public sealed class ContractPlanningConfig : ManualConfig
{
    public ContractPlanningConfig()
    {
        AddColumn(new PerUnitColumn<ContractPlanningBenchmarks>(PerUnitColumn<ContractPlanningBenchmarks>.Kind.Units));
        AddColumn(new PerUnitColumn<ContractPlanningBenchmarks>(PerUnitColumn<ContractPlanningBenchmarks>.Kind.Time));
        AddColumn(new PerUnitColumn<ContractPlanningBenchmarks>(PerUnitColumn<ContractPlanningBenchmarks>.Kind.Allocation));
        AddColumn(new PerUnitColumn<PlannedVisitUnits>(PerUnitColumn<PlannedVisitUnits>.Kind.Units));
        AddColumn(new PerUnitColumn<PlannedVisitUnits>(PerUnitColumn<PlannedVisitUnits>.Kind.Time));
        AddColumn(new PerUnitColumn<PlannedVisitUnits>(PerUnitColumn<PlannedVisitUnits>.Kind.Allocation));
    }
}
