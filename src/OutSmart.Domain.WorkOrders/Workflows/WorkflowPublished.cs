using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A workflow revision was published; from now on it never changes (WO-01).</summary>
/// <param name="WorkflowId">The published revision.</param>
/// <param name="WorkType">Its work type.</param>
/// <param name="Revision">Its revision number.</param>
/// <param name="By">The employee who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record WorkflowPublished(WorkflowId WorkflowId, string WorkType, int Revision, EmployeeId By, Instant OccurredAt) : IDomainEvent;
