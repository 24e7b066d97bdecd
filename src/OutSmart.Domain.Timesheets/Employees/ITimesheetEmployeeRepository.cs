using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Stores the employees' timesheet settings (<see cref="TimesheetEmployee"/>).</summary>
/// <remarks>Settings are a value, not an aggregate: a save replaces what is stored (the last write wins) and has no
/// version. An employee without stored settings has no timesheet: <see cref="TimesheetCommands"/> refuses
/// registration with <see cref="TimesheetDisabled"/>.</remarks>
public interface ITimesheetEmployeeRepository
{
    /// <summary>Loads an employee's settings.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The settings, or <see langword="null"/> when none are stored.</returns>
    Task<TimesheetEmployee?> GetAsync(EmployeeId employeeId, CancellationToken cancellationToken);

    /// <summary>Stores an employee's settings, replacing earlier ones.</summary>
    /// <param name="employee">The settings.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns>A task that completes when the settings are stored.</returns>
    Task SaveAsync(TimesheetEmployee employee, CancellationToken cancellationToken);
}
