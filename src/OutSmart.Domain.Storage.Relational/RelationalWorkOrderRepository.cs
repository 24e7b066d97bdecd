using System.Data.Common;
using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="IWorkOrderRepository"/> over a relational database (table <c>work_orders</c>, with each work
/// order's assignees in <c>work_order_assignees</c>).</summary>
/// <remarks>
/// <para>Each add or save is one transaction: the row, compared on version (<c>UPDATE … WHERE id = @id AND version =
/// @expected</c>), and its assignee rows. A contract occurrence key (<see cref="OccurrenceKey"/>: contract, schedule,
/// target date and object, stored as its canonical text) is unique in the database, so the insert itself refuses a second work order for an occurrence, also when two processes race, and a
/// refused or interrupted add leaves nothing behind.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed partial class RelationalWorkOrderRepository : IWorkOrderRepository
{
    private readonly AggregateRows<WorkOrderSnapshot> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalWorkOrderRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<WorkOrderSnapshot>(store, nameof(WorkOrder), store.Dialect.SelectWorkOrderVersion);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<WorkOrder?> GetAsync(WorkOrderId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WorkOrderSnapshot? snapshot = await _rows.FindAsync(Dialect.SelectWorkOrder, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : WorkOrder.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<WorkOrder?> FindByOccurrenceAsync(OccurrenceKey occurrence, CancellationToken cancellationToken)
    {
        Guard.Against.Null(occurrence);
        cancellationToken.ThrowIfCancellationRequested();
        WorkOrderSnapshot? snapshot = await _rows.FindAsync(
            Dialect.SelectWorkOrderByOccurrence, [("occurrence_key", occurrence.ToString())], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : WorkOrder.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict, OccurrenceAlreadyPlanned>> AddAsync(WorkOrder workOrder, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrder);
        if (workOrder.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a work order that was never saved can be added; use SaveAsync.", nameof(workOrder));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = workOrder.Version.Next();
        WorkOrderSnapshot stored = workOrder.ToSnapshot().WithVersion(next);
        (string, object?)[] row =
        [
            ("id", Keys.Id(stored.Id.Value)),
            ("version", stored.Version.Value),
            ("planned_at", Keys.Instant(stored.PlannedAt)),
            ("customer", Keys.Id(stored.CustomerId.Value)),
            ("contract", stored.Origin.ContractId is { } contract ? Keys.Id(contract.Value) : null),
            ("occurrence_key", stored.Origin.Occurrence?.ToString()),
            ("snapshot", SnapshotJson.Write(stored)),
        ];
        var inserted = await _rows.InsertAsync(Dialect.InsertWorkOrder, row, (c, t, ct) => WriteAssigneesAsync(c, t, stored, ct), cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<WorkOrderSnapshot>.Insert.UniqueViolation)
        {
            if (await _rows.ConflictOnAddAsync(stored.Id.Value, CancellationToken.None).ConfigureAwait(false) is { } conflict)
            {
                return conflict;
            }
            if (stored.Origin.Occurrence is { } key
                && await _rows.TextAsync(Dialect.SelectWorkOrderIdByOccurrence, [("occurrence_key", key.ToString())], CancellationToken.None).ConfigureAwait(false) is { } planned)
            {
                return new OccurrenceAlreadyPlanned(key, new WorkOrderId(Guid.Parse(planned)));
            }
            throw new InvalidOperationException($"A unique index refused work order {stored.Id.Value}, but neither its id nor its occurrence is stored.");
        }
        workOrder.MarkSaved(next);
        return new Success();
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(WorkOrder workOrder, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workOrder);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion loaded = workOrder.Version;
        AggregateVersion next = loaded.Next();
        WorkOrderSnapshot stored = workOrder.ToSnapshot().WithVersion(next);
        (string, object?)[] row =
        [
            ("id", Keys.Id(stored.Id.Value)),
            ("expected", loaded.Value),
            ("version", stored.Version.Value),
            ("planned_at", Keys.Instant(stored.PlannedAt)),
            ("customer", Keys.Id(stored.CustomerId.Value)),
            ("snapshot", SnapshotJson.Write(stored)),
        ];
        // The origin never changes, so the occurrence key stays as it was added.
        return await _rows.SaveAsync(
            new(Dialect.UpdateWorkOrder, row, stored.Id.Value, loaded, (c, t, ct) => WriteAssigneesAsync(c, t, stored, ct)), workOrder.MarkSaved, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<Page<WorkOrder>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectWorkOrdersByCustomer, Dialect.CountWorkOrdersByCustomer, [("customer", Keys.Id(customerId.Value))], page, WorkOrder.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<WorkOrder>> FindByContractAsync(ContractId contractId, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectWorkOrdersByContract, Dialect.CountWorkOrdersByContract, [("contract", Keys.Id(contractId.Value))], page, WorkOrder.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<WorkOrder>> FindByAssigneeAsync(EmployeeId employeeId, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectWorkOrdersByAssignee, Dialect.CountWorkOrdersByAssignee, [("employee", Keys.Id(employeeId.Value))], page, WorkOrder.Rehydrate, cancellationToken);
    }

    private async Task WriteAssigneesAsync(DbConnection connection, DbTransaction transaction, WorkOrderSnapshot snapshot, CancellationToken cancellationToken)
    {
        string id = Keys.Id(snapshot.Id.Value);
        await Sql.ExecuteAsync(connection, transaction, Dialect.DeleteWorkOrderAssignees, [("id", id)], cancellationToken).ConfigureAwait(false);
        foreach (EmployeeId employee in snapshot.AssignedEmployees.Distinct())
        {
            await Sql.ExecuteAsync(connection, transaction, Dialect.InsertWorkOrderAssignee, [("id", id), ("employee", Keys.Id(employee.Value))], cancellationToken).ConfigureAwait(false);
        }
    }
}
