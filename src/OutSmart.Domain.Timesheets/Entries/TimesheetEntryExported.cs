using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A timesheet entry was exported to payroll in a batch.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="EmployeeId">Whose hours they are.</param>
/// <param name="Batch">The export batch.</param>
/// <param name="By">Who exported it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record TimesheetEntryExported(TimesheetEntryId EntryId, EmployeeId EmployeeId, ExportBatchId Batch, EmployeeId By, Instant OccurredAt) : IDomainEvent;
