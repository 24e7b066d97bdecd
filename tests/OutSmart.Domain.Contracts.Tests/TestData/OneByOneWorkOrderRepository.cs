using System.Collections.Immutable;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts.Tests.TestData;

/// <summary>An in-memory work-order store whose batch add is a loop of single adds: the reference that a batched run
/// must match.</summary>
internal sealed class OneByOneWorkOrderRepository(InMemoryWorkOrderRepository inner) : IWorkOrderRepository
{
    public int Batches { get; private set; }

    public Task<WorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<WorkOrder?> FindByOccurrenceAsync(OccurrenceKey occurrence, CancellationToken cancellationToken) => inner.FindByOccurrenceAsync(occurrence, cancellationToken);

    public Task<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>> AddAsync(WorkOrder workOrder, CancellationToken cancellationToken) => inner.AddAsync(workOrder, cancellationToken);

    public async Task<ImmutableArray<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>> AddManyAsync(IReadOnlyList<WorkOrder> workOrders, CancellationToken cancellationToken)
    {
        Batches++;
        var results = ImmutableArray.CreateBuilder<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>();
        foreach (WorkOrder workOrder in workOrders)
        {
            results.Add(await inner.AddAsync(workOrder, cancellationToken));
        }
        return results.ToImmutable();
    }

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, CancellationToken cancellationToken) => inner.SaveAsync(workOrder, cancellationToken);

    public Task<Page<WorkOrder>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) => inner.FindByCustomerAsync(customerId, page, cancellationToken);

    public Task<Page<WorkOrder>> FindByContractAsync(ContractId contractId, PageRequest page, CancellationToken cancellationToken) => inner.FindByContractAsync(contractId, page, cancellationToken);

    public Task<Page<WorkOrder>> FindByAssigneeAsync(EmployeeId employeeId, PageRequest page, CancellationToken cancellationToken) => inner.FindByAssigneeAsync(employeeId, page, cancellationToken);
}
