using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="IExportBatchRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Batches are immutable, so the store keeps the instances themselves. Adds take a lock; reads take the same lock
/// briefly and then work on a copy. Queries scan every batch (O(n)), ordered by export instant, then id.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryExportBatchRepository : IExportBatchRepository
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ExportBatchId, ExportBatch> _batches = [];

    /// <summary>Gets how many batches are stored.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _batches.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<ExportBatch?> GetAsync(ExportBatchId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_batches.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(ExportBatch batch, CancellationToken cancellationToken)
    {
        Guard.Against.Null(batch);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_batches.TryAdd(batch.Id, batch))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(
                    new ConcurrencyConflict(nameof(ExportBatch), batch.Id.Value, AggregateVersion.New, AggregateVersion.New.Next()));
            }
        }
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    /// <inheritdoc />
    public Task<Page<ExportBatch>> FindByPeriodAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        ExportBatch[] all;
        lock (_lock)
        {
            all = [.. _batches.Values];
        }
        var matches = all.Where(b => b.Period.Start <= days.End && days.Start <= b.Period.End)
            .OrderBy(b => b.ExportedAt)
            .ThenBy(b => b.Id.Value.ToString("D"), StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new Page<ExportBatch>([.. matches.Skip(page.Offset).Take(page.Limit)], page, matches.Count));
    }
}
