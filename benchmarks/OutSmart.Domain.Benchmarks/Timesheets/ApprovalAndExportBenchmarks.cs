using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Benchmarks.Scheduling;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Benchmarks.Timesheets;

/// <summary>
/// Validating, approving and exporting 100,000 submitted entries of 500 employees (one week, 200 quarter-hour entries
/// each). Approving and exporting change the entries, so each operation first rehydrates fresh ones from snapshots;
/// that rehydration alone is the floor the two are measured beside. Validation is measured beside a hand-written
/// overlap check (group per employee, sort once, compare neighbours), the floor of its most expensive rule.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerUnitConfig<ApprovalAndExportBenchmarks>))]
public class ApprovalAndExportBenchmarks : IUnitCounted
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 9, 0);
    private static readonly EmployeeId LeadId = new(new Guid(999_999, 0, 0, [6, 0, 0, 0, 0, 0, 0, 0]));
    private static readonly Actor Lead = Actor.Create(LeadId, ActorChannel.BackOffice);
    private static readonly Actor Payroll = Actor.Create(LeadId, ActorChannel.BackOffice, PayrollExport.Permission);
    private static readonly TimesheetApprovers Approvers = CreateApprovers();
    private static readonly TimesheetEntrySnapshot[] Submitted = CreateSubmitted();
    private static readonly TimesheetEntrySnapshot[] Approved = Approve();
    private static readonly TimesheetEntry[] SubmittedEntries = [.. Submitted.Select(TimesheetEntry.Rehydrate)];
    private static readonly ExportBatchId Batch = new(new Guid(1, 0, 0, [6, 6, 0, 0, 0, 0, 0, 0]));

    public static string UnitName => "entry";

    public static int UnitsPerOperation(BenchmarkCase benchmarkCase) => PayrollCsvBenchmarks.EntryCount;

    /// <summary>The floor of approving and exporting: rehydrating the entries they change.</summary>
    [Benchmark(Baseline = true)]
    public int RehydrateOnly() => Rehydrate(Submitted).Length;

    /// <summary>Validating every rule over all entries (TimesheetRules.Validate), nothing changed.</summary>
    [Benchmark]
    public int ValidateAll() => TimesheetRules.Default.Validate(SubmittedEntries, Now).GetHashCode();

    /// <summary>The floor of validation: the overlap rule alone, by hand.</summary>
    [Benchmark]
    public int HandWrittenOverlapCheck()
    {
        var intervals = new (EmployeeId Employee, Instant Start, Instant End)[SubmittedEntries.Length];
        for (int i = 0; i < intervals.Length; i++)
        {
            var time = SubmittedEntries[i].Content.Time!;
            intervals[i] = (SubmittedEntries[i].EmployeeId, time.Start!.Value, time.End!.Value);
        }
        Array.Sort(intervals, static (a, b) => a.Employee != b.Employee ? a.Employee.Value.CompareTo(b.Employee.Value) : a.Start.CompareTo(b.Start));
        int overlaps = 0;
        for (int i = 1; i < intervals.Length; i++)
        {
            if (intervals[i].Employee == intervals[i - 1].Employee && intervals[i].Start < intervals[i - 1].End)
            {
                overlaps++;
            }
        }
        return overlaps;
    }

    /// <summary>Rehydrating, then approving all in bulk with every rule and the approver check (TimesheetReview.ApproveAll).</summary>
    [Benchmark]
    public int RehydrateAndApproveAll() => TimesheetReview.ApproveAll(Rehydrate(Submitted), [], TimesheetRules.Default, ApprovalPolicy.Default, Approvers, PeriodLocks.None, Lead, Now).DoneCount;

    /// <summary>Rehydrating approved entries, marking each exported and building its payroll row.</summary>
    [Benchmark]
    public int RehydrateAndExportAll()
    {
        var entries = Rehydrate(Approved);
        int rows = 0;
        foreach (var entry in entries)
        {
            entry.Export(Batch, Payroll, Now);
            rows += PayrollRow.FromEntry(entry, PayrollRates.None, KilometreAllowanceRates.Default).Minutes > 0 ? 1 : 0;
        }
        return rows;
    }

    private static TimesheetEntry[] Rehydrate(TimesheetEntrySnapshot[] snapshots)
    {
        var entries = new TimesheetEntry[snapshots.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = TimesheetEntry.Rehydrate(snapshots[i]);
        }
        return entries;
    }

    private static TimesheetApprovers CreateApprovers()
    {
        var approvers = TimesheetApprovers.Empty;
        for (int e = 0; e < TimesheetFixture.Employees; e++)
        {
            approvers = approvers.WithTeamLead(TimesheetFixture.Employee(e), LeadId);
        }
        return approvers;
    }

    private static TimesheetEntrySnapshot[] CreateSubmitted()
    {
        var snapshots = new TimesheetEntrySnapshot[PayrollCsvBenchmarks.EntryCount];
        var hourType = HourType.Create("WORK", "Work", Money.FromEuros(60m), Money.FromEuros(35m)).AsT0;
        int perEmployee = PayrollCsvBenchmarks.EntryCount / TimesheetFixture.Employees;
        for (int i = 0; i < snapshots.Length; i++)
        {
            int e = i / perEmployee;
            int n = i % perEmployee;
            var employee = TimesheetFixture.Employee(e);
            LocalDate day = TimesheetFixture.Monday.PlusDays(n / 40);
            var start = day.At(new LocalTime(6, 0)).PlusMinutes(15 * (n % 40));
            var content = TimesheetEntryContent.Work(EntryTime.BetweenLocal(start, start.PlusMinutes(15), Amsterdam)).WithHourType(hourType);
            var self = Actor.Create(employee, ActorChannel.MobileApp);
            var entry = TimesheetEntry.Register(
                new TimesheetEntryId(new Guid(i + 1, 0, 0, [6, 1, 0, 0, 0, 0, 0, 0])), TimesheetEmployee.Enabled(employee, Amsterdam), content, EntryLinks.None, "Work",
                TimesheetRules.Default, PeriodLocks.None, self, Now).AsT0;
            entry.Submit(PeriodLocks.None, self, Now);
            snapshots[i] = entry.ToSnapshot();
        }
        return snapshots;
    }

    private static TimesheetEntrySnapshot[] Approve()
    {
        var entries = Rehydrate(Submitted);
        var result = TimesheetReview.ApproveAll(entries, [], TimesheetRules.Default, ApprovalPolicy.Default, Approvers, PeriodLocks.None, Lead, Now);
        if (result.DoneCount != entries.Length)
        {
            throw new InvalidOperationException($"Fixture: {result.RefusedCount} entries were not approved: {result.Reviews.First(r => r.Refusal is not null).Refusal!.Message}");
        }
        return [.. entries.Select(e => e.ToSnapshot())];
    }
}
