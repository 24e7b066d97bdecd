using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="ITimesheetEntryRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Entries are kept as <see cref="TimesheetEntrySnapshot"/>s, so a caller never holds the stored state.</para>
/// <para>All members are safe to call from several threads. Writes check the version and the import key and store
/// under one lock; reads do not wait for writes. <see cref="FindByImportKeyAsync"/> is a dictionary lookup; the paged
/// queries scan a moment-in-time copy (O(n)), sort the matches by date, start (none first), creation and id, and
/// rehydrate only the page. <see cref="StreamByStatusAsync"/> sorts the matches of such a copy and rehydrates each
/// entry as it is enumerated. <see cref="SaveManyAsync"/> checks and stores the whole batch under the lock.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryTimesheetEntryRepository : ITimesheetEntryRepository
{
    private readonly SnapshotStore<TimesheetEntryId, TimesheetEntrySnapshot> _store = new(
        nameof(TimesheetEntry),
        idOf: static s => s.Id,
        guidOf: static id => id.Value,
        versionOf: static s => s.Version,
        withVersion: static (s, version) => s.WithVersion(version),
        order: Compare);

    private readonly ConcurrentDictionary<ImportKey, TimesheetEntryId> _importKeys = new(); // written under the store's lock

    /// <summary>Gets how many entries are stored.</summary>
    public int Count => _store.Count;

    /// <inheritdoc />
    public Task<TimesheetEntry?> GetAsync(TimesheetEntryId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Find(id) is { } snapshot ? TimesheetEntry.Rehydrate(snapshot) : null);
    }

    /// <inheritdoc />
    public Task<TimesheetEntry?> FindByImportKeyAsync(ImportKey key, CancellationToken cancellationToken)
    {
        Guard.Against.Null(key);
        cancellationToken.ThrowIfCancellationRequested();
        return _importKeys.TryGetValue(key, out TimesheetEntryId id) ? GetAsync(id, cancellationToken) : Task.FromResult<TimesheetEntry?>(null);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>> AddAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        Guard.Against.Null(entry);
        if (entry.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only an entry that was never saved can be added; use SaveAsync.", nameof(entry));
        }
        return Task.FromResult(_store.Add(entry.ToSnapshot(), ClaimImportKey, entry.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        Guard.Against.Null(entry);
        // The import key never changes, so it stays as it was added.
        return Task.FromResult(_store.Save(entry.ToSnapshot(), entry.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Page<TimesheetEntry>> FindByEmployeeAsync(EmployeeId employeeId, DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        return Query(s => s.EmployeeId == employeeId && days.Contains(s.Date), page, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<TimesheetEntry>> FindByStatusAsync(TimesheetEntryStatus status, DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        return Query(s => s.Status == status && days.Contains(s.Date), page, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TimesheetEntry> StreamByStatusAsync(TimesheetEntryStatus status, DateInterval days, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        return Stream(status, days, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<TimesheetEntry> entries, CancellationToken cancellationToken) =>
        Task.FromResult(_store.SaveMany(entries, e => e.ToSnapshot(), e => e.MarkSaved, nameof(entries), cancellationToken));

    private async IAsyncEnumerable<TimesheetEntry> Stream(
        TimesheetEntryStatus status, DateInterval days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var matches = _store.Snapshots.Where(s => s.Status == status && days.Contains(s.Date)).ToList();
        matches.Sort(static (a, b) => Compare(a, b) is var byOrder and not 0 ? byOrder : a.Id.Value.CompareTo(b.Id.Value));
        foreach (TimesheetEntrySnapshot snapshot in matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return TimesheetEntry.Rehydrate(snapshot);
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private Task<Page<TimesheetEntry>> Query(Func<TimesheetEntrySnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(_store.Query(predicate, page, TimesheetEntry.Rehydrate, cancellationToken));

    private static int Compare(TimesheetEntrySnapshot a, TimesheetEntrySnapshot b)
    {
        int byDate = a.Date.CompareTo(b.Date);
        if (byDate != 0)
        {
            return byDate;
        }
        int byStart = Nullable.Compare(a.Content.Time?.Start, b.Content.Time?.Start);
        return byStart != 0 ? byStart : a.CreatedAt.CompareTo(b.CreatedAt);
    }

    // Runs under the store's lock: refuses an import key another entry holds, or records this one.
    private ImportKeyTaken? ClaimImportKey(TimesheetEntrySnapshot snapshot)
    {
        if (snapshot.ImportKey is not { } key)
        {
            return null;
        }
        if (_importKeys.TryGetValue(key, out TimesheetEntryId existing))
        {
            return new ImportKeyTaken(key, existing);
        }
        _importKeys[key] = snapshot.Id;
        return null;
    }
}
