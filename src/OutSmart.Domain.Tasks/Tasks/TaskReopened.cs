using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A completed or stopped task was reopened.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskReopened(TaskId TaskId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
