using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A signature was removed from a work order before sending (SIG-11, SIG-12).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="ContentHash">The content hash of the removed signature.</param>
/// <param name="By">The employee of the actor who cleared it.</param>
/// <param name="OccurredAt">The moment it was cleared.</param>
public sealed record SignatureCleared(WorkOrderId WorkOrderId, string ContentHash, EmployeeId By, Instant OccurredAt) : IDomainEvent;
