using System.Runtime.CompilerServices;
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
/// 00:00–24:00 interval lasts 23 hours, an interval that spans the gap exactly (02:00–03:00) lasts nothing and one
/// inside it moves forward with it (02:15–02:45 becomes 03:15–03:45 summer time); on the day they go back a
/// 00:00–24:00 interval lasts 25 hours. The results are real elapsed time.</para>
/// <para>Working time is the set of instants the mapped intervals cover: where two of them overlap (an interval end
/// moved forward out of a gap past the start of the next interval, such as 00:00–02:30 and 03:00–06:00 on the day
/// clocks go from 02:00 to 03:00, which both cover 03:00–03:30) the overlap counts once, so that day has 5 hours of
/// working time, not 5.5.</para>
/// <para>Days within two days of NodaTime's first or last ISO date never have working time; every member accepts any
/// instant, <see cref="Instant.MinValue"/> and <see cref="Instant.MaxValue"/> included. Instances are immutable and
/// thread-safe when the holiday calendar is; equality is reference equality.</para>
/// </remarks>
public sealed class BusinessHours
{
    private static readonly LocalDate FirstEvaluatedDate = LocalDate.MinIsoValue.PlusDays(2);
    private static readonly LocalDate LastEvaluatedDate = LocalDate.MaxIsoValue.PlusDays(-2);

    /// <summary>The largest UTC offset NodaTime allows; a local time maps to an instant at most this far from it as UTC.</summary>
    private static readonly Duration MaxOffset = Duration.FromHours(18);

    /// <summary>How many days away from an instant's local date a working interval can cover it (see <see cref="MaxOffset"/>).</summary>
    private const int ReachDays = 2;

    /// <summary>No working time lies before this instant: 18 hours before the first evaluated day begins as UTC.</summary>
    private static readonly Instant FirstWorkingInstant = FirstEvaluatedDate.AtMidnight().InUtc().ToInstant() - MaxOffset;

    /// <summary>No working time lies at or after this instant: 18 hours after the last evaluated day ends as UTC.</summary>
    private static readonly Instant EndOfWorkingTime = LastEvaluatedDate.PlusDays(1).AtMidnight().InUtc().ToInstant() + MaxOffset;

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
    /// <param name="instant">The instant to test; any instant, <see cref="Instant.MinValue"/> and <see cref="Instant.MaxValue"/> included.</param>
    /// <returns><see langword="true"/> when a working interval includes it (start included, end excluded).</returns>
    public bool IsWorkingTime(Instant instant)
    {
        if (instant < FirstWorkingInstant || instant >= EndOfWorkingTime)
        {
            return false;
        }
        LocalDate date = instant.InZone(Zone).Date;
        // A day's intervals map to instants within 18 hours (the largest offset) of its local midnights, so only the
        // days up to two away can hold the instant.
        for (int offset = -ReachDays; offset <= ReachDays; offset++)
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
    /// days without working time is met, or the end of NodaTime's calendar, so that the search always ends.
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
        if (start >= EndOfWorkingTime)
        {
            return new WorkingTimeNotFound(start, amount);
        }
        Duration remaining = amount;
        Instant searchedFrom = start;
        var spans = new WorkingSpans(this, Instant.Max(start, FirstWorkingInstant), null, BusinessCalendar.MaxSearchDays);
        while (spans.MoveNext())
        {
            Instant from = Instant.Max(spans.Start, start);
            Instant to = spans.End;
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
    /// <param name="start">The start; included. Any instant, <see cref="Instant.MinValue"/> included.</param>
    /// <param name="end">The end, not before <paramref name="start"/>; excluded. Any instant, <see cref="Instant.MaxValue"/> included.</param>
    /// <param name="pauses">
    /// Intervals during which the clock stops, in any order; they may overlap each other (overlaps count once),
    /// extend beyond the range, lie outside working time or be unbounded.
    /// </param>
    /// <returns>The working time between the two instants that lies in no pause. Time that two working intervals both
    /// cover (an interval end moved forward out of a daylight-saving gap past the next interval's start) counts once.
    /// The result is additive: for any <c>m</c> between <paramref name="start"/> and <paramref name="end"/>,
    /// <c>Between(start, end)</c> equals <c>Between(start, m) + Between(m, end)</c> with the same pauses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pauses"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public Duration Between(Instant start, Instant end, IEnumerable<Interval> pauses)
    {
        Guard.Against.Null(pauses);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The end must not be before the start ({start}).");
        }
        start = Instant.Max(start, FirstWorkingInstant);
        end = Instant.Min(end, EndOfWorkingTime);
        if (end <= start)
        {
            return Duration.Zero;
        }
        List<(Instant Start, Instant End)> stops = MergePauses(pauses, start, end);
        Duration total = Duration.Zero;
        int firstStop = 0;
        var spans = new WorkingSpans(this, start, end, int.MaxValue);
        while (spans.MoveNext())
        {
            Instant from = Instant.Max(spans.Start, start);
            Instant to = Instant.Min(spans.End, end);
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

    /// <summary>
    /// The working time as disjoint, ascending instant spans. Each day's intervals are mapped to instants and the
    /// results merged where they overlap or touch: an interval end moved forward out of a spring-forward gap can pass
    /// the start of the next interval (00:00–02:30 and 03:00–06:00 on 29 March 2026 in Amsterdam both cover
    /// 03:00–03:30 CEST), and in a zone whose gap is longer than a day (Pacific/Apia, 2011) a day's intervals can even
    /// pass the next day's. A span is handed out once no later day can start before its end.
    /// </summary>
    private struct WorkingSpans
    {
        private readonly BusinessHours _hours;
        private readonly Instant? _end;
        private readonly int _maxDaysWithoutWork;
        private SpanQueue _pending;
        private LocalDate? _nextDate;
        private int _daysWithoutWork;

        /// <summary>
        /// Walks the spans of the days from two before the local date of <paramref name="from"/> on (callers skip the
        /// spans that end before it), up to <paramref name="end"/>, or without one until more than
        /// <paramref name="maxDaysWithoutWork"/> days in a row without working time, or the end of the calendar.
        /// </summary>
        public WorkingSpans(BusinessHours hours, Instant from, Instant? end, int maxDaysWithoutWork)
        {
            _hours = hours;
            _end = end;
            _maxDaysWithoutWork = maxDaysWithoutWork;
            _pending = default;
            LocalDate date = from.InZone(hours.Zone).Date;
            _nextDate = BusinessCalendar.Step(date, -ReachDays) ?? BusinessCalendar.Step(date, -1) ?? date;
            _daysWithoutWork = 0;
            Start = default;
            End = default;
        }

        public Instant Start { get; private set; }

        public Instant End { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                if (_pending.Count > 0)
                {
                    (Instant start, Instant end) = _pending[0];
                    while (_pending.Count > 1 && _pending[1].Start <= end)
                    {
                        end = Instant.Max(end, _pending[1].End);
                        _pending.RemoveAt(1);
                    }
                    _pending[0] = (start, end);
                    if (_nextDate is not { } next || end < EarliestInstantOf(next))
                    {
                        _pending.RemoveAt(0);
                        Start = start;
                        End = end;
                        return true;
                    }
                    Instant settled = EarliestInstantOf(next);
                    if (start < settled)
                    {
                        // Working time without a break (around the clock, no holidays) would merge into one span that
                        // is never handed out; the part before the next day's earliest start can no longer change.
                        _pending[0] = (settled, end);
                        Start = start;
                        End = settled;
                        return true;
                    }
                }
                else if (_nextDate is null)
                {
                    return false;
                }
                LoadNextDate();
            }
        }

        private void LoadNextDate()
        {
            LocalDate date = _nextDate!.Value;
            bool worked = false;
            if (_hours.HasWorkingTime(date))
            {
                foreach (WorkingInterval interval in _hours.Hours.GetIntervals(date.DayOfWeek))
                {
                    (Instant start, Instant end) = _hours.ToInstants(date, interval);
                    if (end <= start)
                    {
                        // No instant covered: the interval is exactly a gap (02:00–03:00), or its start moved out of a
                        // gap past its end (02:30–03:10 becomes 03:30–03:10 summer time).
                        continue;
                    }
                    int at = _pending.Count;
                    while (at > 0 && _pending[at - 1].Start > start)
                    {
                        at--;
                    }
                    _pending.Insert(at, (start, end));
                    worked = true;
                }
            }
            _daysWithoutWork = worked ? 0 : _daysWithoutWork + 1;
            _nextDate = BusinessCalendar.Step(date, 1);
            if (_daysWithoutWork > _maxDaysWithoutWork || (_end is { } last && _nextDate is { } next && EarliestInstantOf(next) >= last))
            {
                _nextDate = null;
            }
        }

        /// <summary>Gets an instant no interval of <paramref name="date"/> or a later day starts before.</summary>
        private static Instant EarliestInstantOf(LocalDate date) => date.AtMidnight().InUtc().ToInstant() - MaxOffset;
    }

    /// <summary>
    /// The spans a <see cref="WorkingSpans"/> holds back, in start order: up to 16 inline (no allocation for ordinary
    /// working hours), then in a list.
    /// </summary>
    private struct SpanQueue
    {
        private const int InlineCapacity = 16;
        private InlineSpans _inline;
        private List<(Instant Start, Instant End)>? _overflow;

        public int Count { get; private set; }

        public (Instant Start, Instant End) this[int index]
        {
            readonly get => _overflow is null ? _inline[index] : _overflow[index];
            set
            {
                if (_overflow is null)
                {
                    _inline[index] = value;
                }
                else
                {
                    _overflow[index] = value;
                }
            }
        }

        public void Insert(int index, (Instant Start, Instant End) span)
        {
            if (_overflow is null && Count == InlineCapacity)
            {
                _overflow = new List<(Instant Start, Instant End)>(InlineCapacity * 2);
                for (int i = 0; i < Count; i++)
                {
                    _overflow.Add(_inline[i]);
                }
            }
            if (_overflow is not null)
            {
                _overflow.Insert(index, span);
            }
            else
            {
                for (int i = Count; i > index; i--)
                {
                    _inline[i] = _inline[i - 1];
                }
                _inline[index] = span;
            }
            Count++;
        }

        public void RemoveAt(int index)
        {
            if (_overflow is not null)
            {
                _overflow.RemoveAt(index);
            }
            else
            {
                for (int i = index; i < Count - 1; i++)
                {
                    _inline[i] = _inline[i + 1];
                }
            }
            Count--;
        }
    }

    [InlineArray(16)]
    private struct InlineSpans
    {
        private (Instant Start, Instant End) _span;
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
