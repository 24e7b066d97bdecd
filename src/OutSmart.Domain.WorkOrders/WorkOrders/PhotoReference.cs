using NodaTime;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A photo attached to a work order, by the SHA-256 hash of its bytes (the bytes live elsewhere).</summary>
/// <remarks>Created only by <see cref="WorkOrder.AddPhoto"/>. Two references are equal when all parts are equal.</remarks>
public sealed record PhotoReference
{
    internal PhotoReference(string? stepId, string contentHash, Instant takenAt)
    {
        StepId = stepId;
        ContentHash = contentHash;
        TakenAt = takenAt;
    }

    /// <summary>Gets the photos step it belongs to, or <see langword="null"/> for a general photo.</summary>
    public string? StepId { get; }

    /// <summary>Gets the SHA-256 of the image bytes as 64 lowercase hexadecimal digits.</summary>
    public string ContentHash { get; }

    /// <summary>Gets when it was added.</summary>
    public Instant TakenAt { get; }
}
