using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>A <see cref="RecurrenceSet"/> evaluated in a time zone: occurrences are computed in local time, then mapped to instants.</summary>
/// <remarks>
/// <para><b>Daylight saving time.</b> Each local occurrence is mapped with <see cref="RecurrenceSet.LocalTimeResolver"/>:
/// a time in a spring-forward gap moves forward by the length of the gap (02:30 on the night clocks go from 02:00 to
/// 03:00 becomes 03:30 summer time), an ambiguous time in a fall-back overlap takes the earlier offset (its first
/// occurrence; the repeated hour is not visited twice). A daily 09:00 stays at 09:00 across transitions.</para>
/// <para><b>No instant twice.</b> Two local occurrences can map to the same instant (an hourly rule gives 02:00 and 03:00
/// local on a spring-forward night in Amsterdam, both 03:00 summer time). The set keeps the first and drops the
/// repeat. A time moved forward out of a gap can also pass later local times (every 35 minutes: 02:55 becomes 03:55
/// summer time, after the real 03:30); it is merged back in instant order. Occurrences are strictly increasing
/// instants.</para>
/// <para><b>UNTIL.</b> A UTC <c>UNTIL</c> (<c>…Z</c>) is compared as an instant; a floating or date <c>UNTIL</c> is compared
/// in local time. Extra and exception dates are local times in the zone, compared before mapping.</para>
/// <para>Zoned evaluation ends at <see cref="Instant.MaxValue"/> (9999-12-31T23:59:59 UTC): local occurrences late on
/// 9999-12-31 in a zone west of UTC are left out.</para>
/// <para>Immutable and thread-safe. Enumerating allocates nothing per occurrence (a zone look-up may allocate when a
/// transition is crossed).</para>
/// </remarks>
public sealed class ZonedRecurrenceSet
{
    internal ZonedRecurrenceSet(RecurrenceSet set, DateTimeZone zone)
    {
        Set = set;
        Zone = zone;
    }

    /// <summary>Gets the floating set whose local times are read in <see cref="Zone"/>.</summary>
    public RecurrenceSet Set { get; }

    /// <summary>Gets the zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the start as an instant, resolved with <see cref="RecurrenceSet.LocalTimeResolver"/>.</summary>
    public ZonedDateTime Start => Zone.ResolveLocal(Set.Start, RecurrenceSet.LocalTimeResolver);

    /// <summary>Gets every occurrence, from the start on, as strictly increasing zoned date-times.</summary>
    /// <returns>A lazy sequence; enumerate it with <c>foreach</c> to avoid allocations.</returns>
    public ZonedRecurrenceOccurrences GetOccurrences() => new(this, long.MinValue, long.MaxValue);

    /// <summary>Gets the occurrences at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    /// <param name="from">The inclusive lower bound.</param>
    /// <param name="to">The exclusive upper bound.</param>
    /// <returns>A lazy sequence; empty when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public ZonedRecurrenceOccurrences Between(Instant from, Instant to) =>
        new(this, CalendarMath.CeilingKey(from), CalendarMath.CeilingKey(to));
}
