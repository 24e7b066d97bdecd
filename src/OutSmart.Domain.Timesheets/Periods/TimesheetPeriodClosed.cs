using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A timesheet period was closed: nothing in it can be created or changed.</summary>
/// <param name="PeriodId">The period.</param>
/// <param name="Days">Its days, both ends included.</param>
/// <param name="By">Who did it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record TimesheetPeriodClosed(TimesheetPeriodId PeriodId, DateInterval Days, EmployeeId By, Instant OccurredAt) : IDomainEvent;
