using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>When a task is due (TSK-03): either a calendar date without a zone, or a local date and time in a zone; never both.</summary>
/// <remarks>
/// <para>A due date (<see cref="OnDate"/>) is a whole day: the task is overdue from 00:00 on the next day in the zone
/// the caller evaluates in (usually the company's zone).</para>
/// <para>A due moment (<see cref="At(LocalDateTime, DateTimeZone)"/>) is chosen on a wall clock, "Friday 16:00 in
/// Amsterdam", and stored that way, as a <see cref="LocalDateTimeInZone"/>. It is resolved to an instant only when one
/// is needed (<see cref="OverdueFrom"/>, <see cref="HasPassed"/>, a relative reminder), with the zone's rules as they
/// are known then: when the rules change between the day the due is set and the day it falls, the due stays at 16:00 on
/// the wall clock. A local time in a DST gap moves forward by the gap's length, an ambiguous one takes the earlier
/// instant (<see cref="NodaTime.TimeZones.Resolvers.LenientResolver"/>). The task is overdue as soon as the current
/// instant is later than the resolved moment.</para>
/// <para>When the next day of a due date starts in a gap, the first valid instant of that day is used
/// (<see cref="LocalDate.AtStartOfDayInZone"/>).</para>
/// <para>Two values are equal when they are of the same kind with the same date, or the same local date-time and zone id.</para>
/// </remarks>
public sealed record TaskDue
{
    private TaskDue(LocalDate? date, LocalDateTimeInZone? moment)
    {
        Date = date;
        Moment = moment;
    }

    /// <summary>Gets the due date when the task is due on a calendar day; otherwise <see langword="null"/>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the due moment, a local date and time in its zone, when the task is due at a moment; otherwise <see langword="null"/>.</summary>
    public LocalDateTimeInZone? Moment { get; }

    /// <summary>Gets a value indicating whether the task is due on a calendar day without a time (<see cref="Date"/> is set).</summary>
    public bool IsDateOnly => Date is not null;

    /// <summary>Creates a due on a calendar day, without a time or zone.</summary>
    /// <param name="date">The last day the task may be done on.</param>
    /// <returns>The due.</returns>
    public static TaskDue OnDate(LocalDate date) => new(date, null);

    /// <summary>Creates a due at a local date and time in a zone, such as 16:00 on Friday in Amsterdam.</summary>
    /// <param name="localDateTime">The wall-clock date and time; converted to the ISO calendar.</param>
    /// <param name="zone">The zone, for example <c>Europe/Amsterdam</c>.</param>
    /// <returns>The due; resolved to an instant only when needed (see the remarks on the type).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static TaskDue At(LocalDateTime localDateTime, DateTimeZone zone) => new(null, LocalDateTimeInZone.Create(localDateTime, zone));

    /// <summary>Creates a due at a local date and time in a zone.</summary>
    /// <param name="moment">The local date and time with its zone.</param>
    /// <returns>The due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moment"/> is null.</exception>
    public static TaskDue At(LocalDateTimeInZone moment) => new(null, Guard.Against.Null(moment));

    /// <summary>Returns the calendar day the task is due on.</summary>
    /// <returns>The <see cref="Date"/>, or the local date of the <see cref="Moment"/>; no zone rules are involved.</returns>
    public LocalDate ToLocalDate() => Date ?? Moment!.Date;

    /// <summary>Returns the instant of a due moment, resolved now with its zone's current rules.</summary>
    /// <returns>The instant, or <see langword="null"/> for a due date.</returns>
    public Instant? ResolveMoment() => Moment?.Resolve();

    /// <summary>Returns the first instant at which a task with this due is overdue (TSK-04).</summary>
    /// <param name="evaluationZone">The zone a date-only due is judged in (usually the company's zone); ignored for a due moment.</param>
    /// <returns>For a due date, the start of the next day in <paramref name="evaluationZone"/>; for a due moment, the
    /// nanosecond after the moment resolved in its own zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public Instant OverdueFrom(DateTimeZone evaluationZone)
    {
        Guard.Against.Null(evaluationZone);
        return Date is { } date
            ? date.PlusDays(1).AtStartOfDayInZone(evaluationZone).ToInstant()
            : Moment!.Resolve() + Duration.Epsilon;
    }

    /// <summary>Tells whether the due has passed at <paramref name="now"/> (TSK-04), ignoring the task's status.</summary>
    /// <param name="now">The instant to judge at.</param>
    /// <param name="evaluationZone">The zone a date-only due is judged in; ignored for a due moment.</param>
    /// <returns><see langword="true"/> from <see cref="OverdueFrom"/> on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public bool HasPassed(Instant now, DateTimeZone evaluationZone) => now >= OverdueFrom(evaluationZone);

    /// <summary>Returns the due for display, such as <c>2026-03-29</c> or <c>2026-03-29T09:00 Europe/Amsterdam</c>.</summary>
    /// <returns>The date, or the local date-time and zone id as stored (no zone rules are involved).</returns>
    public override string ToString() => Date is { } date
        ? date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : Moment!.ToString();

    /// <inheritdoc />
    public bool Equals(TaskDue? other) => other is not null && Date == other.Date && Equals(Moment, other.Moment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Moment);
}
