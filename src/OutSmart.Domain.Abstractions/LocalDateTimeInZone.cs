using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;

namespace OutSmart.Domain.Abstractions;

/// <summary>A future local date and time together with the zone it belongs to, resolved to an instant only when needed:
/// an appointment, a due moment, a planned visit.</summary>
/// <remarks>
/// <para>An appointment at 09:00 in Amsterdam stays at 09:00 in Amsterdam when the zone's rules change between the day
/// it is made and the day it happens. Storing the instant at creation would move it; this type keeps the local value
/// and the zone id and resolves with <see cref="Resolve"/> at the moment the instant is needed.</para>
/// <para>Resolution uses <see cref="Resolvers.LenientResolver"/>: a time in a DST gap moves forward by the gap's
/// length, an ambiguous time takes the earlier instant.</para>
/// <para>Two values are equal when their local date-times and zone ids are equal.</para>
/// </remarks>
public sealed record LocalDateTimeInZone
{
    private LocalDateTimeInZone(LocalDateTime localDateTime, DateTimeZone zone)
    {
        LocalDateTime = localDateTime;
        Zone = zone;
    }

    /// <summary>Gets the local date and time on the wall clock of <see cref="Zone"/>, in the ISO calendar.</summary>
    public LocalDateTime LocalDateTime { get; }

    /// <summary>Gets the zone the local date and time belongs to.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the calendar date of <see cref="LocalDateTime"/>.</summary>
    public LocalDate Date => LocalDateTime.Date;

    /// <summary>Creates a local date and time in a zone.</summary>
    /// <param name="localDateTime">The wall-clock date and time; converted to the ISO calendar.</param>
    /// <param name="zone">The zone, for example <c>Europe/Amsterdam</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static LocalDateTimeInZone Create(LocalDateTime localDateTime, DateTimeZone zone) =>
        new(localDateTime.WithCalendar(CalendarSystem.Iso), Guard.Against.Null(zone));

    /// <summary>Resolves the local date and time to an instant with the zone's rules as they are now known.</summary>
    /// <returns>The instant; see the remarks on the type for gaps and overlaps.</returns>
    public Instant Resolve() => Zone.ResolveLocal(LocalDateTime, Resolvers.LenientResolver).ToInstant();

    /// <summary>Returns the value for display and logs, such as <c>2026-03-29T09:00 Europe/Amsterdam</c>.</summary>
    /// <returns>The local date-time in ISO form (seconds only when not zero), a space and the zone id.</returns>
    public override string ToString()
    {
        string pattern = LocalDateTime.Second == 0 && LocalDateTime.NanosecondOfSecond == 0 ? "uuuu-MM-dd'T'HH:mm" : "uuuu-MM-dd'T'HH:mm:ss.FFFFFFFFF";
        return LocalDateTime.ToString(pattern, CultureInfo.InvariantCulture) + " " + Zone.Id;
    }

    /// <inheritdoc />
    public bool Equals(LocalDateTimeInZone? other) =>
        other is not null && LocalDateTime == other.LocalDateTime && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LocalDateTime, StringComparer.Ordinal.GetHashCode(Zone.Id));
}
