using System.Collections.Immutable;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.TestData;

/// <summary>A small single-threaded store behind the three timesheet ports, for the service tests; the real adapters
/// pass the contract suites in Ports/.</summary>
public sealed class FakeTimesheetStore : ITimesheetEntryRepository, ITimesheetPeriodRepository, ITimesheetEmployeeRepository
{
    private readonly Dictionary<TimesheetEntryId, TimesheetEntrySnapshot> _entries = [];
    private readonly Dictionary<TimesheetPeriodId, TimesheetPeriodSnapshot> _periods = [];
    private readonly Dictionary<EmployeeId, TimesheetEmployee> _employees = [];

    public int EntryCount => _entries.Count;

    public int Saves { get; private set; }

    public Task<TimesheetEntry?> GetAsync(TimesheetEntryId id, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue(id, out var s) ? TimesheetEntry.Rehydrate(s) : null);

    public Task<TimesheetEntry?> FindByImportKeyAsync(ImportKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.Values.Where(s => s.ImportKey == key).Select(TimesheetEntry.Rehydrate).FirstOrDefault());

    public Task<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>> AddAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(entry.Id, out var existing))
        {
            return Task.FromResult<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>>(new ConcurrencyConflict(nameof(TimesheetEntry), entry.Id.Value, entry.Version, existing.Version));
        }
        if (entry.ImportKey is { } key && _entries.Values.FirstOrDefault(s => s.ImportKey == key) is { } taken)
        {
            return Task.FromResult<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>>(new ImportKeyTaken(key, taken.Id));
        }
        _entries[entry.Id] = entry.ToSnapshot().WithVersion(entry.Version.Next());
        entry.MarkSaved(entry.Version.Next());
        return Task.FromResult<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>>(new Success());
    }

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(entry.Id, out var stored) || stored.Version != entry.Version)
        {
            return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new ConcurrencyConflict(nameof(TimesheetEntry), entry.Id.Value, entry.Version, stored?.Version));
        }
        Saves++;
        _entries[entry.Id] = entry.ToSnapshot().WithVersion(entry.Version.Next());
        entry.MarkSaved(entry.Version.Next());
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    public Task<Page<TimesheetEntry>> FindByEmployeeAsync(EmployeeId employeeId, DateInterval days, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(_entries.Values.Where(s => s.EmployeeId == employeeId && days.Contains(s.Date)), page));

    public Task<Page<TimesheetEntry>> FindByStatusAsync(TimesheetEntryStatus status, DateInterval days, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(_entries.Values.Where(s => s.Status == status && days.Contains(s.Date)), page));

    public async IAsyncEnumerable<TimesheetEntry> StreamByStatusAsync(TimesheetEntryStatus status, DateInterval days, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var entry in PageOf(_entries.Values.Where(s => s.Status == status && days.Contains(s.Date)), PageRequest.First(PageRequest.MaxLimit)).Items)
        {
            await Task.Yield();
            yield return entry;
        }
    }

    public async Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<TimesheetEntry> entries, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<OneOf<Success, ConcurrencyConflict>>(entries.Count);
        foreach (var entry in entries)
        {
            results.Add(await SaveAsync(entry, cancellationToken));
        }
        return results.MoveToImmutable();
    }

    public Task<TimesheetPeriod?> GetAsync(TimesheetPeriodId id, CancellationToken cancellationToken) =>
        Task.FromResult(_periods.TryGetValue(id, out var s) ? TimesheetPeriod.Rehydrate(s) : null);

    public Task<OneOf<Success, ConcurrencyConflict, TimesheetPeriodOverlaps>> AddAsync(TimesheetPeriod period, CancellationToken cancellationToken)
    {
        _periods[period.Id] = period.ToSnapshot().WithVersion(period.Version.Next());
        period.MarkSaved(period.Version.Next());
        return Task.FromResult<OneOf<Success, ConcurrencyConflict, TimesheetPeriodOverlaps>>(new Success());
    }

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetPeriod period, CancellationToken cancellationToken)
    {
        _periods[period.Id] = period.ToSnapshot().WithVersion(period.Version.Next());
        period.MarkSaved(period.Version.Next());
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    public Task<Page<TimesheetPeriod>> FindOverlappingAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        var items = _periods.Values.Where(s => s.Days.Start <= days.End && days.Start <= s.Days.End).OrderBy(s => s.Days.Start).Select(TimesheetPeriod.Rehydrate).ToList();
        return Task.FromResult(new Page<TimesheetPeriod>([.. items.Skip(page.Offset).Take(page.Limit)], page, items.Count));
    }

    public Task<TimesheetEmployee?> GetAsync(EmployeeId employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(_employees.TryGetValue(employeeId, out var e) ? e : null);

    public Task SaveAsync(TimesheetEmployee employee, CancellationToken cancellationToken)
    {
        _employees[employee.EmployeeId] = employee;
        return Task.CompletedTask;
    }

    public TimesheetCommands Commands(TimesheetApprovers? approvers = null) =>
        new(this, this, this, TimesheetRules.Default, ApprovalPolicy.Default, approvers ?? TimesheetTestData.Org);

    private static Page<TimesheetEntry> PageOf(IEnumerable<TimesheetEntrySnapshot> snapshots, PageRequest page)
    {
        var all = snapshots.OrderBy(s => s.Date).ThenBy(s => s.Content.Time?.Start).ThenBy(s => s.CreatedAt).ThenBy(s => s.Id.Value).ToList();
        return new Page<TimesheetEntry>([.. all.Skip(page.Offset).Take(page.Limit).Select(TimesheetEntry.Rehydrate)], page, all.Count);
    }
}
