using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A not-started work order was cancelled (geannuleerd) and is read-only from now on (WO-11).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Reason">Why, trimmed, 1–<see cref="WorkOrder.MaxCancelReasonLength"/> characters.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderCancelled(WorkOrderId WorkOrderId, string Reason, EmployeeId By, Instant OccurredAt) : IDomainEvent;
