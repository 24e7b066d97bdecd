using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order was planned.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Origin">Where it came from: manual or a contract occurrence.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderPlanned(WorkOrderId WorkOrderId, WorkOrderOrigin Origin, EmployeeId By, Instant OccurredAt) : IDomainEvent;
