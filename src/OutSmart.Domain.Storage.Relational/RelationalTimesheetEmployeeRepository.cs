using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="ITimesheetEmployeeRepository"/> over a relational database (table <c>timesheet_employees</c>,
/// one row per employee).</summary>
/// <remarks>Settings are a value without a version: a save is one insert-or-replace statement, and the last write wins,
/// as the port says. All members are thread-safe.</remarks>
public sealed class RelationalTimesheetEmployeeRepository : ITimesheetEmployeeRepository
{
    private readonly AggregateRows<TimesheetEmployee> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalTimesheetEmployeeRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<TimesheetEmployee>(store, nameof(TimesheetEmployee), store.Dialect.SelectTimesheetEmployee);
    }

    /// <inheritdoc />
    public Task<TimesheetEmployee?> GetAsync(EmployeeId employeeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _rows.FindAsync(_rows.Dialect.SelectTimesheetEmployee, [("employee", Keys.Id(employeeId.Value))], cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveAsync(TimesheetEmployee employee, CancellationToken cancellationToken)
    {
        Guard.Against.Null(employee);
        return _rows.ExecuteAsync(
            _rows.Dialect.UpsertTimesheetEmployee, [("employee", Keys.Id(employee.EmployeeId.Value)), ("snapshot", SnapshotJson.Write(employee))], cancellationToken);
    }
}
