using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Stores work orders with optimistic concurrency.</summary>
/// <remarks>
/// <para>The version is kept beside the aggregate: <see cref="GetAsync"/> returns it, and <see cref="SaveAsync"/>
/// stores only when the stored version still equals the one the caller loaded (<see cref="AggregateVersion.New"/>
/// for a work order that was never saved), then returns the next version. Otherwise it returns
/// <see cref="ConcurrencyConflict"/> and stores nothing.</para>
/// <para>Dispatching <see cref="WorkOrder.DomainEvents"/> after a successful save is the host's job.</para>
/// </remarks>
public interface IWorkOrderRepository
{
    /// <summary>Loads a work order and its version.</summary>
    /// <param name="id">The work order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The work order and its version, or <see langword="null"/> when it does not exist.</returns>
    Task<StoredWorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken = default);

    /// <summary>Finds the work order a contract planned for an occurrence date, so planning stays idempotent.</summary>
    /// <param name="contractId">The contract.</param>
    /// <param name="occurrenceDate">The occurrence date.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The work order and its version, or <see langword="null"/>.</returns>
    Task<StoredWorkOrder?> FindByOccurrenceAsync(ContractId contractId, NodaTime.LocalDate occurrenceDate, CancellationToken cancellationToken = default);

    /// <summary>Saves a work order when nobody saved it since it was loaded.</summary>
    /// <param name="workOrder">The work order.</param>
    /// <param name="expected">The version it was loaded with; <see cref="AggregateVersion.New"/> for a new one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new stored version, or <see cref="ConcurrencyConflict"/>.</returns>
    Task<OneOf<AggregateVersion, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, AggregateVersion expected, CancellationToken cancellationToken = default);
}
