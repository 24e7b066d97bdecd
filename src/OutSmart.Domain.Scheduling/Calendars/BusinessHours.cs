using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;
using OneOf;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>
/// Working hours per day of the week in a time zone, minus holidays: the clock that SLA deadlines run on
/// ("respond within 8 business hours").
/// </summary>
/// <remarks>
/// <para>Business time is worked out per calendar day in local time: each <see cref="WorkingInterval"/> of a day that
/// is no holiday is mapped to instants in <see cref="Zone"/> with NodaTime's <see cref="Resolvers.LenientResolver"/>.
/// A local time that falls in a daylight-saving gap moves forward by the length of the gap (02:30 becomes 03:30
/// summer time), and an ambiguous local time takes the earlier of its two instants. So on the day clocks go forward a
/// 00:00–24:00 interval lasts 23 hours and an interval inside the gap lasts nothing; on the day they go back a
/// 00:00–24:00 interval lasts 25 hours. The results are real elapsed time.</para>
/// <para>Days within two days of NodaTime's first or last ISO date never have working time. Instances are immutable
/// and thread-safe when the holiday calendar is; equality is reference equality.</para>
/// </remarks>
public sealed class BusinessHours
{
    private static readonly LocalDate FirstEvaluatedDate = LocalDate.MinIsoValue.PlusDays(2);
    private static readonly LocalDate LastEvaluatedDate = LocalDate.MaxIsoValue.PlusDays(-2);

    private BusinessHours(WeeklyWorkingHours hours, IHolidayCalendar holidays, DateTimeZone zone)
    {
        Hours = hours;
        Holidays = holidays;
        Zone = zone;
    }

    /// <summary>Gets the working intervals of each day of the week, in local time.</summary>
    public WeeklyWorkingHours Hours { get; }

    /// <summary>Gets the days on which no business time passes at all.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Gets the time zone in which the working hours are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Creates business hours.</summary>
    /// <param name="hours">The working intervals per day of the week; may be empty, in which case <see cref="Add"/> reports <see cref="WorkingTimeNotFound"/>.</param>
    /// <param name="holidays">The days without business time.</param>
    /// <param name="zone">The zone in which the working hours are local times.</param>
    /// <returns>The business hours.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static BusinessHours Create(WeeklyWorkingHours hours, IHolidayCalendar holidays, DateTimeZone zone)
    {
        Guard.Against.Null(hours);
        Guard.Against.Null(holidays);
        Guard.Against.Null(zone);
        return new BusinessHours(hours, holidays, zone);
    }

    /// <summary>Returns whether <paramref name="instant"/> lies within working time.</summary>
    /// <param name="instant">The instant to test.</param>
    /// <returns><see langword="true"/> when a working interval includes it (start included, end excluded).</returns>
    public bool IsWorkingTime(Instant instant)
    {
        LocalDate date = instant.InZone(Zone).Date;
        for (int offset = -1; offset <= 1; offset++)
        {
            if (BusinessCalendar.Step(date, offset) is not { } day || !HasWorkingTime(day))
            {
                continue;
            }
            foreach (WorkingInterval interval in Hours.GetIntervals(day.DayOfWeek))
            {
                (Instant start, Instant end) = ToInstants(day, interval);
                if (start <= instant && instant < end)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Returns the instant at which <paramref name="amount"/> of business time has passed since <paramref name="start"/>.</summary>
    /// <param name="start">The instant the clock starts, for example when a ticket was raised; it need not be working time.</param>
    /// <param name="amount">The business time to add; zero returns <paramref name="start"/>.</param>
    /// <returns>
    /// The deadline: when the amount is used up exactly at the end of a working interval, that end (17:00, not the next
    /// morning). Or <see cref="WorkingTimeNotFound"/> when a stretch of <see cref="BusinessCalendar.MaxSearchDays"/>
    /// days without working time is met, so that the search always ends.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <remarks><c>Between(start, Add(start, amount))</c> equals <c>amount</c> whenever <see cref="Add"/> succeeds.</remarks>
    public OneOf<Instant, WorkingTimeNotFound> Add(Instant start, Duration amount)
    {
        if (amount < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Business time to add cannot be negative.");
        }
        if (amount == Duration.Zero)
        {
            return start;
        }
        Duration remaining = amount;
        Instant searchedFrom = start;
        int daysWithoutWork = 0;
        LocalDate? day = BusinessCalendar.Step(start.InZone(Zone).Date, -1);
        while (day is { } date && daysWithoutWork <= BusinessCalendar.MaxSearchDays)
        {
            bool worked = false;
            if (HasWorkingTime(date))
            {
                foreach (WorkingInterval interval in Hours.GetIntervals(date.DayOfWeek))
                {
                    (Instant from, Instant to) = ToInstants(date, interval);
                    if (from < start)
                    {
                        from = start;
                    }
                    if (to <= from)
                    {
                        continue;
                    }
                    Duration available = to - from;
                    if (remaining <= available)
                    {
                        return from + remaining;
                    }
                    remaining -= available;
                    searchedFrom = to;
                    worked = true;
                }
            }
            daysWithoutWork = worked ? 0 : daysWithoutWork + 1;
            day = BusinessCalendar.Step(date, 1);
        }
        return new WorkingTimeNotFound(searchedFrom, remaining);
    }

    /// <summary>Measures the business time from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The start; included.</param>
    /// <param name="end">The end, not before <paramref name="start"/>; excluded.</param>
    /// <returns>The working time between the two instants; zero when they are equal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Duration Between(Instant start, Instant end) => Between(start, end, []);

    /// <summary>
    /// Measures the business time from <paramref name="start"/> to <paramref name="end"/>, minus the time that falls
    /// within <paramref name="pauses"/> (for example while a ticket waits for the customer).
    /// </summary>
    /// <param name="start">The start; included.</param>
    /// <param name="end">The end, not before <paramref name="start"/>; excluded.</param>
    /// <param name="pauses">
    /// Intervals during which the clock stops, in any order; they may overlap each other (overlaps count once),
    /// extend beyond the range, lie outside working time or be unbounded.
    /// </param>
    /// <returns>The working time between the two instants that lies in no pause. The result is additive: for any
    /// <c>m</c> between <paramref name="start"/> and <paramref name="end"/>, <c>Between(start, end)</c> equals
    /// <c>Between(start, m) + Between(m, end)</c> with the same pauses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pauses"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Duration Between(Instant start, Instant end, IEnumerable<Interval> pauses)
    {
        Guard.Against.Null(pauses);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The end must not be before the start ({start}).");
        }
        if (end == start)
        {
            return Duration.Zero;
        }
        List<(Instant Start, Instant End)> stops = MergePauses(pauses, start, end);
        Duration total = Duration.Zero;
        int firstStop = 0;
        LocalDate endDate = end.InZone(Zone).Date;
        LocalDate lastDate = BusinessCalendar.Step(endDate, 1) ?? endDate;
        LocalDate? day = BusinessCalendar.Step(start.InZone(Zone).Date, -1);
        while (day is { } date && date <= lastDate)
        {
            if (HasWorkingTime(date))
            {
                foreach (WorkingInterval interval in Hours.GetIntervals(date.DayOfWeek))
                {
                    (Instant from, Instant to) = ToInstants(date, interval);
                    from = Instant.Max(from, start);
                    to = Instant.Min(to, end);
                    if (to <= from)
                    {
                        continue;
                    }
                    while (firstStop < stops.Count && stops[firstStop].End <= from)
                    {
                        firstStop++;
                    }
                    Duration worked = to - from;
                    for (int i = firstStop; i < stops.Count && stops[i].Start < to; i++)
                    {
                        worked -= Instant.Min(to, stops[i].End) - Instant.Max(from, stops[i].Start);
                    }
                    total += worked;
                }
            }
            day = BusinessCalendar.Step(date, 1);
        }
        return total;
    }

    private static List<(Instant Start, Instant End)> MergePauses(IEnumerable<Interval> pauses, Instant start, Instant end)
    {
        var clipped = new List<(Instant Start, Instant End)>();
        foreach (Interval pause in pauses)
        {
            Instant from = pause.HasStart ? Instant.Max(pause.Start, start) : start;
            Instant to = pause.HasEnd ? Instant.Min(pause.End, end) : end;
            if (from < to)
            {
                clipped.Add((from, to));
            }
        }
        clipped.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(Instant Start, Instant End)>(clipped.Count);
        foreach ((Instant from, Instant to) in clipped)
        {
            if (merged.Count > 0 && merged[^1].End >= from)
            {
                merged[^1] = (merged[^1].Start, Instant.Max(merged[^1].End, to));
            }
            else
            {
                merged.Add((from, to));
            }
        }
        return merged;
    }

    private bool HasWorkingTime(LocalDate date) =>
        date >= FirstEvaluatedDate && date <= LastEvaluatedDate && !Holidays.IsHoliday(date);

    private (Instant Start, Instant End) ToInstants(LocalDate date, WorkingInterval interval)
    {
        Instant start = Zone.ResolveLocal(date.At(interval.Start), Resolvers.LenientResolver).ToInstant();
        LocalDateTime localEnd = interval.EndsAtEndOfDay ? date.PlusDays(1).AtMidnight() : date.At(interval.End);
        Instant end = Zone.ResolveLocal(localEnd, Resolvers.LenientResolver).ToInstant();
        return (start, end);
    }
}
