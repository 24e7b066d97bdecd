using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A draft revision of a workflow was started (WO-01).</summary>
/// <param name="WorkflowId">The new revision.</param>
/// <param name="WorkType">Its work type.</param>
/// <param name="Revision">Its revision number.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkflowDrafted(WorkflowId WorkflowId, string WorkType, int Revision, EmployeeId By, Instant OccurredAt) : IDomainEvent;
