using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A not-started work order got a new planned time or deadline (WO-11).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Previous">The schedule before.</param>
/// <param name="Schedule">The schedule now.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderRescheduled(WorkOrderId WorkOrderId, WorkOrderSchedule Previous, WorkOrderSchedule Schedule, EmployeeId By, Instant OccurredAt) : IDomainEvent;
