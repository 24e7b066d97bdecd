using System.Collections;
using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// A lazy sequence of the occurrences of a <see cref="ZonedRecurrenceSet"/>, as strictly increasing zoned date-times.
/// </summary>
/// <remarks>
/// <c>foreach</c> over this struct uses <see cref="ZonedRecurrenceOccurrenceEnumerator"/> and allocates nothing per
/// occurrence. Every enumeration starts afresh and yields the same values. The default value is empty.
/// </remarks>
public readonly struct ZonedRecurrenceOccurrences : IEnumerable<ZonedDateTime>, IEquatable<ZonedRecurrenceOccurrences>
{
    private readonly ZonedRecurrenceSet? _set;
    private readonly long _lowerUtcKey;
    private readonly long _upperUtcKey;

    internal ZonedRecurrenceOccurrences(ZonedRecurrenceSet set, long lowerUtcKey, long upperUtcKey)
    {
        _set = set;
        _lowerUtcKey = lowerUtcKey;
        _upperUtcKey = upperUtcKey;
    }

    /// <summary>Returns an enumerator that walks the occurrences in ascending order.</summary>
    /// <returns>A struct enumerator.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ZonedRecurrenceOccurrenceEnumerator GetEnumerator() => new(_set, _lowerUtcKey, _upperUtcKey);

    /// <summary>Copies the first occurrences into <paramref name="destination"/> until it is full or the sequence ends.</summary>
    /// <param name="destination">The buffer to fill from its start.</param>
    /// <returns>The number of occurrences written.</returns>
    public int CopyTo(Span<ZonedDateTime> destination)
    {
        int count = 0;
        if (destination.IsEmpty)
        {
            return 0;
        }
        foreach (var occurrence in this)
        {
            destination[count++] = occurrence;
            if (count == destination.Length)
            {
                break;
            }
        }
        return count;
    }

    /// <inheritdoc />
    IEnumerator<ZonedDateTime> IEnumerable<ZonedDateTime>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares the set (by reference) and the bounds.</summary>
    /// <param name="other">The sequence to compare with.</param>
    /// <returns><see langword="true"/> when both describe the same occurrences of the same set.</returns>
    public bool Equals(ZonedRecurrenceOccurrences other) =>
        ReferenceEquals(_set, other._set) && _lowerUtcKey == other._lowerUtcKey && _upperUtcKey == other._upperUtcKey;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ZonedRecurrenceOccurrences other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_set, _lowerUtcKey, _upperUtcKey);

    /// <summary>Compares two sequences with <see cref="Equals(ZonedRecurrenceOccurrences)"/>.</summary>
    /// <param name="left">The first sequence.</param>
    /// <param name="right">The second sequence.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ZonedRecurrenceOccurrences left, ZonedRecurrenceOccurrences right) => left.Equals(right);

    /// <summary>Compares two sequences with <see cref="Equals(ZonedRecurrenceOccurrences)"/>.</summary>
    /// <param name="left">The first sequence.</param>
    /// <param name="right">The second sequence.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ZonedRecurrenceOccurrences left, ZonedRecurrenceOccurrences right) => !left.Equals(right);
}
