using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A form field of a work order was answered (or its answer replaced).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="FieldId">The field.</param>
/// <param name="Answer">The canonical answer.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record FieldAnswered(WorkOrderId WorkOrderId, string FieldId, string Answer, EmployeeId By, Instant OccurredAt) : IDomainEvent;
