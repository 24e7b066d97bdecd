using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A customer signed a work order (SIG-12).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="ContentHash">The content hash of the signature.</param>
/// <param name="SignerName">The signer's name, if given.</param>
/// <param name="CapturedBy">The employee whose device captured it.</param>
/// <param name="DeviceId">The capturing device.</param>
/// <param name="OccurredAt">The moment of capture (UTC).</param>
/// <param name="CapturedOffset">The UTC offset the device had at capture, for display; <see cref="Offset.Zero"/> when not given.</param>
/// <param name="Location">The GPS evidence, or <see langword="null"/> when none was given (the default, SIG-12).</param>
/// <param name="By">The employee of the actor who captured it.</param>
public sealed record SignatureCaptured(
    WorkOrderId WorkOrderId,
    string ContentHash,
    string? SignerName,
    EmployeeId CapturedBy,
    string DeviceId,
    Instant OccurredAt,
    Offset CapturedOffset,
    SignatureLocation? Location,
    EmployeeId By) : IDomainEvent;
