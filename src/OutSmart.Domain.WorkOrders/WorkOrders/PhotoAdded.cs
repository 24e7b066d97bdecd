using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A photo was added to a work order.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="StepId">The photos step, or <see langword="null"/> for a general photo.</param>
/// <param name="ContentHash">The SHA-256 of the photo bytes, 64 lowercase hexadecimal digits.</param>
/// <param name="By">The employee of the actor who did it.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PhotoAdded(WorkOrderId WorkOrderId, string? StepId, string ContentHash, EmployeeId By, Instant OccurredAt) : IDomainEvent;
