using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>An employee's timer stopped on a work order.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="EmployeeId">The employee whose timer stopped.</param>
/// <param name="Registered">The hours it registered, or <see langword="null"/> when no time had passed.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record TimerStopped(WorkOrderId WorkOrderId, EmployeeId EmployeeId, HourRegistration? Registered, EmployeeId By, Instant OccurredAt) : IDomainEvent;
