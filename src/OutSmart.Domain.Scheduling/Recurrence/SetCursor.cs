using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// Merges the rule cursors and the extra dates of a <see cref="RecurrenceSet"/> into one ascending stream of local keys
/// without repeats, leaving out the exception dates. Allocates only when the set has more than one rule.
/// </summary>
internal struct SetCursor
{
    /// <summary>Local times are at most this far from UTC (NodaTime's offset range).</summary>
    public const long MaxOffsetSeconds = 18 * 3600;

    private RecurrenceSet _set;
    private long _upperKey;
    private bool _zoned;
    private bool _simple;
    private long _firstUntilUtc;
    private RuleCursor _first;
    private RuleCursor[]? _others;
    private int _dateIndex;
    private int _exceptionIndex;
    private long _lastKey;

    /// <summary>Starts the merge at <paramref name="lowerKey"/> (inclusive) and ends before <paramref name="upperKey"/>.</summary>
    public SetCursor(RecurrenceSet set, long lowerKey, long upperKey, DateTimeZone? zone) => Init(set, lowerKey, upperKey, zone);

    /// <summary>Starts a zeroed cursor in place (see the constructor), so that the large struct is not copied per query.</summary>
    [MemberNotNull(nameof(_set))]
    public void Init(RecurrenceSet set, long lowerKey, long upperKey, DateTimeZone? zone)
    {
        _set = set;
        _upperKey = upperKey;
        _zoned = zone is not null;
        Mapper = zone is null ? default : new ZoneMapper(zone);
        _lastKey = long.MinValue;
        if (set.SingleRule is { } single)
        {
            // The common case: one rule, no dates, no arrays touched. Constructed in place: the cursor is a large
            // struct, and a copy per query shows in window queries.
            _first.Init(single, lowerKey, UntilKeyFor(single, _zoned, upperKey));
            _first.MoveNext();
            _firstUntilUtc = single.UntilUtcKey;
            _simple = true;
            _others = null;
            _dateIndex = 0;
            _exceptionIndex = 0;
            Key = 0;
            UtcKey = 0;
            return;
        }
        var evaluators = set.Evaluators;
        if (evaluators.Length > 0)
        {
            _first.Init(evaluators[0], lowerKey, UntilKeyFor(evaluators[0], _zoned, upperKey));
            _first.MoveNext();
        }
        else
        {
            _first = default;
        }
        _firstUntilUtc = evaluators.Length > 0 ? evaluators[0].UntilUtcKey : long.MaxValue;
        if (evaluators.Length > 1)
        {
            _others = new RuleCursor[evaluators.Length - 1];
            for (int i = 1; i < evaluators.Length; i++)
            {
                _others[i - 1] = Start(evaluators[i], lowerKey, upperKey, _zoned);
            }
        }
        _simple = evaluators.Length == 1 && set.DateKeys.Length == 0 && set.ExceptionKeys.Length == 0;
        _dateIndex = LowerBound(set.DateKeys, lowerKey);
        _exceptionIndex = LowerBound(set.ExceptionKeys, lowerKey);
        Key = 0;
        UtcKey = 0;
    }

    public ZoneMapper Mapper;

    public long Key { get; private set; }

    /// <summary>Gets the UTC key of <see cref="Key"/> in zoned mode.</summary>
    public long UtcKey { get; private set; }

    /// <summary>Gets whether <see cref="Key"/> was in a gap and moved forward in zoned mode.</summary>
    public bool Shifted { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        // Keys stay within about ±3.2 × 10^11 seconds (NodaTime's years) and sentinels are only compared: nothing here overflows.
        unchecked
        {
            if (!_simple)
            {
                return MoveNextMerged();
            }
            // One rule without extra or exception dates, the common case: no merging, and inlined into the enumerator
            // when floating, or zoned while the time stays in the cached range of one offset and no UTC UNTIL applies.
            if (_first.IsDone)
            {
                return false;
            }
            long key = _first.Key;
            if (key >= _upperKey)
            {
                return false;
            }
            if (!_zoned)
            {
                _first.MoveNext();
                Key = key;
                UtcKey = key;
                return true;
            }
            if (_firstUntilUtc == long.MaxValue && Mapper.TryToUtcKeyInRange(key, out long utcKey))
            {
                _first.MoveNext();
                Key = key;
                UtcKey = utcKey;
                Shifted = false;
                return true;
            }
            return MoveNextZonedSingleRule();
        }
    }

    private bool MoveNextMerged()
    {
        while (true)
        {
            long key = _first.IsDone || _set.Evaluators.Length == 0 ? long.MaxValue : _first.Key;
            if (_others is not null)
            {
                foreach (ref readonly var cursor in _others.AsSpan())
                {
                    if (!cursor.IsDone && cursor.Key < key)
                    {
                        key = cursor.Key;
                    }
                }
            }
            long[] dates = _set.DateKeys;
            if (_dateIndex < dates.Length && dates[_dateIndex] < key)
            {
                key = dates[_dateIndex];
            }
            if (key >= _upperKey || key == long.MaxValue)
            {
                return false;
            }

            bool fromRuleWithinUntil = false;
            bool fromDate = false;
            if (_dateIndex < dates.Length && dates[_dateIndex] == key)
            {
                _dateIndex++;
                fromDate = true;
            }
            long utcKey = _zoned ? Mapper.ToUtcKey(key) : key;
            bool shifted = _zoned && Mapper.Shifted;
            if (_set.Evaluators.Length > 0 && !_first.IsDone && _first.Key == key)
            {
                fromRuleWithinUntil |= WithinUntil(0, utcKey, shifted, ref _first);
                _first.MoveNext();
            }
            if (_others is not null)
            {
                var others = _others.AsSpan();
                for (int i = 0; i < others.Length; i++)
                {
                    if (!others[i].IsDone && others[i].Key == key)
                    {
                        fromRuleWithinUntil |= WithinUntil(i + 1, utcKey, shifted, ref others[i]);
                        others[i].MoveNext();
                    }
                }
            }
            if (!fromDate && !fromRuleWithinUntil)
            {
                continue;
            }
            if (key == _lastKey)
            {
                continue;
            }
            long[] exceptions = _set.ExceptionKeys;
            while (_exceptionIndex < exceptions.Length && exceptions[_exceptionIndex] < key)
            {
                _exceptionIndex++;
            }
            if (_exceptionIndex < exceptions.Length && exceptions[_exceptionIndex] == key)
            {
                continue;
            }
            _lastKey = key;
            Key = key;
            UtcKey = utcKey;
            Shifted = shifted;
            return true;
        }
    }

    /// <summary>One zoned rule without extra or exception dates, near a transition or with a UTC UNTIL (see
    /// <see cref="MoveNext"/>): each time is mapped through the zone and checked against UNTIL.</summary>
    private bool MoveNextZonedSingleRule()
    {
        while (!_first.IsDone)
        {
            long key = _first.Key;
            if (key >= _upperKey)
            {
                return false;
            }
            _first.MoveNext();
            long utcKey = Mapper.ToUtcKey(key);
            bool shifted = Mapper.Shifted;
            if (WithinUntil(0, utcKey, shifted, ref _first))
            {
                Key = key;
                UtcKey = utcKey;
                Shifted = shifted;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Applies a UTC UNTIL as an instant in zoned mode. An unshifted time past UNTIL ends the rule (later local times
    /// map to later instants); a time moved forward out of a gap is only left out, as later local times may precede it.
    /// </summary>
    private readonly bool WithinUntil(int rule, long utcKey, bool shifted, ref RuleCursor cursor)
    {
        long untilUtc = rule == 0 ? _firstUntilUtc : _set.Evaluators[rule].UntilUtcKey;
        if (!_zoned || untilUtc == long.MaxValue || utcKey <= untilUtc)
        {
            return true;
        }
        if (!shifted)
        {
            cursor.Stop();
        }
        return false;
    }

    private static RuleCursor Start(RuleEvaluator evaluator, long lowerKey, long upperKey, bool zoned)
    {
        var cursor = new RuleCursor(evaluator, lowerKey, UntilKeyFor(evaluator, zoned, upperKey));
        cursor.MoveNext();
        return cursor;
    }

    /// <summary>
    /// Gets the last local key a rule cursor needs to reach: its UNTIL (a UTC UNTIL widened by the largest offset in
    /// zoned mode), and never the exclusive upper bound of the query or later, so that the cursor does not look for an
    /// occurrence past the window (for a sparse rule, years ahead) only to have it dropped.
    /// </summary>
    private static long UntilKeyFor(RuleEvaluator evaluator, bool zoned, long upperKey)
    {
        long until = zoned && evaluator.UntilUtcKey != long.MaxValue ? evaluator.UntilUtcKey + MaxOffsetSeconds : evaluator.UntilKey;
        return upperKey == long.MinValue ? until : Math.Min(until, upperKey - 1);
    }

    private static int LowerBound(long[] keys, long key)
    {
        if (keys.Length == 0)
        {
            return 0;
        }
        int index = Array.BinarySearch(keys, key);
        return index >= 0 ? index : ~index;
    }
}
