using BenchmarkDotNet.Attributes;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Benchmarks.Timesheets;

/// <summary>
/// The approval target on its own: validating and approving 100,000 submitted entries of 500 employees (one
/// week, 40 quarter-hour entries a day, so every day carries a break warning) within 100 ms. Approval changes the
/// entries, so each iteration gets freshly rehydrated ones in an iteration setup that is not measured; the operation
/// is long enough (tens of milliseconds) for one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
public class BulkApprovalBenchmarks
{
    private const int Employees = 500;
    private const int PerEmployee = 200;

    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 9, 0);
    private static readonly EmployeeId LeadId = new(new Guid(999_999, 0, 0, [7, 0, 0, 0, 0, 0, 0, 0]));
    private static readonly Actor Lead = Actor.Create(LeadId, ActorChannel.BackOffice);

    private TimesheetApprovers _approvers = TimesheetApprovers.Empty;
    private TimesheetEntrySnapshot[] _submitted = [];
    private TimesheetEntry[] _entries = [];

    /// <summary>Registers and submits the entries once and keeps their snapshots.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (int e = 0; e < Employees; e++)
        {
            _approvers = _approvers.WithTeamLead(TimesheetFixture.Employee(e), LeadId);
        }
        var hourType = HourType.Create("WORK", "Work", Money.FromEuros(60m), Money.FromEuros(35m)).AsT0;
        _submitted = new TimesheetEntrySnapshot[Employees * PerEmployee];
        for (int i = 0; i < _submitted.Length; i++)
        {
            EmployeeId employee = TimesheetFixture.Employee(i / PerEmployee);
            int n = i % PerEmployee;
            LocalDateTime start = TimesheetFixture.Monday.PlusDays(n / 40).At(new LocalTime(6, 0)).PlusMinutes(15 * (n % 40));
            var content = TimesheetEntryContent.Work(EntryTime.BetweenLocal(start, start.PlusMinutes(15), Amsterdam)).WithHourType(hourType);
            var self = Actor.Create(employee, ActorChannel.MobileApp);
            var entry = TimesheetEntry.Register(
                new TimesheetEntryId(new Guid(i + 1, 0, 0, [7, 1, 0, 0, 0, 0, 0, 0])), TimesheetEmployee.Enabled(employee, Amsterdam), content, EntryLinks.None, "Work",
                TimesheetRules.Default, PeriodLocks.None, self, Now).AsT0;
            entry.Submit(PeriodLocks.None, self, Now);
            _submitted[i] = entry.ToSnapshot();
        }
        _entries = Rehydrate();
    }

    /// <summary>Fresh submitted entries for the next approval (not measured).</summary>
    [IterationSetup(Target = nameof(ApproveAll))]
    public void FreshEntries() => _entries = Rehydrate();

    /// <summary>Validating every rule over all entries, nothing changed.</summary>
    /// <returns>The number of warnings (one break warning per employee-day).</returns>
    [Benchmark]
    public int ValidateAll() => TimesheetRules.Default.Validate(_entries, Now).Warnings.Length;

    /// <summary>Validating and approving all entries in bulk (TimesheetReview.ApproveAll).</summary>
    /// <returns>The number approved.</returns>
    [Benchmark]
    public int ApproveAll() =>
        TimesheetReview.ApproveAll(_entries, [], TimesheetRules.Default, ApprovalPolicy.Default, _approvers, PeriodLocks.None, Lead, Now).DoneCount;

    private TimesheetEntry[] Rehydrate()
    {
        var entries = new TimesheetEntry[_submitted.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = TimesheetEntry.Rehydrate(_submitted[i]);
        }
        return entries;
    }
}
