using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// Prices one employee's work and counts its overtime (<i>urenberekening</i>): splits each entry into lines at local
/// midnight and wherever the winning rate window changes, prices each line, and totals days and ISO weeks against the
/// expected hours (OT-01, OT-02, OT-04, OT-05, OT-07).
/// </summary>
/// <remarks>
/// <para>Entries are intervals of instants; a host that records local date-times resolves them in the employee's zone
/// first (a time in a DST gap moves forward by the length of the gap, an ambiguous time takes the earlier instant, as
/// <see cref="Resolvers.LenientResolver"/> does). Lines are split on the local wall clock of <see cref="Zone"/>: at
/// every moment the covering window with the highest multiplier wins, the first listed on a tie, and multipliers never
/// compound. A line's elapsed time is real time, across a DST change too; its amount is elapsed time × rate ×
/// multiplier computed exactly and rounded to cents, midpoints away from zero. Times are handled to the 100 ns tick.</para>
/// <para>The calculator is pure, immutable and thread-safe; one instance may serve many calls at once. Overlapping
/// entries are priced and counted as given: validating entries is the caller's task.</para>
/// </remarks>
public sealed class TimesheetCalculator
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;
    private const int StackWindows = 32;
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly long[] _from;
    private readonly long[] _to;
    private readonly decimal[] _multipliers;
    private readonly int[] _dayMasks;
    private readonly bool[] _onHolidays;
    private readonly HourlyPrice[] _prices;
    private readonly HourlyPrice _basePrice;

    /// <summary>Creates a calculator for one employee's zone, rates, availability and overtime policy.</summary>
    /// <param name="zone">The employee's time zone: windows, dates and weeks follow its wall clock.</param>
    /// <param name="rates">The hourly rate and windows.</param>
    /// <param name="availability">The expected hours.</param>
    /// <param name="overtime">How overtime is counted.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimesheetCalculator(DateTimeZone zone, RateCard rates, EmployeeAvailability availability, OvertimePolicy overtime)
    {
        Zone = Guard.Against.Null(zone);
        Rates = Guard.Against.Null(rates);
        Availability = Guard.Against.Null(availability);
        Overtime = Guard.Against.Null(overtime);
        int count = rates.Windows.Length;
        _from = new long[count];
        _to = new long[count];
        _multipliers = new decimal[count];
        _dayMasks = new int[count];
        _onHolidays = new bool[count];
        _prices = new HourlyPrice[count];
        _basePrice = new HourlyPrice(rates.Rate.Amount);
        for (int i = 0; i < count; i++)
        {
            RateWindow window = rates.Windows[i];
            _from[i] = window.FromNanosecondOfDay / NodaConstants.NanosecondsPerTick;
            _to[i] = window.ToNanosecondOfDay / NodaConstants.NanosecondsPerTick;
            _multipliers[i] = window.Multiplier;
            _dayMasks[i] = window.DayMask;
            _onHolidays[i] = window.OnHolidayDays;
            _prices[i] = new HourlyPrice(rates.Rate.Amount * window.Multiplier);
        }
    }

    /// <summary>
    /// Gets the latest end an entry may have, 9999-12-25T00:00Z: the seven dates of the ISO week of every entry must
    /// fit in the calendar, whose last date (9999-12-31) is a Friday.
    /// </summary>
    public static Instant LatestEnd { get; } = Instant.FromUtc(9999, 12, 25, 0, 0);

    /// <summary>Gets the employee's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the rate card that prices the lines.</summary>
    public RateCard Rates { get; }

    /// <summary>Gets the availability that gives the expected hours.</summary>
    public EmployeeAvailability Availability { get; }

    /// <summary>Gets the overtime policy.</summary>
    public OvertimePolicy Overtime { get; }

    /// <summary>Calculates the lines, day totals and week totals of <paramref name="entries"/>.</summary>
    /// <param name="entries">The work entries, each a non-empty interval with a start and an end; any order.</param>
    /// <returns>
    /// The lines in entry order then time order; all seven dates of each ISO week that has work, in date order; each
    /// such week in week order; and the sum of the line amounts.
    /// </returns>
    /// <exception cref="ArgumentException">An entry has no start or no end, does not end after it starts, or ends after <see cref="LatestEnd"/>.</exception>
    /// <exception cref="OverflowException">An amount is outside the range of <see cref="decimal"/>.</exception>
    public TimesheetCalculation Calculate(ReadOnlySpan<Interval> entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            Interval entry = entries[i];
            if (!entry.HasStart || !entry.HasEnd || entry.End <= entry.Start || entry.End > LatestEnd)
            {
                throw new ArgumentException($"Entry {i} must have a start and an end after it, no later than {LatestEnd}.", nameof(entries));
            }
        }
        var state = new SplitState(entries.Length * 2 + 4);
        Span<int> applicable = _from.Length <= StackWindows ? stackalloc int[_from.Length] : new int[_from.Length];
        try
        {
            for (int i = 0; i < entries.Length; i++)
            {
                Split(i, entries[i].Start.ToUnixTimeTicks(), entries[i].End.ToUnixTimeTicks(), ref state, applicable);
            }
            return state.Finish(this);
        }
        finally
        {
            state.Return();
        }
    }

    private void Split(int entry, long start, long end, ref SplitState state, Span<int> applicable)
    {
        long cur = start;
        while (cur < end)
        {
            if (cur < state.ZoneStart || cur >= state.ZoneEnd)
            {
                ZoneInterval interval = Zone.GetZoneInterval(Instant.FromUnixTimeTicks(cur));
                state.ZoneStart = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
                state.ZoneEnd = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
                state.Offset = interval.WallOffset.Ticks;
            }
            long local = cur + state.Offset;
            long day = Math.DivRem(local, TicksPerDay, out long timeOfDay);
            if (timeOfDay < 0)
            {
                day--;
                timeOfDay += TicksPerDay;
            }
            if (day != state.Day)
            {
                state.Day = day;
                state.Date = Epoch.PlusDays(checked((int)day));
                bool holiday = _onHolidays.Length > 0 && Rates.Holidays.IsHoliday(state.Date);
                int bit = 1 << (int)state.Date.DayOfWeek;
                state.ApplicableCount = 0;
                for (int w = 0; w < _from.Length; w++)
                {
                    if (_onHolidays[w] ? holiday : (_dayMasks[w] & bit) != 0)
                    {
                        applicable[state.ApplicableCount++] = w;
                    }
                }
            }
            int winner = -1;
            long boundary = TicksPerDay;
            foreach (int w in applicable[..state.ApplicableCount])
            {
                long from = _from[w];
                long to = _to[w];
                if (timeOfDay >= from && timeOfDay < to)
                {
                    if (winner < 0 || _multipliers[w] > _multipliers[winner])
                    {
                        winner = w;
                    }
                    if (to < boundary)
                    {
                        boundary = to;
                    }
                }
                else if (from > timeOfDay && from < boundary)
                {
                    boundary = from;
                }
            }
            long next = Math.Min(end, Math.Min(state.ZoneEnd, cur + (boundary - timeOfDay)));
            state.Add(this, entry, day, winner, cur, next);
            cur = next;
        }
        state.Flush(this);
    }

    private Money Price(int winner, long ticks) =>
        RateSnapshot.LineAmount(winner < 0 ? _basePrice : _prices[winner], ticks);

    /// <summary>The mutable state of one calculation: the open line, the cached zone interval and day, the pooled buffers.</summary>
    private struct SplitState
    {
        public long ZoneStart;
        public long ZoneEnd;
        public long Offset;
        public long Day;
        public LocalDate Date;
        public int ApplicableCount;

        private PricedLine[] _lines;
        private long[] _lineDays;
        private long[] _lineTicks;
        private int _count;
        private Money _total;

        private int _openEntry;
        private long _openDay;
        private LocalDate _openDate;
        private int _openWinner;
        private long _openStart;
        private long _openEnd;

        public SplitState(int capacity)
        {
            ZoneStart = long.MaxValue;
            ZoneEnd = long.MinValue;
            Day = long.MinValue;
            _lines = ArrayPool<PricedLine>.Shared.Rent(capacity);
            _lineDays = ArrayPool<long>.Shared.Rent(capacity);
            _lineTicks = ArrayPool<long>.Shared.Rent(capacity);
            _openEntry = -1;
        }

        public void Add(TimesheetCalculator calculator, int entry, long day, int winner, long start, long end)
        {
            if (_openEntry == entry && _openDay == day && _openWinner == winner && _openEnd == start)
            {
                _openEnd = end;
                return;
            }
            Flush(calculator);
            _openEntry = entry;
            _openDay = day;
            _openDate = Date;
            _openWinner = winner;
            _openStart = start;
            _openEnd = end;
        }

        public void Flush(TimesheetCalculator calculator)
        {
            if (_openEntry < 0)
            {
                return;
            }
            if (_count == _lines.Length)
            {
                Grow();
            }
            long ticks = _openEnd - _openStart;
            Money amount = calculator.Price(_openWinner, ticks);
            _total = _total.Plus(amount);
            _lines[_count] = new PricedLine(
                _openEntry,
                _openDate,
                Instant.FromUnixTimeTicks(_openStart),
                Instant.FromUnixTimeTicks(_openEnd),
                _openWinner < 0 ? null : calculator.Rates.Windows[_openWinner],
                _openWinner < 0 ? 1m : calculator._multipliers[_openWinner],
                amount);
            _lineDays[_count] = _openDay;
            _lineTicks[_count] = ticks;
            _count++;
            _openEntry = -1;
        }

        public readonly TimesheetCalculation Finish(TimesheetCalculator calculator)
        {
            var lines = new PricedLine[_count];
            Array.Copy(_lines, lines, _count);
            Span<long> days = _lineDays.AsSpan(0, _count);
            Span<long> ticks = _lineTicks.AsSpan(0, _count);
            days.Sort(ticks);
            int weekCount = 0;
            long lastMonday = long.MinValue;
            foreach (long day in days)
            {
                long monday = Monday(day);
                if (monday != lastMonday)
                {
                    weekCount++;
                    lastMonday = monday;
                }
            }
            var dayTotals = new DayTotal[weekCount * 7];
            var weekTotals = new WeekTotal[weekCount];
            OvertimePolicy policy = calculator.Overtime;
            long tolerance = policy.Tolerance.BclCompatibleTicks;
            bool daily = policy.Mode != OvertimeMode.Weekly;
            int next = 0;
            for (int week = 0; week < weekCount; week++)
            {
                long monday = Monday(days[next]);
                LocalDate mondayDate = Epoch.PlusDays(checked((int)monday));
                long weekWorked = 0;
                long weekExpected = 0;
                long weekDaily = 0;
                for (int d = 0; d < 7; d++)
                {
                    long worked = 0;
                    while (next < days.Length && days[next] == monday + d)
                    {
                        worked += ticks[next++];
                    }
                    LocalDate date = mondayDate.PlusDays(d);
                    long expected = calculator.Availability.ExpectedOn(date).BclCompatibleTicks;
                    long overtime = daily ? Math.Max(0, worked - expected - tolerance) : 0;
                    dayTotals[week * 7 + d] = new DayTotal(date, Duration.FromTicks(worked), Duration.FromTicks(expected), Duration.FromTicks(overtime));
                    weekWorked += worked;
                    weekExpected += expected;
                    weekDaily += overtime;
                }
                long weekOvertime = policy.Mode switch
                {
                    OvertimeMode.Daily => weekDaily,
                    OvertimeMode.Weekly => Math.Max(0, weekWorked - weekExpected - tolerance),
                    _ => weekDaily + Math.Max(0, weekWorked - weekExpected - tolerance - weekDaily),
                };
                weekTotals[week] = new WeekTotal(mondayDate, Duration.FromTicks(weekWorked), Duration.FromTicks(weekExpected), Duration.FromTicks(weekOvertime));
            }
            return new TimesheetCalculation(
                ImmutableCollectionsMarshal.AsImmutableArray(lines),
                ImmutableCollectionsMarshal.AsImmutableArray(dayTotals),
                ImmutableCollectionsMarshal.AsImmutableArray(weekTotals),
                _total);
        }

        public readonly void Return()
        {
            ArrayPool<PricedLine>.Shared.Return(_lines, clearArray: true);
            ArrayPool<long>.Shared.Return(_lineDays);
            ArrayPool<long>.Shared.Return(_lineTicks);
        }

        /// <summary>The day number of the Monday of the ISO week of <paramref name="day"/> (1970-01-01, day 0, is a Thursday).</summary>
        private static long Monday(long day)
        {
            long sinceMonday = (day + 3) % 7;
            if (sinceMonday < 0)
            {
                sinceMonday += 7;
            }
            return day - sinceMonday;
        }

        private void Grow()
        {
            int size = _lines.Length * 2;
            PricedLine[] lines = ArrayPool<PricedLine>.Shared.Rent(size);
            long[] days = ArrayPool<long>.Shared.Rent(size);
            long[] ticks = ArrayPool<long>.Shared.Rent(size);
            Array.Copy(_lines, lines, _count);
            Array.Copy(_lineDays, days, _count);
            Array.Copy(_lineTicks, ticks, _count);
            Return();
            _lines = lines;
            _lineDays = days;
            _lineTicks = ticks;
        }
    }
}
