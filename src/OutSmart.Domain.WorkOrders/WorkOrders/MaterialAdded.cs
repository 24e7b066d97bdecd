using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Used material was registered on a work order.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Line">The material line.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record MaterialAdded(WorkOrderId WorkOrderId, MaterialLine Line, EmployeeId By, Instant OccurredAt) : IDomainEvent;
