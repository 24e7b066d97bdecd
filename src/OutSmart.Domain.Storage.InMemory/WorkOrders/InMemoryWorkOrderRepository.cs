using System.Collections.Immutable;
using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="IWorkOrderRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Work orders are kept as <see cref="WorkOrderSnapshot"/>s, so a caller never holds the stored state: every
/// read rehydrates a new <see cref="WorkOrder"/>, and a change is visible to others only after a successful save.</para>
/// <para>All members are safe to call from several threads. Writes check the version and the occurrence key and store
/// under one lock; reads do not wait for writes. <see cref="FindByOccurrenceAsync"/> is a dictionary lookup; the paged
/// queries scan a moment-in-time copy of the stored snapshots (O(n)), sort the matches, and rehydrate only the page.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryWorkOrderRepository : IWorkOrderRepository
{
    private readonly SnapshotStore<WorkOrderId, WorkOrderSnapshot> _store = new(
        nameof(WorkOrder),
        idOf: static s => s.Id,
        guidOf: static id => id.Value,
        versionOf: static s => s.Version,
        withVersion: static (s, version) => s.WithVersion(version),
        order: static (a, b) => a.PlannedAt.CompareTo(b.PlannedAt));

    private readonly ConcurrentDictionary<OccurrenceKey, WorkOrderId> _occurrences = new(); // written under the store's lock

    /// <summary>Gets how many work orders are stored.</summary>
    public int Count => _store.Count;

    /// <inheritdoc />
    public Task<WorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Find(id) is { } snapshot ? WorkOrder.Rehydrate(snapshot) : null);
    }

    /// <inheritdoc />
    public Task<WorkOrder?> FindByOccurrenceAsync(OccurrenceKey occurrence, CancellationToken cancellationToken)
    {
        Guard.Against.Null(occurrence);
        cancellationToken.ThrowIfCancellationRequested();
        if (_occurrences.TryGetValue(occurrence, out WorkOrderId id))
        {
            return GetAsync(id, cancellationToken);
        }
        return Task.FromResult<WorkOrder?>(null);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>> AddAsync(WorkOrder workOrder, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrder);
        if (workOrder.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a work order that was never saved can be added; use SaveAsync.", nameof(workOrder));
        }
        return Task.FromResult(_store.Add(workOrder.ToSnapshot(), ClaimOccurrence, workOrder.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<ImmutableArray<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>> AddManyAsync(
        IReadOnlyList<WorkOrder> workOrders, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrders);
        var items = new (WorkOrderSnapshot, Action<AggregateVersion>)[workOrders.Count];
        for (int i = 0; i < items.Length; i++)
        {
            WorkOrder workOrder = Guard.Against.Null(workOrders[i], nameof(workOrders));
            if (workOrder.Version != AggregateVersion.New)
            {
                throw new ArgumentException("Only work orders that were never saved can be added; use SaveAsync.", nameof(workOrders));
            }
            items[i] = (workOrder.ToSnapshot(), workOrder.MarkSaved);
        }
        return Task.FromResult(_store.AddMany(items, ClaimOccurrence, cancellationToken));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrder);
        // The origin never changes, so the occurrence key stays as it was added.
        return Task.FromResult(_store.Save(workOrder.ToSnapshot(), workOrder.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Page<WorkOrder>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.CustomerId == customerId, page, cancellationToken);

    /// <inheritdoc />
    public Task<Page<WorkOrder>> FindByContractAsync(ContractId contractId, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.Origin.ContractId == contractId, page, cancellationToken);

    /// <inheritdoc />
    public Task<Page<WorkOrder>> FindByAssigneeAsync(EmployeeId employeeId, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.AssignedEmployees.Contains(employeeId), page, cancellationToken);

    private Task<Page<WorkOrder>> Query(Func<WorkOrderSnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(_store.Query(predicate, page, WorkOrder.Rehydrate, cancellationToken));

    // Runs under the store's lock: refuses an occurrence that is planned already, or records this one.
    private OccurrenceAlreadyPlanned? ClaimOccurrence(WorkOrderSnapshot snapshot)
    {
        if (snapshot.Origin.Occurrence is not { } key)
        {
            return null;
        }
        if (_occurrences.TryGetValue(key, out WorkOrderId planned))
        {
            return new OccurrenceAlreadyPlanned(key, planned);
        }
        _occurrences[key] = snapshot.Id;
        return null;
    }
}
