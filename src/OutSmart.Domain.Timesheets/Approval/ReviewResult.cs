using System.Collections.Immutable;

namespace OutSmart.Domain.Timesheets;

/// <summary>The result of a bulk approval or rejection: exactly one <see cref="EntryReview"/> per entry given, in the
/// order given; ineligible entries are reported, never skipped (TS-26).</summary>
/// <remarks>Two results are equal when their reviews are equal item by item.</remarks>
public sealed record ReviewResult
{
    internal ReviewResult(ImmutableArray<EntryReview> reviews)
    {
        Reviews = reviews;
        int done = 0;
        foreach (EntryReview review in reviews)
        {
            done += review.Outcome == ReviewOutcome.Refused ? 0 : 1;
        }
        DoneCount = done;
    }

    /// <summary>Gets one review per entry, in the order the entries were given.</summary>
    public ImmutableArray<EntryReview> Reviews { get; }

    /// <summary>Gets how many entries were approved or rejected.</summary>
    public int DoneCount { get; }

    /// <summary>Gets how many entries were refused.</summary>
    public int RefusedCount => Reviews.Length - DoneCount;

    /// <inheritdoc />
    public bool Equals(ReviewResult? other) => other is not null && Reviews.SequenceEqual(other.Reviews);

    /// <inheritdoc />
    public override int GetHashCode() => Reviews.Length;
}
