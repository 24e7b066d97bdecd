using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>When time was spent: a start and an end (as instants), or only a duration on a calendar date.</summary>
/// <remarks>
/// <para>The value holds what the employee entered, also when it breaks a rule: an end before the start, a zero or an
/// over-long duration. <see cref="TimesheetRules"/> reports those (TS-01 … TS-03) and the entry commands refuse them.</para>
/// <para><see cref="Date"/> is the calendar date of the start in the employee's zone; for a duration it is the date given.</para>
/// <para>Local times are resolved with <see cref="NodaTime.TimeZones.Resolvers.LenientResolver"/>: a time in a DST gap moves forward by
/// the gap's length, an ambiguous time takes the earlier instant (summer time).</para>
/// <para>Two values are equal when their date, start, end and duration are equal.</para>
/// </remarks>
public sealed record EntryTime
{
    private EntryTime(LocalDate date, Instant? start, Instant? end, Duration duration)
    {
        Date = date;
        Start = start;
        End = end;
        Duration = duration;
    }

    /// <summary>Gets the calendar date the time belongs to, in the employee's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the start, or <see langword="null"/> for a duration on a date.</summary>
    public Instant? Start { get; }

    /// <summary>Gets the end, or <see langword="null"/> for a duration on a date. The interval is half-open: [start, end).</summary>
    public Instant? End { get; }

    /// <summary>Gets the elapsed time: end minus start (negative when the end is before the start), or the duration given.</summary>
    public Duration Duration { get; }

    /// <summary>Gets a value indicating whether the time has a start and an end.</summary>
    public bool HasInterval => Start.HasValue;

    /// <summary>Creates a time from a start and an end instant.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end; may be before the start (then the rules refuse it).</param>
    /// <param name="zone">The employee's zone, which decides <see cref="Date"/>.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static EntryTime Between(Instant start, Instant end, DateTimeZone zone) =>
        new(start.InZone(Guard.Against.Null(zone)).Date, start, end, end - start);

    /// <summary>Creates a time from a local start and end on the employee's wall clock.</summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end.</param>
    /// <param name="zone">The employee's zone.</param>
    /// <returns>The time, with both ends resolved leniently (see the remarks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static EntryTime BetweenLocal(LocalDateTime start, LocalDateTime end, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        Instant from = zone.ResolveLocal(start, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
        Instant to = zone.ResolveLocal(end, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
        return new EntryTime(start.Date, from, to, to - from);
    }

    /// <summary>Creates a duration on a date, without a start and end.</summary>
    /// <param name="date">The date.</param>
    /// <param name="duration">The time spent; zero or negative is kept and refused by the rules (TS-01, TS-02).</param>
    /// <returns>The time.</returns>
    public static EntryTime OnDate(LocalDate date, Duration duration) => new(date, null, null, duration);

    /// <summary>Rebuilds a stored time; for storage adapters.</summary>
    /// <param name="date">The date.</param>
    /// <param name="start">The start, or <see langword="null"/>.</param>
    /// <param name="end">The end, set exactly when <paramref name="start"/> is.</param>
    /// <param name="duration">The duration; equal to end minus start when both are set.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentException">Only one of start and end is set, or the duration does not match them.</exception>
    public static EntryTime Restore(LocalDate date, Instant? start, Instant? end, Duration duration)
    {
        if (start.HasValue != end.HasValue || (start.HasValue && end!.Value - start.Value != duration))
        {
            throw new ArgumentException("A start goes with an end, and the duration is end minus start.", nameof(duration));
        }
        return new EntryTime(date, start, end, duration);
    }
}
