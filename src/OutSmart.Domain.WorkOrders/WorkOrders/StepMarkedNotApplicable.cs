using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>An optional step of a work order was marked not applicable (WO-08).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="StepId">The step.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record StepMarkedNotApplicable(WorkOrderId WorkOrderId, string StepId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
