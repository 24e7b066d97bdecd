using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Tasks;

/// <summary>When a task is due (TSK-03): either a calendar date without a zone, or a moment with the zone it was set in; never both.</summary>
/// <remarks>
/// <para>A due date (<see cref="OnDate"/>) is a whole day: the task is overdue from 00:00 on the next day in the zone
/// the caller evaluates in (usually the company's zone). A due moment (<see cref="At(Instant, DateTimeZone)"/>) is fixed in time: the task is
/// overdue as soon as the current instant is later than it. The zone of a due moment is kept for display and for the
/// calendar date of the due (<see cref="ToLocalDate"/>).</para>
/// <para>Daylight saving time is handled by the zone rules: when the next day starts in a gap, the first valid instant
/// of that day is used (<see cref="LocalDate.AtStartOfDayInZone"/>).</para>
/// <para>Two values are equal when they are of the same kind with the same date, or the same instant and zone id.</para>
/// </remarks>
public sealed record TaskDue
{
    private TaskDue(LocalDate? date, Instant? moment, DateTimeZone? zone)
    {
        Date = date;
        Moment = moment;
        Zone = zone;
    }

    /// <summary>Gets the due date when the task is due on a calendar day; otherwise <see langword="null"/>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the due moment when the task is due at a moment; otherwise <see langword="null"/>.</summary>
    public Instant? Moment { get; }

    /// <summary>Gets the zone the due moment was set in when the task is due at a moment; otherwise <see langword="null"/>.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets a value indicating whether the task is due on a calendar day without a time (<see cref="Date"/> is set).</summary>
    public bool IsDateOnly => Date is not null;

    /// <summary>Creates a due on a calendar day, without a time or zone.</summary>
    /// <param name="date">The last day the task may be done on.</param>
    /// <returns>The due.</returns>
    public static TaskDue OnDate(LocalDate date) => new(date, null, null);

    /// <summary>Creates a due at a moment, remembering the zone it was set in.</summary>
    /// <param name="moment">The moment the task must be done by.</param>
    /// <param name="zone">The zone the moment was chosen in, for example <c>Europe/Amsterdam</c>.</param>
    /// <returns>The due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static TaskDue At(Instant moment, DateTimeZone zone) => new(null, moment, Guard.Against.Null(zone));

    /// <summary>Creates a due at a local date and time in a zone.</summary>
    /// <param name="localDateTime">The local date and time.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The due.</returns>
    /// <remarks>The local time is resolved with <see cref="NodaTime.TimeZones.Resolvers.LenientResolver"/>: a time in a
    /// DST gap moves forward by the gap's length, an ambiguous time takes the earlier instant.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static TaskDue At(LocalDateTime localDateTime, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        return At(zone.ResolveLocal(localDateTime, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant(), zone);
    }

    /// <summary>Returns the calendar day the task is due on.</summary>
    /// <returns>The <see cref="Date"/>, or the date of the <see cref="Moment"/> in its <see cref="Zone"/>.</returns>
    public LocalDate ToLocalDate() => Date ?? Moment!.Value.InZone(Zone!).Date;

    /// <summary>Returns the first instant at which a task with this due is overdue (TSK-04).</summary>
    /// <param name="evaluationZone">The zone a date-only due is judged in (usually the company's zone); ignored for a due moment.</param>
    /// <returns>For a due date, the start of the next day in <paramref name="evaluationZone"/>; for a due moment, the nanosecond after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public Instant OverdueFrom(DateTimeZone evaluationZone)
    {
        Guard.Against.Null(evaluationZone);
        return Date is { } date
            ? date.PlusDays(1).AtStartOfDayInZone(evaluationZone).ToInstant()
            : Moment!.Value + Duration.Epsilon;
    }

    /// <summary>Tells whether the due has passed at <paramref name="now"/> (TSK-04), ignoring the task's status.</summary>
    /// <param name="now">The instant to judge at.</param>
    /// <param name="evaluationZone">The zone a date-only due is judged in; ignored for a due moment.</param>
    /// <returns><see langword="true"/> from <see cref="OverdueFrom"/> on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public bool HasPassed(Instant now, DateTimeZone evaluationZone) => now >= OverdueFrom(evaluationZone);

    /// <summary>Returns the due for display, such as <c>2026-03-29</c> or <c>2026-03-29T09:00 Europe/Amsterdam</c>.</summary>
    /// <returns>The due in ISO form.</returns>
    public override string ToString() => Date is { } date
        ? date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : Moment!.Value.InZone(Zone!).ToString("uuuu-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + Zone!.Id;

    /// <inheritdoc />
    public bool Equals(TaskDue? other) =>
        other is not null && Date == other.Date && Moment == other.Moment && Zone?.Id == other.Zone?.Id;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Moment, Zone?.Id);
}
