using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A step of a work order marked not applicable or cannot complete was reopened.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="StepId">The step.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record StepReopened(WorkOrderId WorkOrderId, string StepId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
