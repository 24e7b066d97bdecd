using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The start or due of a task changed.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Schedule">The new schedule.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskRescheduled(TaskId TaskId, TaskSchedule Schedule, EmployeeId By, Instant OccurredAt) : IDomainEvent;
