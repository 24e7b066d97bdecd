using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A changed company or device policy was applied to a work order before sending.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Policy">The policy now in force.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkOrderPolicyApplied(WorkOrderId WorkOrderId, WorkOrderPolicy Policy, EmployeeId By, Instant OccurredAt) : IDomainEvent;
