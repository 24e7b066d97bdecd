using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>
/// Decides which calendar days are working days (a <see cref="WorkingWeek"/> minus the holidays of an
/// <see cref="IHolidayCalendar"/>) and moves occurrences that fall on other days.
/// </summary>
/// <remarks>
/// <para>The search for a working day looks at most <see cref="MaxSearchDays"/> days away and never beyond
/// NodaTime's first or last ISO date; an occurrence for which no working day is found there is dropped, even under
/// <see cref="OccurrenceAdjustment.NextWorkingDay"/>, so nothing loops forever whatever the holiday calendar says.</para>
/// <para>Instances are immutable and thread-safe when the holiday calendar is. Two calendars are equal when their
/// weeks and holiday calendars are equal.</para>
/// </remarks>
public sealed record BusinessCalendar
{
    /// <summary>How many days before or after an occurrence are searched for a working day.</summary>
    public const int MaxSearchDays = 366;

    private BusinessCalendar(WorkingWeek week, IHolidayCalendar holidays)
    {
        Week = week;
        Holidays = holidays;
    }

    /// <summary>Gets the days of the week on which work is done.</summary>
    public WorkingWeek Week { get; }

    /// <summary>Gets the days on which no work is done, whatever the day of the week.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Creates a business calendar.</summary>
    /// <param name="week">The working days of the week.</param>
    /// <param name="holidays">The holidays; use <see cref="CompositeHolidayCalendar.Combine"/> for several.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="week"/> or <paramref name="holidays"/> is <see langword="null"/>.</exception>
    public static BusinessCalendar Create(WorkingWeek week, IHolidayCalendar holidays)
    {
        Guard.Against.Null(week);
        Guard.Against.Null(holidays);
        return new BusinessCalendar(week, holidays);
    }

    /// <summary>Returns whether <paramref name="date"/> is a working day: a day of the working week that is no holiday.</summary>
    /// <param name="date">Any date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => Week.IsWorkingDay(date.DayOfWeek) && !Holidays.IsHoliday(date);

    /// <summary>Applies <paramref name="adjustment"/> to one occurrence date.</summary>
    /// <param name="date">The date of the occurrence.</param>
    /// <param name="adjustment">What to do when <paramref name="date"/> is not a working day.</param>
    /// <returns>
    /// The date the occurrence takes place on; <paramref name="date"/> itself when it is a working day or under
    /// <see cref="OccurrenceAdjustment.Keep"/>; <see langword="null"/> when the occurrence is skipped or no working
    /// day lies within <see cref="MaxSearchDays"/> days in the searched direction.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="adjustment"/> is not a defined value.</exception>
    public LocalDate? Adjust(LocalDate date, OccurrenceAdjustment adjustment)
    {
        Guard.Against.EnumOutOfRange(adjustment);
        return AdjustDate(date, adjustment);
    }

    /// <summary>Applies <paramref name="adjustment"/> to an ordered sequence of occurrence dates, lazily.</summary>
    /// <param name="occurrences">Dates in ascending order; repeated dates are allowed and appear once in the result.</param>
    /// <param name="adjustment">What to do with a date that is not a working day.</param>
    /// <returns>
    /// The adjusted dates, strictly increasing: dates that land on the same day after adjustment become one. Each
    /// date is adjusted as by <see cref="Adjust(LocalDate, OccurrenceAdjustment)"/>; the adjustments are monotone,
    /// so the result is ordered without buffering.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="adjustment"/> is not a defined value; or, during enumeration, <paramref name="occurrences"/>
    /// turns out not to be in ascending order.
    /// </exception>
    public IEnumerable<LocalDate> Adjust(IEnumerable<LocalDate> occurrences, OccurrenceAdjustment adjustment)
    {
        Guard.Against.Null(occurrences);
        Guard.Against.EnumOutOfRange(adjustment);
        return AdjustDates(occurrences, adjustment);
    }

    /// <summary>
    /// Applies <paramref name="adjustment"/> to an ordered sequence of occurrences, lazily, keeping each occurrence's
    /// time of day.
    /// </summary>
    /// <param name="occurrences">Date-times in ascending order; exact repeats appear once in the result.</param>
    /// <param name="adjustment">What to do with an occurrence whose date is not a working day.</param>
    /// <returns>
    /// <para>The adjusted occurrences, strictly increasing. An occurrence that is not moved is kept as it is. When
    /// moved occurrences land on a day that has an occurrence of its own, they disappear into it; when several moved
    /// occurrences land on a day without one, they become one: the earliest of them, at its own time of day.</para>
    /// <para>Because of that rule the result stays ordered even under
    /// <see cref="OccurrenceAdjustment.PreviousWorkingDay"/> and <see cref="OccurrenceAdjustment.NearestWorkingDay"/>:
    /// at most one moved occurrence is held back until the next occurrence that lands on a different day is read.</para>
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="occurrences"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="adjustment"/> is not a defined value; or, during enumeration, <paramref name="occurrences"/>
    /// turns out not to be in ascending order.
    /// </exception>
    public IEnumerable<LocalDateTime> Adjust(IEnumerable<LocalDateTime> occurrences, OccurrenceAdjustment adjustment)
    {
        Guard.Against.Null(occurrences);
        Guard.Against.EnumOutOfRange(adjustment);
        return AdjustDateTimes(occurrences, adjustment);
    }

    private IEnumerable<LocalDate> AdjustDates(IEnumerable<LocalDate> occurrences, OccurrenceAdjustment adjustment)
    {
        LocalDate? previousInput = null;
        LocalDate? previousOutput = null;
        foreach (LocalDate occurrence in occurrences)
        {
            if (previousInput is { } before && occurrence < before)
            {
                throw new ArgumentException($"Occurrences must be in ascending order, but {occurrence:uuuu-MM-dd} follows {before:uuuu-MM-dd}.", nameof(occurrences));
            }
            previousInput = occurrence;
            if (AdjustDate(occurrence, adjustment) is { } target && target != previousOutput)
            {
                previousOutput = target;
                yield return target;
            }
        }
    }

    private IEnumerable<LocalDateTime> AdjustDateTimes(IEnumerable<LocalDateTime> occurrences, OccurrenceAdjustment adjustment)
    {
        LocalDateTime? previousInput = null;
        LocalDate? groupDate = null;
        bool groupHasOwnOccurrence = false;
        LocalDateTime? pendingMoved = null;
        foreach (LocalDateTime occurrence in occurrences)
        {
            if (previousInput is { } before)
            {
                if (occurrence < before)
                {
                    throw new ArgumentException($"Occurrences must be in ascending order, but {occurrence:uuuu-MM-dd'T'HH:mm:ss} follows {before:uuuu-MM-dd'T'HH:mm:ss}.", nameof(occurrences));
                }
                if (occurrence == before)
                {
                    continue;
                }
            }
            previousInput = occurrence;
            if (AdjustDate(occurrence.Date, adjustment) is not { } target)
            {
                continue;
            }
            if (groupDate != target)
            {
                if (pendingMoved is { } flushed)
                {
                    yield return flushed;
                }
                groupDate = target;
                groupHasOwnOccurrence = false;
                pendingMoved = null;
            }
            if (target == occurrence.Date)
            {
                groupHasOwnOccurrence = true;
                pendingMoved = null;
                yield return occurrence;
            }
            else if (!groupHasOwnOccurrence && pendingMoved is null)
            {
                pendingMoved = target.At(occurrence.TimeOfDay);
            }
        }
        if (pendingMoved is { } last)
        {
            yield return last;
        }
    }

    private LocalDate? AdjustDate(LocalDate date, OccurrenceAdjustment adjustment)
    {
        if (adjustment == OccurrenceAdjustment.Keep || IsWorkingDay(date))
        {
            return date;
        }
        return adjustment switch
        {
            OccurrenceAdjustment.NextWorkingDay => Search(date, forward: true),
            OccurrenceAdjustment.PreviousWorkingDay => Search(date, forward: false),
            OccurrenceAdjustment.NearestWorkingDay => SearchNearest(date),
            _ => null,
        };
    }

    private LocalDate? Search(LocalDate date, bool forward)
    {
        for (int distance = 1; distance <= MaxSearchDays; distance++)
        {
            if (Step(date, forward ? distance : -distance) is not { } candidate)
            {
                return null;
            }
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private LocalDate? SearchNearest(LocalDate date)
    {
        for (int distance = 1; distance <= MaxSearchDays; distance++)
        {
            if (Step(date, -distance) is { } earlier && IsWorkingDay(earlier))
            {
                return earlier;
            }
            if (Step(date, distance) is { } later && IsWorkingDay(later))
            {
                return later;
            }
        }
        return null;
    }

    /// <summary>The date <paramref name="days"/> away, or <see langword="null"/> outside NodaTime's ISO range.</summary>
    internal static LocalDate? Step(LocalDate date, int days)
    {
        int epochDay = DaysSinceEpoch(date);
        long target = (long)epochDay + days;
        return target < DaysSinceEpoch(LocalDate.MinIsoValue) || target > DaysSinceEpoch(LocalDate.MaxIsoValue)
            ? null
            : date.PlusDays(days);
    }

    private static int DaysSinceEpoch(LocalDate date) => Period.DaysBetween(new LocalDate(1970, 1, 1), date);
}
