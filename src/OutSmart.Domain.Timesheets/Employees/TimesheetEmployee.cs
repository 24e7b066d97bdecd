using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>An employee's timesheet settings: whether timesheets are switched on for them ("timesheet ingeschakeld")
/// and the zone their local times and dates are in.</summary>
/// <remarks>
/// <para>Registration and import are refused with <see cref="TimesheetDisabled"/> while <see cref="IsEnabled"/> is off.
/// Who approves the employee's hours is the organisation's structure, <see cref="TimesheetApprovers"/>.</para>
/// <para>Two values are equal when employee, switch and zone id are equal.</para>
/// </remarks>
public sealed record TimesheetEmployee
{
    private TimesheetEmployee(EmployeeId employeeId, bool isEnabled, DateTimeZone zone)
    {
        EmployeeId = employeeId;
        IsEnabled = isEnabled;
        Zone = zone;
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets a value indicating whether the employee registers hours (the default when created with <see cref="Enabled"/>).</summary>
    public bool IsEnabled { get; }

    /// <summary>Gets the zone of the employee's wall clock, which decides an entry's date.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Creates settings with timesheets switched on.</summary>
    /// <param name="employeeId">Not empty.</param>
    /// <param name="zone">The employee's zone.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static TimesheetEmployee Enabled(EmployeeId employeeId, DateTimeZone zone) =>
        new(Guard.Against.Default(employeeId), true, Guard.Against.Null(zone));

    /// <summary>Creates settings with timesheets switched off.</summary>
    /// <param name="employeeId">Not empty.</param>
    /// <param name="zone">The employee's zone.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static TimesheetEmployee Disabled(EmployeeId employeeId, DateTimeZone zone) =>
        new(Guard.Against.Default(employeeId), false, Guard.Against.Null(zone));

    /// <summary>Returns these settings with the switch changed.</summary>
    /// <param name="enabled">The new switch.</param>
    /// <returns>A new value.</returns>
    public TimesheetEmployee WithEnabled(bool enabled) => new(EmployeeId, enabled, Zone);

    /// <inheritdoc />
    public bool Equals(TimesheetEmployee? other) =>
        other is not null && EmployeeId == other.EmployeeId && IsEnabled == other.IsEnabled && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EmployeeId, IsEnabled);
}
