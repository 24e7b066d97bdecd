using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>An employee's timer started on a work order.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="EmployeeId">The employee whose time runs.</param>
/// <param name="HourType">The hour type the hours will get.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TimerStarted(WorkOrderId WorkOrderId, EmployeeId EmployeeId, string HourType, EmployeeId By, Instant OccurredAt) : IDomainEvent;
