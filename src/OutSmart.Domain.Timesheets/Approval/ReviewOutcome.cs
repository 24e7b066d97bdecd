namespace OutSmart.Domain.Timesheets;

/// <summary>What a bulk review did with one entry.</summary>
public enum ReviewOutcome
{
    /// <summary>Approved.</summary>
    Approved = 0,

    /// <summary>Rejected with the review's reason.</summary>
    Rejected = 1,

    /// <summary>Not changed: the entry was ineligible, and <see cref="EntryReview.Refusal"/> says why.</summary>
    Refused = 2,
}
