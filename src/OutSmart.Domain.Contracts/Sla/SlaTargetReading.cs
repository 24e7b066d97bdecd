using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>Where one SLA target stands when the clock is read: its deadline, its state and when its event happened.</summary>
/// <remarks>Created only by <see cref="SlaClock.Read"/>. Two readings are equal when all parts are equal.</remarks>
public sealed record SlaTargetReading
{
    internal SlaTargetReading(SlaTargetKind kind, Duration target, Instant? deadline, SlaState state, Instant? at, Duration counted)
    {
        Kind = kind;
        Target = target;
        Deadline = deadline;
        State = state;
        At = at;
        Counted = counted;
    }

    /// <summary>Gets which target this is.</summary>
    public SlaTargetKind Kind { get; }

    /// <summary>Gets the business time promised.</summary>
    public Duration Target { get; }

    /// <summary>
    /// Gets the earliest instant at which the business time counted reaches <see cref="Target"/>, or
    /// <see langword="null"/> while it is not known: the clock is paused, the target's event has not happened and the
    /// target had not been reached when the pause began.
    /// </summary>
    public Instant? Deadline { get; }

    /// <summary>Gets the state at the moment of reading.</summary>
    public SlaState State { get; }

    /// <summary>Gets when the target's event happened, or <see langword="null"/> when it has not happened yet.</summary>
    public Instant? At { get; }

    /// <summary>Gets the business time counted, outside pauses, from creation until the target's event or, when it has not happened, until the moment of reading.</summary>
    public Duration Counted { get; }
}
