using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The storage port for export batches (TS-24). Batches are immutable: added once, never saved again.</summary>
public interface IExportBatchRepository
{
    /// <summary>Gets a batch by id.</summary>
    /// <param name="id">The batch id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The batch, or null when there is none with that id.</returns>
    Task<ExportBatch?> GetAsync(ExportBatchId id, CancellationToken cancellationToken);

    /// <summary>Stores a new batch.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when a batch with that id is already stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> AddAsync(ExportBatch batch, CancellationToken cancellationToken);

    /// <summary>Finds the batches whose period overlaps <paramref name="days"/>, re-exports included.</summary>
    /// <param name="days">The days.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A page of batches ordered by <see cref="ExportBatch.ExportedAt"/>, then by id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or <paramref name="page"/> is null.</exception>
    Task<Page<ExportBatch>> FindByPeriodAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken);
}
