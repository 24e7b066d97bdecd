namespace OutSmart.Domain.Contracts;

/// <summary>Where one SLA target stands at a given moment; see <see cref="SlaClock.Read"/> for the order in which they are decided.</summary>
public enum SlaState
{
    /// <summary>The target's event has not happened, the deadline is ahead and less than the warning share of the target has been used.</summary>
    OnTrack = 1,

    /// <summary>The target's event has not happened, the deadline is ahead or now, and at least the warning share of the target has been used.</summary>
    AtRisk = 2,

    /// <summary>The clock is paused and the deadline is not known until it resumes.</summary>
    Paused = 3,

    /// <summary>The target's event happened at or before the deadline, or while the deadline was not known (<i>gehaald</i>).</summary>
    Met = 4,

    /// <summary>The target's event happened after the deadline, or has not happened and the deadline has passed (<i>overschreden</i>).</summary>
    Breached = 5,
}
