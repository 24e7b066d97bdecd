using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="ITimesheetEntryRepository"/> over a relational database (table <c>timesheet_entries</c>).</summary>
/// <remarks>
/// <para>Each add or save is one transaction, compared on version (<c>UPDATE … WHERE id = @id AND version =
/// @expected</c>); <see cref="SaveManyAsync"/> runs a whole batch in one. The import key (TS-13) is unique in the
/// database, so the insert itself refuses a second entry with the key, also when two processes import at once.</para>
/// <para>The queries filter and order on columns kept beside the snapshot (employee, date, start, creation, status),
/// on indexes in the port's fixed order: date, start (none first), creation, id. <see cref="StreamByStatusAsync"/>
/// reads the rows with a data reader as the caller enumerates, so an export of 100,000 entries never holds them all
/// nor reads the table once per page.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalTimesheetEntryRepository : ITimesheetEntryRepository
{
    private readonly AggregateRows<TimesheetEntrySnapshot> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalTimesheetEntryRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<TimesheetEntrySnapshot>(store, nameof(TimesheetEntry), store.Dialect.SelectTimesheetEntryVersion);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<TimesheetEntry?> GetAsync(TimesheetEntryId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TimesheetEntrySnapshot? snapshot = await _rows.FindAsync(Dialect.SelectTimesheetEntry, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : TimesheetEntry.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<TimesheetEntry?> FindByImportKeyAsync(ImportKey key, CancellationToken cancellationToken)
    {
        Guard.Against.Null(key);
        cancellationToken.ThrowIfCancellationRequested();
        TimesheetEntrySnapshot? snapshot = await _rows.FindAsync(
            Dialect.SelectTimesheetEntryByImportKey, [("import_key", key.ToString())], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : TimesheetEntry.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>> AddAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        Guard.Against.Null(entry);
        if (entry.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only an entry that was never saved can be added; use SaveAsync.", nameof(entry));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = entry.Version.Next();
        TimesheetEntrySnapshot stored = entry.ToSnapshot().WithVersion(next);
        var inserted = await _rows.InsertAsync(
            Dialect.InsertTimesheetEntry, [.. Row(stored), ("import_key", stored.ImportKey?.ToString())], AggregateRows<TimesheetEntrySnapshot>.NoSideRows,
            cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<TimesheetEntrySnapshot>.Insert.UniqueViolation)
        {
            if (await _rows.ConflictOnAddAsync(stored.Id.Value, CancellationToken.None).ConfigureAwait(false) is { } conflict)
            {
                return conflict;
            }
            if (stored.ImportKey is { } key
                && await _rows.TextAsync(Dialect.SelectTimesheetEntryIdByImportKey, [("import_key", key.ToString())], CancellationToken.None).ConfigureAwait(false) is { } holder)
            {
                return new ImportKeyTaken(key, new TimesheetEntryId(Guid.Parse(holder)));
            }
            throw new InvalidOperationException($"A unique index refused timesheet entry {stored.Id.Value}, but neither its id nor its import key is stored.");
        }
        entry.MarkSaved(next);
        return new Success();
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetEntry entry, CancellationToken cancellationToken)
    {
        Guard.Against.Null(entry);
        cancellationToken.ThrowIfCancellationRequested();
        return _rows.SaveAsync(UpdateOf(entry), entry.MarkSaved, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<TimesheetEntry> entries, CancellationToken cancellationToken) =>
        _rows.SaveManyAsync(entries, UpdateOf, static (entry, version) => entry.MarkSaved(version), nameof(entries), cancellationToken);

    /// <inheritdoc />
    public Task<Page<TimesheetEntry>> FindByEmployeeAsync(EmployeeId employeeId, DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(page);
        return _rows.PageAsync(
            Dialect.SelectTimesheetEntriesByEmployee, Dialect.CountTimesheetEntriesByEmployee, [("employee", Keys.Id(employeeId.Value)), .. Days(days)],
            page, TimesheetEntry.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<TimesheetEntry>> FindByStatusAsync(TimesheetEntryStatus status, DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(page);
        return _rows.PageAsync(
            Dialect.SelectTimesheetEntriesByStatus, Dialect.CountTimesheetEntriesByStatus, [("status", status.ToString()), .. Days(days)],
            page, TimesheetEntry.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TimesheetEntry> StreamByStatusAsync(TimesheetEntryStatus status, DateInterval days, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        return _rows.StreamAsync(Dialect.StreamTimesheetEntriesByStatus, [("status", status.ToString()), .. Days(days)], TimesheetEntry.Rehydrate, cancellationToken);
    }

    /// <summary>The parameters of a range of days: <c>@first, @last</c>.</summary>
    internal static (string Name, object? Value)[] Days(DateInterval days) => [("first", Keys.Date(days.Start)), ("last", Keys.Date(days.End))];

    private AggregateRows<TimesheetEntrySnapshot>.Update UpdateOf(TimesheetEntry entry)
    {
        AggregateVersion loaded = entry.Version;
        TimesheetEntrySnapshot stored = entry.ToSnapshot().WithVersion(loaded.Next());
        // The import key never changes, so it stays as it was added.
        return new(Dialect.UpdateTimesheetEntry, [.. Row(stored), ("expected", loaded.Value)], stored.Id.Value, loaded, AggregateRows<TimesheetEntrySnapshot>.NoSideRows);
    }

    private static (string Name, object? Value)[] Row(TimesheetEntrySnapshot snapshot) =>
    [
        ("id", Keys.Id(snapshot.Id.Value)),
        ("version", snapshot.Version.Value),
        ("employee", Keys.Id(snapshot.EmployeeId.Value)),
        ("entry_date", Keys.Date(snapshot.Date)),
        ("start_at", snapshot.Content.Time?.Start is { } start ? Keys.Instant(start) : null),
        ("created_at", Keys.Instant(snapshot.CreatedAt)),
        ("status", snapshot.Status.ToString()),
        ("snapshot", SnapshotJson.Write(snapshot)),
    ];
}
