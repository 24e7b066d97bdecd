using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A timesheet entry was changed by an edit or a re-import.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="EmployeeId">Whose hours they are.</param>
/// <param name="By">Who did it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record TimesheetEntryEdited(TimesheetEntryId EntryId, EmployeeId EmployeeId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
