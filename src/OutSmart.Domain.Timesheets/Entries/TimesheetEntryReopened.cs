using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A timesheet entry was reopened from approved to draft.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="EmployeeId">Whose hours they are.</param>
/// <param name="By">Who did it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record TimesheetEntryReopened(TimesheetEntryId EntryId, EmployeeId EmployeeId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
