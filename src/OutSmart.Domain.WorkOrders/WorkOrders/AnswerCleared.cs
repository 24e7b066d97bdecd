using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The answer of a form field of a work order was removed.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="FieldId">The field.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record AnswerCleared(WorkOrderId WorkOrderId, string FieldId, EmployeeId By, Instant OccurredAt) : IDomainEvent;
