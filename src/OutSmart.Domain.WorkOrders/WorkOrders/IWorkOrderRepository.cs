using System.Collections.Immutable;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The storage port for work orders; adapters live in <c>OutSmart.Domain.Storage.*</c> packages.</summary>
/// <remarks>
/// <para>Saving compares versions (optimistic concurrency): <see cref="AddAsync"/> and <see cref="SaveAsync"/> store the
/// work order only when the stored version equals the work order's <see cref="WorkOrder.Version"/>, then call
/// <see cref="WorkOrder.MarkSaved"/> with the next version. Domain events are left on the work order for the host to
/// dispatch after a successful save.</para>
/// <para>The contract occurrence key (<see cref="WorkOrderOrigin.Occurrence"/>: contract, schedule, target date and
/// object) is unique: <see cref="AddAsync"/> refuses a second work order for the same key with
/// <see cref="OccurrenceAlreadyPlanned"/>, also when two adds race on two hosts, so generation is exactly-once.</para>
/// <para>Every read returns a new work order instance: changing it changes nothing in storage until it is saved.</para>
/// <para>Queries are paged and ordered deterministically: by <see cref="WorkOrder.PlannedAt"/>, then by the id's
/// <see cref="Guid"/> order (<see cref="Guid.CompareTo(Guid)"/>).</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface IWorkOrderRepository
{
    /// <summary>Reads one work order.</summary>
    /// <param name="id">The work order's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The work order, or <see langword="null"/> when there is none with this id.</returns>
    Task<WorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken);

    /// <summary>Finds the work order a contract generated for an occurrence.</summary>
    /// <param name="occurrence">The occurrence key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The work order, or <see langword="null"/> when none is stored for this key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrence"/> is <see langword="null"/>.</exception>
    Task<WorkOrder?> FindByOccurrenceAsync(OccurrenceKey occurrence, CancellationToken cancellationToken);

    /// <summary>Stores a new work order.</summary>
    /// <param name="workOrder">A work order that was never saved (<see cref="AggregateVersion.New"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>; <see cref="ConcurrencyConflict"/> when a work order with this id is already
    /// stored; or <see cref="OccurrenceAlreadyPlanned"/> when another work order is stored for the same occurrence
    /// key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workOrder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="workOrder"/> was saved before.</exception>
    Task<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>> AddAsync(WorkOrder workOrder, CancellationToken cancellationToken);

    /// <summary>Stores many new work orders as one batch, in one transaction: a process killed meanwhile leaves the whole
    /// batch or none of it. Bulk generation writes a page of contracts' visits with one call.</summary>
    /// <param name="workOrders">Work orders that were never saved (<see cref="AggregateVersion.New"/>), in any number
    /// (zero included).</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled batch stores nothing.</param>
    /// <returns>One result per work order, in input order, as <see cref="AddAsync"/> would answer when the work orders
    /// were added one after another in that order: <see cref="Success"/> for a stored work order (which is then marked
    /// saved at version 1); <see cref="ConcurrencyConflict"/> when a work order with its id is stored already (by an
    /// earlier item of the batch too); or <see cref="OccurrenceAlreadyPlanned"/>, naming the stored work order, when its
    /// occurrence key is taken. A taken id or key is skipped, never an error: the other work orders are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workOrders"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A work order was saved before.</exception>
    Task<ImmutableArray<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>>> AddManyAsync(
        IReadOnlyList<WorkOrder> workOrders, CancellationToken cancellationToken);

    /// <summary>Stores the changes of a work order that was read from this repository.</summary>
    /// <param name="workOrder">The changed work order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when someone saved it first or it is not stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workOrder"/> is <see langword="null"/>.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, CancellationToken cancellationToken);

    /// <summary>Lists the work orders of a customer, in any status.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, in the order stated on the interface.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    Task<Page<WorkOrder>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Lists the work orders a contract planned, in any status.</summary>
    /// <param name="contractId">The contract.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, in the order stated on the interface.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    Task<Page<WorkOrder>> FindByContractAsync(ContractId contractId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Lists the work orders an employee is assigned to, in any status.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, in the order stated on the interface.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    Task<Page<WorkOrder>> FindByAssigneeAsync(EmployeeId employeeId, PageRequest page, CancellationToken cancellationToken);
}
