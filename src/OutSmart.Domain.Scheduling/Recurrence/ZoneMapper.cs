using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// Maps local keys to UTC keys in one zone exactly as <see cref="Resolvers.LenientResolver"/> does, without allocating:
/// it caches the range of local times that map to a single offset and only looks at the zone again when a time falls
/// outside it (at most a few look-ups per transition crossed).
/// </summary>
internal struct ZoneMapper
{
    private readonly DateTimeZone _zone;
    private long _safeFrom;
    private long _safeTo;
    private long _safeOffset;

    /// <summary>The last safe range found on this thread, reused by the next mapper of the same zone: a window query
    /// over thousands of sets in one zone then finds its offset without a zone look-up per set.</summary>
    [ThreadStatic]
    private static DateTimeZone? t_zone;

    [ThreadStatic]
    private static long t_safeFrom;

    [ThreadStatic]
    private static long t_safeTo;

    [ThreadStatic]
    private static long t_safeOffset;

    public ZoneMapper(DateTimeZone zone)
    {
        _zone = zone;
        if (ReferenceEquals(t_zone, zone))
        {
            _safeFrom = t_safeFrom;
            _safeTo = t_safeTo;
            _safeOffset = t_safeOffset;
            OffsetSeconds = _safeOffset;
        }
        else
        {
            _safeFrom = 0;
            _safeTo = 0;
            _safeOffset = 0;
        }
    }

    /// <summary>Gets the UTC offset, in seconds, of the last mapped time.</summary>
    public long OffsetSeconds { get; private set; }

    /// <summary>Gets whether the last mapped time was in a gap and moved forward (so it may follow later local times).</summary>
    public bool Shifted { get; private set; }

    /// <summary>Maps <paramref name="localKey"/> when it lies in the cached range of one offset; otherwise returns false
    /// and changes nothing (then <see cref="ToUtcKey"/> looks the zone up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryToUtcKeyInRange(long localKey, out long utcKey)
    {
        if (localKey >= _safeFrom && localKey < _safeTo)
        {
            OffsetSeconds = _safeOffset;
            Shifted = false;
            utcKey = localKey - _safeOffset;
            return true;
        }
        utcKey = 0;
        return false;
    }

    public long ToUtcKey(long localKey) => TryToUtcKeyInRange(localKey, out long utcKey) ? utcKey : Resolve(localKey);

    private long Resolve(long localKey)
    {
        long guessKey = Math.Clamp(localKey - OffsetSeconds, CalendarMath.Key(Instant.MinValue) + 86_400, CalendarMath.Key(Instant.MaxValue) - 86_400);
        var interval = _zone.GetZoneInterval(CalendarMath.ToInstant(guessKey));
        if (Contains(interval, localKey) && (!interval.HasStart || localKey >= CalendarMath.Key(interval.Start) + SetCursor.MaxOffsetSeconds))
        {
            // Well inside one interval: the previous interval ends at most 18 hours (the largest offset) of local time
            // after this one starts, so no earlier interval holds the time, and the next one starts later. Local times
            // up to this interval's end map to its offset (in an overlap the earlier offset wins), so one look-up does.
            long offset = interval.WallOffset.Seconds;
            OffsetSeconds = offset;
            Shifted = false;
            SetSafeRange(
                interval.HasStart ? CalendarMath.Key(interval.Start) + SetCursor.MaxOffsetSeconds : long.MinValue,
                interval.HasEnd ? LocalEnd(interval) : long.MaxValue,
                offset);
            return localKey - offset;
        }
        var previous = interval.HasStart ? _zone.GetZoneInterval(interval.Start - Duration.Epsilon) : null;
        var next = interval.HasEnd ? _zone.GetZoneInterval(interval.End) : null;
        ZoneInterval? before = null;
        foreach (var candidate in (ReadOnlySpan<ZoneInterval?>)[previous, interval, next])
        {
            if (candidate is null)
            {
                continue;
            }
            if (Contains(candidate, localKey))
            {
                // The earliest interval that holds the local time: an ambiguous time takes the earlier offset.
                long offset = candidate.WallOffset.Seconds;
                OffsetSeconds = offset;
                Shifted = false;
                CacheSafeRange(candidate, candidate == interval ? previous : null, candidate == interval ? next : null);
                return localKey - offset;
            }
            if (candidate.HasEnd && LocalEnd(candidate) <= localKey)
            {
                before = candidate;
            }
        }
        // In a gap: use the offset from before the gap, which moves the time forward by the length of the gap.
        var gapBefore = before ?? interval;
        long utcKey = localKey - gapBefore.WallOffset.Seconds;
        OffsetSeconds = _zone.GetUtcOffset(CalendarMath.ToInstant(Math.Min(utcKey, CalendarMath.MaxInstantKey))).Seconds;
        Shifted = true;
        return utcKey;
    }

    /// <summary>Caches the local times that only <paramref name="interval"/> holds; its neighbours are passed in when already known.</summary>
    private void CacheSafeRange(ZoneInterval interval, ZoneInterval? previous, ZoneInterval? next)
    {
        long from = interval.HasStart ? LocalStart(interval) : long.MinValue;
        long to = interval.HasEnd ? LocalEnd(interval) : long.MaxValue;
        if (interval.HasStart)
        {
            from = Math.Max(from, LocalEnd(previous ?? _zone.GetZoneInterval(interval.Start - Duration.Epsilon)));
        }
        if (interval.HasEnd)
        {
            to = Math.Min(to, LocalStart(next ?? _zone.GetZoneInterval(interval.End)));
        }
        SetSafeRange(from, to, interval.WallOffset.Seconds);
    }

    private void SetSafeRange(long from, long to, long offset)
    {
        _safeFrom = from;
        _safeTo = to;
        _safeOffset = offset;
        t_zone = _zone;
        t_safeFrom = from;
        t_safeTo = to;
        t_safeOffset = offset;
    }

    private static bool Contains(ZoneInterval interval, long localKey) =>
        (!interval.HasStart || localKey >= LocalStart(interval)) && (!interval.HasEnd || localKey < LocalEnd(interval));

    private static long LocalStart(ZoneInterval interval) => CalendarMath.Key(interval.Start) + interval.WallOffset.Seconds;

    private static long LocalEnd(ZoneInterval interval) => CalendarMath.Key(interval.End) + interval.WallOffset.Seconds;
}
