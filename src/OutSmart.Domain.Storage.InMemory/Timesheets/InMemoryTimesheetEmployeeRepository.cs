using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="ITimesheetEmployeeRepository"/>: the last save of an employee's settings wins.</summary>
/// <remarks>Settings are immutable values, so they are stored as given. Nothing survives the process.</remarks>
public sealed class InMemoryTimesheetEmployeeRepository : ITimesheetEmployeeRepository
{
    private readonly ConcurrentDictionary<EmployeeId, TimesheetEmployee> _employees = new();

    /// <summary>Gets how many employees have settings.</summary>
    public int Count => _employees.Count;

    /// <inheritdoc />
    public Task<TimesheetEmployee?> GetAsync(EmployeeId employeeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_employees.TryGetValue(employeeId, out TimesheetEmployee? employee) ? employee : null);
    }

    /// <inheritdoc />
    public Task SaveAsync(TimesheetEmployee employee, CancellationToken cancellationToken)
    {
        Guard.Against.Null(employee);
        cancellationToken.ThrowIfCancellationRequested();
        _employees[employee.EmployeeId] = employee;
        return Task.CompletedTask;
    }
}
