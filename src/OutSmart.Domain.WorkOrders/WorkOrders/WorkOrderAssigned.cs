using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>An employee was assigned to a work order.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="EmployeeId">The assigned employee.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderAssigned(WorkOrderId WorkOrderId, EmployeeId EmployeeId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
