using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>An SLA clock read at one moment: one <see cref="SlaTargetReading"/> per target the agreement promises.</summary>
/// <remarks>Created only by <see cref="SlaClock.Read"/>. Two readings are equal when their moments and target readings are equal.</remarks>
public sealed class SlaReading : IEquatable<SlaReading>
{
    internal SlaReading(Instant now, ImmutableArray<SlaTargetReading> targets)
    {
        Now = now;
        Targets = targets;
    }

    /// <summary>Gets the moment the clock was read.</summary>
    public Instant Now { get; }

    /// <summary>Gets the readings of the promised targets, in the order response, on site, resolution.</summary>
    public ImmutableArray<SlaTargetReading> Targets { get; }

    /// <summary>Returns the reading of <paramref name="kind"/>.</summary>
    /// <param name="kind">Which target.</param>
    /// <returns>The reading, or <see langword="null"/> when the agreement does not promise that target.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public SlaTargetReading? Get(SlaTargetKind kind)
    {
        Guard.Against.EnumOutOfRange(kind);
        foreach (SlaTargetReading reading in Targets)
        {
            if (reading.Kind == kind)
            {
                return reading;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public bool Equals(SlaReading? other) =>
        other is not null && (ReferenceEquals(this, other) || (Now == other.Now && Targets.SequenceEqual(other.Targets)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaReading);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Now);
        foreach (SlaTargetReading reading in Targets)
        {
            hash.Add(reading);
        }
        return hash.ToHashCode();
    }
}
