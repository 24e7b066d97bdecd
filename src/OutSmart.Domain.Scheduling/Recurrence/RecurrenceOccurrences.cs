using System.Collections;
using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// A lazy, ascending sequence of the floating occurrences of a <see cref="RecurrenceSet"/>, from
/// <see cref="RecurrenceSet.GetOccurrences"/> or <see cref="RecurrenceSet.Between"/>.
/// </summary>
/// <remarks>
/// <c>foreach</c> over this struct uses <see cref="RecurrenceOccurrenceEnumerator"/> and allocates nothing per
/// occurrence; <see cref="CopyTo"/> fills a caller's buffer. LINQ works too, through <see cref="IEnumerable{T}"/>
/// (one boxed enumerator). Every enumeration starts afresh and yields the same values. The default value is empty.
/// </remarks>
public readonly struct RecurrenceOccurrences : IEnumerable<LocalDateTime>, IEquatable<RecurrenceOccurrences>
{
    private readonly RecurrenceSet? _set;
    private readonly long _lowerKey;
    private readonly long _upperKey;

    internal RecurrenceOccurrences(RecurrenceSet set, long lowerKey, long upperKey)
    {
        _set = set;
        _lowerKey = lowerKey;
        _upperKey = upperKey;
    }

    /// <summary>Returns an enumerator that walks the occurrences in ascending order.</summary>
    /// <returns>A struct enumerator.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RecurrenceOccurrenceEnumerator GetEnumerator() => new(_set, _lowerKey, _upperKey);

    /// <summary>Copies the first occurrences into <paramref name="destination"/> until it is full or the sequence ends.</summary>
    /// <param name="destination">The buffer to fill from its start.</param>
    /// <returns>The number of occurrences written.</returns>
    public int CopyTo(Span<LocalDateTime> destination)
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
    IEnumerator<LocalDateTime> IEnumerable<LocalDateTime>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares the set (by reference) and the bounds.</summary>
    /// <param name="other">The sequence to compare with.</param>
    /// <returns><see langword="true"/> when both describe the same occurrences of the same set.</returns>
    public bool Equals(RecurrenceOccurrences other) =>
        ReferenceEquals(_set, other._set) && _lowerKey == other._lowerKey && _upperKey == other._upperKey;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecurrenceOccurrences other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_set, _lowerKey, _upperKey);

    /// <summary>Compares two sequences with <see cref="Equals(RecurrenceOccurrences)"/>.</summary>
    /// <param name="left">The first sequence.</param>
    /// <param name="right">The second sequence.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(RecurrenceOccurrences left, RecurrenceOccurrences right) => left.Equals(right);

    /// <summary>Compares two sequences with <see cref="Equals(RecurrenceOccurrences)"/>.</summary>
    /// <param name="left">The first sequence.</param>
    /// <param name="right">The second sequence.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RecurrenceOccurrences left, RecurrenceOccurrences right) => !left.Equals(right);
}
