using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A task was completed; its reminders were cancelled.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskCompleted(TaskId TaskId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
