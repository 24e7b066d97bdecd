namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// What a rule does with a date it generates that does not exist (RFC 7529 <c>SKIP</c>): the 31st of a 30-day month,
/// February 29 in a common year, February 30 or 31.
/// </summary>
/// <remarks>
/// Only <see cref="RecurrenceRule.HasRscale"/> rules (<c>RSCALE=GREGORIAN</c>) may carry a <c>SKIP</c>. A date moved by
/// <see cref="Backward"/> or <see cref="Forward"/> that is already an occurrence (<c>BYMONTHDAY=30,31</c> in February)
/// occurs once, and <c>COUNT</c> counts it once.
/// </remarks>
public enum RecurrenceSkip
{
    /// <summary>The date is left out (<c>SKIP=OMIT</c>, the default and the RFC 5545 behaviour).</summary>
    Omit = 0,

    /// <summary>The date becomes the last day of its month (<c>SKIP=BACKWARD</c>): the 31st of April is April 30, February 29 in a common year is February 28.</summary>
    Backward = 1,

    /// <summary>The date becomes the first day of the next month (<c>SKIP=FORWARD</c>): the 31st of April is May 1, February 29 in a common year is March 1.</summary>
    Forward = 2,
}
