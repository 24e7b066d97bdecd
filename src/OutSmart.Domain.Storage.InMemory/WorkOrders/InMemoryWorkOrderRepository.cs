using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="IWorkOrderRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Work orders are kept as <see cref="WorkOrderSnapshot"/>s, so a caller never holds the stored state: every
/// read rehydrates a new <see cref="WorkOrder"/>, and a change is visible to others only after a successful save.</para>
/// <para>All members are safe to call from several threads. Saves check the version and store under a lock.
/// <see cref="FindByOccurrenceAsync"/> scans all stored work orders (O(n)).</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryWorkOrderRepository : IWorkOrderRepository
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<WorkOrderId, (WorkOrderSnapshot Snapshot, AggregateVersion Version)> _orders = new();

    /// <summary>Gets how many work orders are stored.</summary>
    public int Count => _orders.Count;

    /// <inheritdoc />
    public Task<StoredWorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_orders.TryGetValue(id, out var stored) ? Load(stored) : null);
    }

    /// <inheritdoc />
    public Task<StoredWorkOrder?> FindByOccurrenceAsync(ContractId contractId, LocalDate occurrenceDate, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach ((WorkOrderSnapshot Snapshot, AggregateVersion Version) stored in _orders.Values)
        {
            if (stored.Snapshot.Origin.ContractId == contractId && stored.Snapshot.Origin.OccurrenceDate == occurrenceDate)
            {
                return Task.FromResult<StoredWorkOrder?>(Load(stored));
            }
        }
        return Task.FromResult<StoredWorkOrder?>(null);
    }

    /// <inheritdoc />
    public Task<OneOf<AggregateVersion, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, AggregateVersion expected, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(workOrder);
        cancellationToken.ThrowIfCancellationRequested();
        WorkOrderSnapshot snapshot = workOrder.ToSnapshot();
        lock (_lock)
        {
            AggregateVersion? actual = _orders.TryGetValue(workOrder.Id, out var stored) ? stored.Version : null;
            if ((actual ?? AggregateVersion.New) != expected)
            {
                return Task.FromResult<OneOf<AggregateVersion, ConcurrencyConflict>>(
                    new ConcurrencyConflict(nameof(WorkOrder), workOrder.Id.Value, expected, actual));
            }
            AggregateVersion next = expected.Next();
            _orders[workOrder.Id] = (snapshot, next);
            return Task.FromResult<OneOf<AggregateVersion, ConcurrencyConflict>>(next);
        }
    }

    private static StoredWorkOrder Load((WorkOrderSnapshot Snapshot, AggregateVersion Version) stored) =>
        new(WorkOrder.Rehydrate(stored.Snapshot), stored.Version);
}
