using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A timesheet period was reopened by someone with the override permission.</summary>
/// <param name="PeriodId">The period.</param>
/// <param name="Days">Its days, both ends included.</param>
/// <param name="By">Who did it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record TimesheetPeriodReopened(TimesheetPeriodId PeriodId, DateInterval Days, EmployeeId By, Instant OccurredAt) : IDomainEvent;
