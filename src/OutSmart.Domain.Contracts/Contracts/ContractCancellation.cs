using Ardalis.GuardClauses;

namespace OutSmart.Domain.Contracts;

/// <summary>Why a contract is terminated early: a reason and an optional comment (toelichting).</summary>
/// <remarks>The comment is trimmed and at most <see cref="MaxCommentLength"/> characters; an empty comment is allowed
/// except with <see cref="CancellationReason.Other"/>. Two cancellations are equal when reason and comment are.</remarks>
public sealed record ContractCancellation
{
    /// <summary>The longest comment, in characters.</summary>
    public const int MaxCommentLength = 2000;

    private ContractCancellation(CancellationReason reason, string comment)
    {
        Reason = reason;
        Comment = comment;
    }

    /// <summary>Gets the reason.</summary>
    public CancellationReason Reason { get; }

    /// <summary>Gets the comment, trimmed; may be empty.</summary>
    public string Comment { get; }

    /// <summary>Creates a cancellation.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="comment">The comment; required (not blank) with <see cref="CancellationReason.Other"/>.</param>
    /// <returns>The cancellation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The reason is undefined, the comment too long, or blank with
    /// <see cref="CancellationReason.Other"/>.</exception>
    public static ContractCancellation Create(CancellationReason reason, string comment)
    {
        Guard.Against.EnumOutOfRange(reason);
        Guard.Against.Null(comment);
        string trimmed = comment.Trim();
        Guard.Against.OutOfRange(trimmed.Length, nameof(comment), reason == CancellationReason.Other ? 1 : 0, MaxCommentLength);
        return new(reason, trimmed);
    }
}
