using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The period is already closed (on close) or already open (on reopen).</summary>
/// <param name="PeriodId">The period.</param>
/// <param name="IsClosed">Whether it is closed now.</param>
public sealed record TimesheetPeriodTransitionInvalid(TimesheetPeriodId PeriodId, bool IsClosed) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_PERIOD_TRANSITION_INVALID";

    /// <inheritdoc />
    public string Message => IsClosed ? "This period is already closed." : "This period is open; only a closed period can be reopened.";
}

/// <summary>Closing or reopening a period needs a permission the actor lacks (TS-16): closing needs the admin or the
/// override permission, reopening the override permission (<see cref="TimesheetPermissions"/>).</summary>
/// <param name="PeriodId">The period.</param>
/// <param name="Permission">The permission that is missing.</param>
public sealed record TimesheetPeriodOverrideRequired(TimesheetPeriodId PeriodId, string Permission) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_PERIOD_OVERRIDE_REQUIRED";

    /// <inheritdoc />
    public string Message => $"Only someone with the permission '{Permission}' may do this to a timesheet period.";
}

/// <summary>A storage port refused to add a period that shares days with a stored one: periods never overlap.</summary>
/// <param name="Days">The days of the period to add.</param>
/// <param name="ExistingPeriodId">The stored period it overlaps.</param>
public sealed record TimesheetPeriodOverlaps(DateInterval Days, TimesheetPeriodId ExistingPeriodId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_PERIOD_OVERLAPS";

    /// <inheritdoc />
    public string Message => $"The period {Days} overlaps an existing period.";
}

/// <summary>No period with the id is stored.</summary>
/// <param name="PeriodId">The id.</param>
public sealed record TimesheetPeriodNotFound(TimesheetPeriodId PeriodId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_PERIOD_NOT_FOUND";

    /// <inheritdoc />
    public string Message => $"Timesheet period {PeriodId} does not exist.";
}
