using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A photo attached to a work order, by the SHA-256 hash of its bytes (the bytes live elsewhere).</summary>
/// <remarks>
/// <para>Added by <see cref="WorkOrder.AddPhoto"/>; storage adapters restore a stored one with <see cref="Rehydrate"/>.</para>
/// <para>Two references are equal when all parts are equal.</para>
/// </remarks>
public sealed record PhotoReference
{
    private PhotoReference(string? stepId, string contentHash, Instant takenAt)
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

    /// <summary>Restores a photo reference from stored values, for storage adapters.</summary>
    /// <param name="stepId">The stored photos step id, or <see langword="null"/> for a general photo.</param>
    /// <param name="contentHash">The stored SHA-256 of the image bytes: 64 lowercase hexadecimal digits.</param>
    /// <param name="takenAt">The stored moment it was added.</param>
    /// <returns>The reference.</returns>
    /// <remarks>The step id is not checked against a workflow here; <see cref="WorkOrder.Rehydrate"/> trusts its snapshot.</remarks>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is empty or white space, or <paramref name="contentHash"/> is not 64 lowercase hexadecimal digits.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="contentHash"/> is <see langword="null"/>.</exception>
    public static PhotoReference Rehydrate(string? stepId, string contentHash, Instant takenAt)
    {
        if (stepId is not null)
        {
            Guard.Against.NullOrWhiteSpace(stepId);
        }
        return new PhotoReference(stepId, Guard.Against.InvalidSha256Hex(contentHash), takenAt);
    }

    internal static PhotoReference Add(string? stepId, string contentHash, Instant takenAt) => new(stepId, contentHash, takenAt);
}
