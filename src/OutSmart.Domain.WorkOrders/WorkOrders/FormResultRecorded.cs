using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The technician recorded (or replaced) the overall result of a form step (WO-10).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="StepId">The form step.</param>
/// <param name="Result">The new result.</param>
/// <param name="Previous">The result it replaced, or <see langword="null"/>.</param>
/// <param name="By">The employee of the actor who recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record FormResultRecorded(WorkOrderId WorkOrderId, string StepId, FormResult Result, FormResult? Previous, EmployeeId By, Instant OccurredAt) : IDomainEvent;
