using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A task was closed and can no longer change.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskClosed(TaskId TaskId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
