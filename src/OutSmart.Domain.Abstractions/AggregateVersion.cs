using Ardalis.GuardClauses;

namespace OutSmart.Domain.Abstractions;

/// <summary>The optimistic-concurrency version of an aggregate: how many times it has been saved.</summary>
/// <remarks>
/// <para>The default value, <see cref="New"/> (zero), means "never saved". A storage port saves an aggregate only when
/// the version it holds equals the version the aggregate was loaded with, then stores <see cref="Next"/>; otherwise
/// it returns <see cref="ConcurrencyConflict"/> and stores nothing.</para>
/// </remarks>
public readonly record struct AggregateVersion : IComparable<AggregateVersion>
{
    private AggregateVersion(long value) => Value = value;

    /// <summary>Gets the version of an aggregate that has never been saved.</summary>
    public static AggregateVersion New => default;

    /// <summary>Gets the number of saves; zero or more.</summary>
    public long Value { get; }

    /// <summary>Creates a version from a stored number.</summary>
    /// <param name="value">Zero or more.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative.</exception>
    public static AggregateVersion From(long value) => new(Guard.Against.Negative(value));

    /// <summary>Returns the version that follows this one after a save.</summary>
    /// <returns>This version plus one.</returns>
    public AggregateVersion Next() => new(checked(Value + 1));

    /// <summary>Checks that <paramref name="savedVersion"/> is the version a save of this one stores; for an aggregate's
    /// <c>MarkSaved</c>.</summary>
    /// <param name="savedVersion">The version a storage adapter says it stored.</param>
    /// <returns><paramref name="savedVersion"/>, which equals <see cref="Next"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> is not <see cref="Next"/>.</exception>
    public AggregateVersion ConfirmSaved(AggregateVersion savedVersion) =>
        savedVersion == Next()
            ? savedVersion
            : throw new ArgumentException($"The saved version must be {Next()}.", nameof(savedVersion));

    /// <inheritdoc />
    public int CompareTo(AggregateVersion other) => Value.CompareTo(other.Value);

    /// <summary>Returns the number, for logs.</summary>
    /// <returns>The <see cref="Value"/> in invariant culture.</returns>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older.</returns>
    public static bool operator <(AggregateVersion left, AggregateVersion right) => left.Value < right.Value;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer.</returns>
    public static bool operator >(AggregateVersion left, AggregateVersion right) => left.Value > right.Value;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is older or the same.</returns>
    public static bool operator <=(AggregateVersion left, AggregateVersion right) => left.Value <= right.Value;

    /// <summary>Compares two versions.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is newer or the same.</returns>
    public static bool operator >=(AggregateVersion left, AggregateVersion right) => left.Value >= right.Value;
}
