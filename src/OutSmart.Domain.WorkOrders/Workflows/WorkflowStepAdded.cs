using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A step was appended to a draft workflow revision (WO-01).</summary>
/// <param name="WorkflowId">The draft.</param>
/// <param name="StepId">The added step.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkflowStepAdded(WorkflowId WorkflowId, string StepId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
