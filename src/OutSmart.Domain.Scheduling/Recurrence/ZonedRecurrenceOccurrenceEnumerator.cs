using System.Collections;
using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Walks the occurrences of a <see cref="ZonedRecurrenceOccurrences"/> sequence; allocates nothing per occurrence.</summary>
/// <remarks>
/// <para>A mutable struct: use it through <c>foreach</c>, or keep it in a local variable and call <see cref="MoveNext"/>.
/// <see cref="Reset"/> is not supported.</para>
/// <para>A local time moved forward out of a spring-forward gap can land after later local times (with a rule every
/// 35 minutes, 02:55 becomes 03:55 summer time, after the real 03:30). Such times wait in a small queue, allocated on
/// the first one, and are merged back so that instants always come out in ascending order.</para>
/// </remarks>
public struct ZonedRecurrenceOccurrenceEnumerator : IEnumerator<ZonedDateTime>
{
    private SetCursor _cursor;
    private readonly DateTimeZone? _zone;
    private readonly long _lowerUtcKey;
    private readonly long _upperUtcKey;
    private long _lastUtcKey;
    private int _produced;
    private bool _sourceDone;
    private bool _hasCandidate;
    private long _candidate;
    private long[]? _shifted;
    private int _shiftedHead;
    private int _shiftedCount;

    // Inlined, so that foreach builds the large enumerator in place rather than copying it with write barriers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ZonedRecurrenceOccurrenceEnumerator(ZonedRecurrenceSet? set, long lowerUtcKey, long upperUtcKey)
    {
        _zone = set is not null && upperUtcKey > lowerUtcKey ? set.Zone : null;
        _lowerUtcKey = lowerUtcKey;
        _upperUtcKey = upperUtcKey;
        // A local time is at most 18 hours from UTC, so no occurrence before this local bound can reach the window.
        long lowerLocalKey = lowerUtcKey == long.MinValue ? long.MinValue : lowerUtcKey - SetCursor.MaxOffsetSeconds;
        _cursor = default;
        if (_zone is not null)
        {
            // Built in place: the cursor is a large struct.
            // Likewise no local time after this bound maps to an instant before the window's end (a time moved forward
            // out of a gap only moves later), so the rule cursors need not look past it.
            long upperLocalKey = upperUtcKey > long.MaxValue - SetCursor.MaxOffsetSeconds - 1 ? long.MaxValue : upperUtcKey + SetCursor.MaxOffsetSeconds + 1;
            _cursor.Init(set!.Set, lowerLocalKey, upperLocalKey, _zone);
        }
        _lastUtcKey = long.MinValue;
        _produced = 0;
        _sourceDone = _zone is null;
        _hasCandidate = false;
        _candidate = 0;
        _shifted = null;
        _shiftedHead = 0;
        _shiftedCount = 0;
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
        if (_shiftedCount == 0 && !_hasCandidate && !_sourceDone)
        {
            // The usual case, nothing waiting in the queue: take the next time straight from the source.
            if (!_cursor.MoveNext())
            {
                _sourceDone = true;
                return false;
            }
            long utcKey = _cursor.UtcKey;
            if (_cursor.Shifted)
            {
                Enqueue(utcKey);
            }
            else
            {
                if (utcKey >= _upperUtcKey || utcKey > CalendarMath.MaxInstantKey)
                {
                    return false;
                }
                if (utcKey >= _lowerUtcKey && utcKey > _lastUtcKey)
                {
                    _lastUtcKey = utcKey;
                    _produced++;
                    Current = CalendarMath.ToInstant(utcKey).InZone(_zone);
                    return true;
                }
            }
        }
        while (true)
        {
            while (!_hasCandidate && !_sourceDone)
            {
                if (!_cursor.MoveNext())
                {
                    _sourceDone = true;
                }
                else if (_cursor.Shifted)
                {
                    Enqueue(_cursor.UtcKey);
                }
                else
                {
                    _candidate = _cursor.UtcKey;
                    _hasCandidate = true;
                }
            }
            long value;
            if (_shiftedCount > 0 && (!_hasCandidate || _shifted![_shiftedHead] <= _candidate))
            {
                value = _shifted![_shiftedHead];
                _shiftedHead = (_shiftedHead + 1) % _shifted.Length;
                _shiftedCount--;
            }
            else if (_hasCandidate)
            {
                value = _candidate;
                _hasCandidate = false;
            }
            else
            {
                return false;
            }
            if (value >= _upperUtcKey || value > CalendarMath.MaxInstantKey)
            {
                return false;
            }
            if (value < _lowerUtcKey || value <= _lastUtcKey)
            {
                continue;
            }
            _lastUtcKey = value;
            _produced++;
            Current = CalendarMath.ToInstant(value).InZone(_zone);
            return true;
        }
    }

    /// <summary>Not supported: enumerate the sequence again instead.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public readonly void Reset() => throw new NotSupportedException("Enumerate the sequence again instead.");

    /// <summary>Does nothing; the enumerator holds no resources.</summary>
    public readonly void Dispose()
    {
    }

    private void Enqueue(long utcKey)
    {
        if (_shifted is null || _shiftedCount == _shifted.Length)
        {
            var grown = new long[Math.Max(4, (_shifted?.Length ?? 0) * 2)];
            for (int i = 0; i < _shiftedCount; i++)
            {
                grown[i] = _shifted![(_shiftedHead + i) % _shifted.Length];
            }
            _shifted = grown;
            _shiftedHead = 0;
        }
        _shifted[(_shiftedHead + _shiftedCount) % _shifted.Length] = utcKey;
        _shiftedCount++;
    }
}
