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
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<WorkOrderId, WorkOrderSnapshot> _orders = new();
    private readonly ConcurrentDictionary<(ContractId Contract, LocalDate Date), WorkOrderId> _occurrences = new();

    /// <summary>Gets how many work orders are stored.</summary>
    public int Count => _orders.Count;

    /// <inheritdoc />
    public Task<WorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _orders.TryGetValue(id, out WorkOrderSnapshot? snapshot);
        return Task.FromResult(snapshot is null ? null : WorkOrder.Rehydrate(snapshot));
    }

    /// <inheritdoc />
    public Task<WorkOrder?> FindByOccurrenceAsync(ContractId contractId, LocalDate occurrenceDate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_occurrences.TryGetValue((contractId, occurrenceDate), out WorkOrderId id))
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
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = workOrder.Version.Next();
        WorkOrderSnapshot snapshot = workOrder.ToSnapshot().WithVersion(next);
        (ContractId, LocalDate)? key = OccurrenceKey(snapshot);
        lock (_lock)
        {
            if (_orders.TryGetValue(workOrder.Id, out WorkOrderSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>(Conflict(workOrder, existing.Version));
            }
            if (key is { } occurrence && _occurrences.TryGetValue(occurrence, out WorkOrderId planned))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>(
                    new OccurrenceAlreadyPlanned(occurrence.Item1, occurrence.Item2, planned));
            }
            _orders[workOrder.Id] = snapshot;
            if (key is { } added)
            {
                _occurrences[added] = workOrder.Id;
            }
        }
        workOrder.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>(new Success());
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrder);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = workOrder.Version.Next();
        WorkOrderSnapshot snapshot = workOrder.ToSnapshot().WithVersion(next);
        lock (_lock)
        {
            if (!_orders.TryGetValue(workOrder.Id, out WorkOrderSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(workOrder, null));
            }
            if (existing.Version != workOrder.Version)
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(workOrder, existing.Version));
            }
            // The origin never changes, so the occurrence key stays as it was added.
            _orders[workOrder.Id] = snapshot;
        }
        workOrder.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
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

    private Task<Page<WorkOrder>> Query(Func<WorkOrderSnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = new List<WorkOrderSnapshot>();
        // Values is a moment-in-time copy; writes made meanwhile are not seen.
        foreach (WorkOrderSnapshot snapshot in _orders.Values)
        {
            if (predicate(snapshot))
            {
                matches.Add(snapshot);
            }
        }
        matches.Sort(static (a, b) =>
        {
            int byPlanning = a.PlannedAt.CompareTo(b.PlannedAt);
            return byPlanning != 0 ? byPlanning : a.Id.Value.CompareTo(b.Id.Value);
        });
        var items = new List<WorkOrder>(Math.Min(page.Limit, Math.Max(0, matches.Count - page.Offset)));
        for (int i = page.Offset; i < matches.Count && items.Count < page.Limit; i++)
        {
            items.Add(WorkOrder.Rehydrate(matches[i]));
        }
        return Task.FromResult(new Page<WorkOrder>(items.AsReadOnly(), page, matches.Count));
    }

    private static (ContractId, LocalDate)? OccurrenceKey(WorkOrderSnapshot snapshot) =>
        snapshot.Origin is { ContractId: { } contract, OccurrenceDate: { } date } ? (contract, date) : null;

    private static ConcurrencyConflict Conflict(WorkOrder workOrder, AggregateVersion? actual) =>
        new(nameof(WorkOrder), workOrder.Id.Value, workOrder.Version, actual);
}
