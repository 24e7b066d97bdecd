using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="ITimesheetPeriodRepository"/> over a relational database (table <c>timesheet_periods</c>).</summary>
/// <remarks>
/// <para>Each add or save is one transaction, compared on version. Stored periods never overlap, and the database
/// enforces it: PostgreSQL with an exclusion constraint on the period's date range, SQLite with an insert trigger that
/// runs inside the <c>BEGIN IMMEDIATE</c> write transaction. So two processes adding overlapping periods at once get
/// one <see cref="Success"/> and one <see cref="TimesheetPeriodOverlaps"/>.</para>
/// <para><see cref="FindOverlappingAsync"/> runs on the day columns' indexes, ordered by first day, then id.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalTimesheetPeriodRepository : ITimesheetPeriodRepository
{
    private readonly AggregateRows<TimesheetPeriodSnapshot> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalTimesheetPeriodRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<TimesheetPeriodSnapshot>(store, nameof(TimesheetPeriod), store.Dialect.SelectTimesheetPeriodVersion);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<TimesheetPeriod?> GetAsync(TimesheetPeriodId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TimesheetPeriodSnapshot? snapshot = await _rows.FindAsync(Dialect.SelectTimesheetPeriod, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : TimesheetPeriod.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict, TimesheetPeriodOverlaps>> AddAsync(TimesheetPeriod period, CancellationToken cancellationToken)
    {
        Guard.Against.Null(period);
        if (period.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a period that was never saved can be added; use SaveAsync.", nameof(period));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = period.Version.Next();
        TimesheetPeriodSnapshot stored = period.ToSnapshot().WithVersion(next);
        (string, object?)[] row =
        [
            ("id", Keys.Id(stored.Id.Value)),
            ("version", stored.Version.Value),
            ("first_day", Keys.Date(stored.Days.Start)),
            ("last_day", Keys.Date(stored.Days.End)),
            ("is_closed", stored.IsClosed),
            ("snapshot", SnapshotJson.Write(stored)),
        ];
        var inserted = await _rows.InsertAsync(Dialect.InsertTimesheetPeriod, row, AggregateRows<TimesheetPeriodSnapshot>.NoSideRows, cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<TimesheetPeriodSnapshot>.Insert.UniqueViolation)
        {
            if (await _rows.ConflictOnAddAsync(stored.Id.Value, CancellationToken.None).ConfigureAwait(false) is { } conflict)
            {
                return conflict;
            }
            if (await _rows.TextAsync(Dialect.SelectOverlappingTimesheetPeriodId, RelationalTimesheetEntryRepository.Days(stored.Days), CancellationToken.None)
                .ConfigureAwait(false) is { } existing)
            {
                return new TimesheetPeriodOverlaps(stored.Days, new TimesheetPeriodId(Guid.Parse(existing)));
            }
            throw new InvalidOperationException($"The database refused timesheet period {stored.Id.Value}, but neither its id nor an overlapping period is stored.");
        }
        period.MarkSaved(next);
        return new Success();
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetPeriod period, CancellationToken cancellationToken)
    {
        Guard.Against.Null(period);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion loaded = period.Version;
        AggregateVersion next = loaded.Next();
        TimesheetPeriodSnapshot stored = period.ToSnapshot().WithVersion(next);
        (string, object?)[] row =
        [
            ("id", Keys.Id(stored.Id.Value)),
            ("expected", loaded.Value),
            ("version", stored.Version.Value),
            ("is_closed", stored.IsClosed),
            ("snapshot", SnapshotJson.Write(stored)),
        ];
        // The days never change, so the overlap check of the add still holds.
        return await _rows.SaveAsync(
            new(Dialect.UpdateTimesheetPeriod, row, stored.Id.Value, loaded, AggregateRows<TimesheetPeriodSnapshot>.NoSideRows), period.MarkSaved, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<Page<TimesheetPeriod>> FindOverlappingAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(page);
        return _rows.PageAsync(
            Dialect.SelectTimesheetPeriodsOverlapping, Dialect.CountTimesheetPeriodsOverlapping, RelationalTimesheetEntryRepository.Days(days),
            page, TimesheetPeriod.Rehydrate, cancellationToken);
    }
}
