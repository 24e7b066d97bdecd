using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A work order was sent to the back office (WO-07, SIG-12); Timesheets import <see cref="Hours"/> from it.</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="SendId">The send id, for idempotent processing.</param>
/// <param name="Status"><see cref="WorkOrderStatus.Sent"/> or <see cref="WorkOrderStatus.CannotComplete"/>.</param>
/// <param name="Content">The content snapshot at sending.</param>
/// <param name="Signature">The signature, or <see langword="null"/> when none was captured.</param>
/// <param name="ContentHash">The signature's content hash (equal to a fresh computation, since stale signatures block sending), or <see langword="null"/>.</param>
/// <param name="Hours">The registered hours.</param>
/// <param name="By">The employee of the actor who sent it.</param>
/// <param name="OccurredAt">The moment of sending.</param>
public sealed record WorkOrderSent(
    WorkOrderId WorkOrderId,
    SendId SendId,
    WorkOrderStatus Status,
    WorkOrderContent Content,
    Signature? Signature,
    string? ContentHash,
    ImmutableArray<HourRegistration> Hours,
    EmployeeId By,
    Instant OccurredAt) : IDomainEvent
{
    /// <inheritdoc />
    public bool Equals(WorkOrderSent? other) =>
        other is not null && WorkOrderId == other.WorkOrderId && SendId == other.SendId && Status == other.Status
        && Content.Equals(other.Content) && Equals(Signature, other.Signature) && ContentHash == other.ContentHash
        && Hours.SequenceEqual(other.Hours) && By == other.By && OccurredAt == other.OccurredAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkOrderId, SendId, ContentHash, OccurredAt);
}
