using System.Collections;
using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Walks the floating occurrences of a <see cref="RecurrenceOccurrences"/> sequence; allocates nothing per occurrence.</summary>
/// <remarks>A mutable struct: use it through <c>foreach</c>, or keep it in a local variable and call <see cref="MoveNext"/>.
/// <see cref="Reset"/> is not supported.</remarks>
public struct RecurrenceOccurrenceEnumerator : IEnumerator<LocalDateTime>
{
    private SetCursor _cursor;
    private readonly bool _active;
    private int _produced;
    private LocalDateTimeFactory _factory;

    // Inlined, so that foreach builds the large enumerator in place rather than copying it with write barriers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal RecurrenceOccurrenceEnumerator(RecurrenceSet? set, long lowerKey, long upperKey)
    {
        _active = set is not null && upperKey > lowerKey;
        _cursor = default;
        if (_active)
        {
            // Built in place: the cursor is a large struct.
            _cursor.Init(set!, lowerKey, upperKey, null);
        }
        _produced = 0;
        _factory = default;
        Current = default;
    }

    /// <summary>Gets the current occurrence; valid after <see cref="MoveNext"/> returned <see langword="true"/>.</summary>
    public LocalDateTime Current { get; private set; }

    /// <inheritdoc />
    readonly object IEnumerator.Current => Current;

    /// <summary>Advances to the next occurrence.</summary>
    /// <returns><see langword="false"/> when the sequence has ended (or <see cref="RecurrenceSet.MaxOccurrences"/> were yielded).</returns>
    public bool MoveNext()
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            if (!_active || _produced >= RecurrenceSet.MaxOccurrences || !_cursor.MoveNext())
            {
                return false;
            }
            _produced++;
            Current = _factory.FromKey(_cursor.Key);
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
}
