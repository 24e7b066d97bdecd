using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Work on a planned or completed work order started (again).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderStarted(WorkOrderId WorkOrderId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
