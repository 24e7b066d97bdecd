using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="IExportBatchRepository"/> over a relational database (table <c>export_batches</c>).</summary>
/// <remarks>
/// <para>Batches are immutable: added once, never saved again, so a row has no version. The id is the primary key, so
/// the database refuses a second batch with an id, also when two processes export at once; the loser gets the
/// <see cref="ConcurrencyConflict"/> the port describes. A batch read back is checked again with
/// <see cref="ExportBatch.Restore"/>.</para>
/// <para><see cref="FindByPeriodAsync"/> runs on an index of the period's days, ordered by export instant, then id.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalExportBatchRepository : IExportBatchRepository
{
    private readonly AggregateRows<ExportBatch> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalExportBatchRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        // A stored batch counts as version 1: the conflict of a second add says Expected = New, Actual = 1.
        _rows = new AggregateRows<ExportBatch>(store, nameof(ExportBatch), store.Dialect.SelectExportBatchExists);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<ExportBatch?> GetAsync(ExportBatchId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ExportBatch? stored = await _rows.FindAsync(Dialect.SelectExportBatch, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return stored is null ? null : Restore(stored);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> AddAsync(ExportBatch batch, CancellationToken cancellationToken)
    {
        Guard.Against.Null(batch);
        cancellationToken.ThrowIfCancellationRequested();
        (string, object?)[] row =
        [
            ("id", Keys.Id(batch.Id.Value)),
            ("first_day", Keys.Date(batch.Period.Start)),
            ("last_day", Keys.Date(batch.Period.End)),
            ("exported_at", Keys.Instant(batch.ExportedAt)),
            ("snapshot", SnapshotJson.Write(batch)),
        ];
        var inserted = await _rows.InsertAsync(Dialect.InsertExportBatch, row, AggregateRows<ExportBatch>.NoSideRows, cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<ExportBatch>.Insert.UniqueViolation)
        {
            return await _rows.ConflictOnAddAsync(batch.Id.Value, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"A unique index refused export batch {batch.Id.Value}, but no batch has its id.");
        }
        return new Success();
    }

    /// <inheritdoc />
    public Task<Page<ExportBatch>> FindByPeriodAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(page);
        return _rows.PageAsync(
            Dialect.SelectExportBatchesByPeriod, Dialect.CountExportBatchesByPeriod, RelationalTimesheetEntryRepository.Days(days), page, Restore, cancellationToken);
    }

    private static ExportBatch Restore(ExportBatch read) =>
        ExportBatch.Restore(read.Id, read.Period, read.Entries, read.ReExportOf, read.ExportedBy, read.ExportedAt);
}
