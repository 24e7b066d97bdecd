using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>Work on a task started.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskStarted(TaskId TaskId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
