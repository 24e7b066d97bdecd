using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>One entry of a work order's <see cref="SlaEventLog"/>: what happened and when.</summary>
/// <remarks>Two events are equal when their kind and instant are equal.</remarks>
public sealed record SlaEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public SlaEvent(SlaEventKind kind, Instant at)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        At = at;
    }

    /// <summary>Gets what happened.</summary>
    public SlaEventKind Kind { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }
}
