using System.Collections;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Walks the occurrences of a <see cref="ZonedRecurrenceOccurrences"/> sequence; allocates nothing per occurrence.</summary>
/// <remarks>A mutable struct: use it through <c>foreach</c>, or keep it in a local variable and call <see cref="MoveNext"/>.
/// <see cref="Reset"/> is not supported.</remarks>
public struct ZonedRecurrenceOccurrenceEnumerator : IEnumerator<ZonedDateTime>
{
    private SetCursor _cursor;
    private readonly DateTimeZone? _zone;
    private readonly long _lowerUtcKey;
    private readonly long _upperUtcKey;
    private long _lastUtcKey;
    private int _produced;

    internal ZonedRecurrenceOccurrenceEnumerator(ZonedRecurrenceSet? set, long lowerUtcKey, long upperUtcKey)
    {
        _zone = set is not null && upperUtcKey > lowerUtcKey ? set.Zone : null;
        _lowerUtcKey = lowerUtcKey;
        _upperUtcKey = upperUtcKey;
        // A local time is at most 18 hours from UTC, so no occurrence before this local bound can reach the window.
        long lowerLocalKey = lowerUtcKey == long.MinValue ? long.MinValue : lowerUtcKey - SetCursor.MaxOffsetSeconds;
        _cursor = _zone is not null ? new SetCursor(set!.Set, lowerLocalKey, long.MaxValue, _zone) : default;
        _lastUtcKey = long.MinValue;
        _produced = 0;
        Current = default;
    }

    /// <summary>Gets the current occurrence; valid after <see cref="MoveNext"/> returned <see langword="true"/>.</summary>
    public ZonedDateTime Current { get; private set; }

    /// <inheritdoc />
    readonly object IEnumerator.Current => Current;

    /// <summary>Advances to the next occurrence.</summary>
    /// <returns><see langword="false"/> when the sequence has ended (or <see cref="RecurrenceSet.MaxOccurrences"/> were yielded).</returns>
    public bool MoveNext()
    {
        if (_zone is null || _produced >= RecurrenceSet.MaxOccurrences)
        {
            return false;
        }
        while (_cursor.MoveNext())
        {
            long utcKey = _cursor.UtcKey;
            if (utcKey >= _upperUtcKey)
            {
                return false;
            }
            if (utcKey < _lowerUtcKey || utcKey <= _lastUtcKey)
            {
                continue;
            }
            _lastUtcKey = utcKey;
            _produced++;
            Current = CalendarMath.ToInstant(utcKey).InZone(_zone);
            return true;
        }
        return false;
    }

    /// <summary>Not supported: enumerate the sequence again instead.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public readonly void Reset() => throw new NotSupportedException("Enumerate the sequence again instead.");

    /// <summary>Does nothing; the enumerator holds no resources.</summary>
    public readonly void Dispose()
    {
    }
}
