using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.TestData;

/// <summary>A minimal repository for service tests: stores snapshots, and before each of the first
/// <see cref="ConcurrentWritesBeforeSave"/> saves lets "someone else" save a change first.</summary>
internal sealed class ScriptedWorkOrderRepository : IWorkOrderRepository
{
    private readonly Dictionary<WorkOrderId, WorkOrderSnapshot> _orders = [];

    public int ConcurrentWritesBeforeSave { get; set; }

    public Action<WorkOrder> ConcurrentChange { get; set; } = o => o.WriteNotes(null, "Someone else was first", WorkOrderFixtures.Office, WorkOrderFixtures.Now);

    public int Loads { get; private set; }

    public int Saves { get; private set; }

    public void Store(WorkOrder order) => _orders[order.Id] = order.ToSnapshot().WithVersion(AggregateVersion.From(1));

    public Task<WorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken)
    {
        Loads++;
        return Task.FromResult(_orders.TryGetValue(id, out WorkOrderSnapshot? s) ? WorkOrder.Rehydrate(s) : null);
    }

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, CancellationToken cancellationToken)
    {
        Saves++;
        if (ConcurrentWritesBeforeSave > 0)
        {
            ConcurrentWritesBeforeSave--;
            WorkOrder theirs = WorkOrder.Rehydrate(_orders[workOrder.Id]);
            ConcurrentChange(theirs);
            _orders[workOrder.Id] = theirs.ToSnapshot().WithVersion(theirs.Version.Next());
        }
        AggregateVersion stored = _orders[workOrder.Id].Version;
        if (stored != workOrder.Version)
        {
            return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new ConcurrencyConflict(nameof(WorkOrder), workOrder.Id.Value, workOrder.Version, stored));
        }
        _orders[workOrder.Id] = workOrder.ToSnapshot().WithVersion(workOrder.Version.Next());
        workOrder.MarkSaved(workOrder.Version.Next());
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    public Task<WorkOrder?> FindByOccurrenceAsync(OccurrenceKey occurrence, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>> AddAsync(WorkOrder workOrder, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<System.Collections.Immutable.ImmutableArray<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>> AddManyAsync(
        IReadOnlyList<WorkOrder> workOrders, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Page<WorkOrder>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Page<WorkOrder>> FindByContractAsync(ContractId contractId, PageRequest page, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Page<WorkOrder>> FindByAssigneeAsync(EmployeeId employeeId, PageRequest page, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
