using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A timesheet entry was rejected with a reason; the employee is to be notified, edits and resubmits.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="EmployeeId">Whose hours they are.</param>
/// <param name="By">Who rejected it.</param>
/// <param name="Reason">Why.</param>
/// <param name="OccurredAt">When.</param>
public sealed record TimesheetEntryRejected(TimesheetEntryId EntryId, EmployeeId EmployeeId, EmployeeId By, string Reason, Instant OccurredAt) : IDomainEvent;
