using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A required step of a work order ended as cannot complete (WO-08).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="StepId">The step.</param>
/// <param name="Reason">Why, trimmed.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record StepMarkedCannotComplete(WorkOrderId WorkOrderId, string StepId, string Reason, EmployeeId By, Instant OccurredAt) : IDomainEvent;
