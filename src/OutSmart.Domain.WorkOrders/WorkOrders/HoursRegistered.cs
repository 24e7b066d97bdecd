using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Hours were registered on a work order.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Registration">The hours.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record HoursRegistered(WorkOrderId WorkOrderId, HourRegistration Registration, EmployeeId By, Instant OccurredAt) : IDomainEvent;
