using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A task was stopped before completion.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Reason">Why, or <see langword="null"/>.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskStopped(TaskId TaskId, string? Reason, EmployeeId By, Instant OccurredAt) : IDomainEvent;
