using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order was marked completed: nothing blocked sending at that moment.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderCompleted(WorkOrderId WorkOrderId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
