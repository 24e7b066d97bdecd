using System.Collections.Immutable;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.Export;

/// <summary>Entries in every status and two small stores for the export tests.</summary>
internal static class ExportTestData
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    public static readonly EmployeeId Anna = new(Guid.Parse("a1000000-0000-0000-0000-000000000001"));
    public static readonly EmployeeId Bram = new(Guid.Parse("b1000000-0000-0000-0000-000000000002"));
    public static readonly EmployeeId Lead = new(Guid.Parse("c1000000-0000-0000-0000-000000000003"));
    public static readonly EmployeeId PayrollClerk = new(Guid.Parse("d1000000-0000-0000-0000-000000000004"));
    public static readonly Actor TeamLead = Actor.Create(Lead, ActorChannel.BackOffice);
    public static readonly Actor Payroll = Actor.Create(PayrollClerk, ActorChannel.BackOffice, PayrollExport.Permission);
    public static readonly Actor Technician = Actor.Create(Anna, ActorChannel.MobileApp);
    public static readonly TimesheetApprovers Org = TimesheetApprovers.Empty.WithTeamLead(Anna, Lead).WithTeamLead(Bram, Lead);
    public static readonly LocalDate Monday = new(2026, 11, 16);
    public static readonly DateInterval Week47 = new(Monday, Monday.PlusDays(6));
    public static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 9, 0);
    public static readonly ExportBatchId FirstBatch = new(Guid.Parse("0b000000-0000-0000-0000-000000000001"));
    public static readonly ExportBatchId SecondBatch = new(Guid.Parse("0b000000-0000-0000-0000-000000000002"));
    public static readonly ExportBatchId ThirdBatch = new(Guid.Parse("0b000000-0000-0000-0000-000000000003"));

    public static TimesheetEntryId EntryId(int n) => new(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 7]));

    /// <summary>An entry of <paramref name="employee"/> in <paramref name="status"/> (exported ones in <see cref="FirstBatch"/>).</summary>
    public static TimesheetEntry Entry(int n, TimesheetEntryStatus status, EmployeeId? employee = null, LocalDate? date = null, TimesheetEntryContent? content = null, string description = "Boiler service")
    {
        var who = employee ?? Anna;
        var day = date ?? Monday;
        var settings = TimesheetEmployee.Enabled(who, Amsterdam);
        var entry = TimesheetEntry.Register(
            EntryId(n),
            settings,
            content ?? TimesheetEntryContent.Work(EntryTime.BetweenLocal(day.At(new LocalTime(8, 0)), day.At(new LocalTime(12, 30)), Amsterdam)),
            EntryLinks.None,
            description,
            TimesheetRules.Default,
            PeriodLocks.None,
            Actor.Create(who, ActorChannel.MobileApp),
            Now).AsT0;
        var self = Actor.Create(who, ActorChannel.MobileApp);
        if (status is TimesheetEntryStatus.Draft)
        {
            return Saved(entry);
        }
        entry.Submit(PeriodLocks.None, self, Now);
        if (status is TimesheetEntryStatus.Rejected)
        {
            entry.Reject(TimesheetReason.Create("Wrong day").AsT0, ApprovalPolicy.Default, Org, PeriodLocks.None, TeamLead, Now);
        }
        else if (status is TimesheetEntryStatus.Approved or TimesheetEntryStatus.Exported)
        {
            var approved = entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, TeamLead, Now);
            if (!approved.IsT0)
            {
                throw new InvalidOperationException($"Test data: approval refused: {approved.Value}");
            }
        }
        if (status is TimesheetEntryStatus.Exported)
        {
            entry.Export(FirstBatch, Payroll, Now);
        }
        if (entry.Status != status)
        {
            throw new InvalidOperationException($"Test data: wanted {status}, got {entry.Status}.");
        }
        return Saved(entry);
    }

    private static TimesheetEntry Saved(TimesheetEntry entry)
    {
        entry.ClearDomainEvents();
        return entry;
    }
}

/// <summary>An entry store that keeps snapshots and checks versions, like the reference adapter.</summary>
internal sealed class EntryStore : ITimesheetEntryRepository
{
    private readonly Dictionary<TimesheetEntryId, TimesheetEntrySnapshot> _snapshots = [];

    public EntryStore(IEnumerable<TimesheetEntry> entries)
    {
        foreach (var entry in entries)
        {
            _snapshots.Add(entry.Id, entry.ToSnapshot().WithVersion(AggregateVersion.New.Next()));
        }
    }

    /// <summary>Gets or sets an entry id whose next save loses a race (someone saved it meanwhile).</summary>
    public TimesheetEntryId? LoseRaceOn { get; set; }

    public IEnumerable<TimesheetEntry> All => _snapshots.Values.Select(TimesheetEntry.Rehydrate);

    public Task<TimesheetEntry?> GetAsync(TimesheetEntryId id, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshots.TryGetValue(id, out var s) ? TimesheetEntry.Rehydrate(s) : null);

    public Task<TimesheetEntry?> FindByImportKeyAsync(ImportKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_snapshots.Values.Where(s => s.ImportKey == key).Select(TimesheetEntry.Rehydrate).FirstOrDefault());

    public Task<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>> AddAsync(TimesheetEntry entry, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The export never adds entries.");

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        var stored = _snapshots[entry.Id];
        if (LoseRaceOn == entry.Id || stored.Version != entry.Version)
        {
            return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new ConcurrencyConflict(nameof(TimesheetEntry), entry.Id.Value, entry.Version, stored.Version.Next()));
        }
        var next = entry.Version.Next();
        _snapshots[entry.Id] = entry.ToSnapshot().WithVersion(next);
        entry.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    public Task<Page<TimesheetEntry>> FindByEmployeeAsync(EmployeeId employeeId, DateInterval days, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(s => s.EmployeeId == employeeId && days.Contains(s.Content.Date), page));

    public Task<Page<TimesheetEntry>> FindByStatusAsync(TimesheetEntryStatus status, DateInterval days, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(s => s.Status == status && days.Contains(s.Content.Date), page));

    /// <summary>Gets how many <see cref="SaveManyAsync"/> calls the store answered.</summary>
    public int SaveManyCalls { get; private set; }

    public async IAsyncEnumerable<TimesheetEntry> StreamByStatusAsync(TimesheetEntryStatus status, DateInterval days, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var matches = _snapshots.Values.Where(s => s.Status == status && days.Contains(s.Content.Date)).OrderBy(s => s.Content.Date).ThenBy(s => s.Id.Value).ToList();
        foreach (var snapshot in matches)
        {
            await Task.Yield();
            yield return TimesheetEntry.Rehydrate(snapshot);
        }
    }

    public async Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<TimesheetEntry> entries, CancellationToken cancellationToken)
    {
        SaveManyCalls++;
        var results = ImmutableArray.CreateBuilder<OneOf<Success, ConcurrencyConflict>>(entries.Count);
        foreach (var entry in entries)
        {
            results.Add(await SaveAsync(entry, cancellationToken));
        }
        return results.MoveToImmutable();
    }

    private Page<TimesheetEntry> PageOf(Func<TimesheetEntrySnapshot, bool> predicate, PageRequest page)
    {
        var matches = _snapshots.Values.Where(predicate).OrderBy(s => s.Content.Date).ThenBy(s => s.Id.Value).ToList();
        return new Page<TimesheetEntry>([.. matches.Skip(page.Offset).Take(page.Limit).Select(TimesheetEntry.Rehydrate)], page, matches.Count);
    }
}

/// <summary>A batch store over a dictionary.</summary>
internal sealed class BatchStore : IExportBatchRepository
{
    private readonly Dictionary<ExportBatchId, ExportBatch> _batches = [];

    public IReadOnlyCollection<ExportBatch> All => _batches.Values;

    public Task<ExportBatch?> GetAsync(ExportBatchId id, CancellationToken cancellationToken) => Task.FromResult(_batches.GetValueOrDefault(id));

    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(ExportBatch batch, CancellationToken cancellationToken) =>
        Task.FromResult<OneOf<Success, ConcurrencyConflict>>(_batches.TryAdd(batch.Id, batch)
            ? new Success()
            : new ConcurrencyConflict(nameof(ExportBatch), batch.Id.Value, AggregateVersion.New, AggregateVersion.New.Next()));

    public Task<Page<ExportBatch>> FindByPeriodAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(new Page<ExportBatch>([.. _batches.Values.Where(b => b.Period.Start <= days.End && days.Start <= b.Period.End).OrderBy(b => b.ExportedAt)], page, _batches.Count));
}
