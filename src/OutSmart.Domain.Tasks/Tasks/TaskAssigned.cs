using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>An employee was assigned to a task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Assignee">The assigned employee.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskAssigned(TaskId TaskId, EmployeeId Assignee, EmployeeId By, Instant OccurredAt) : IDomainEvent;
