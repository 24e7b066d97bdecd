using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A task was created.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Owner">The owner.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TaskCreated(TaskId TaskId, EmployeeId Owner, EmployeeId By, Instant OccurredAt) : IDomainEvent;
