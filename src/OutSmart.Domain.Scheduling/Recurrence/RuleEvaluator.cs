using System.Numerics;
using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// A rule prepared for one start: every BY part turned into bit masks and sorted integer tables, so that the
/// <see cref="RuleCursor"/> only does integer arithmetic. Immutable apart from a thread-safe cache of year masks.
/// </summary>
internal sealed class RuleEvaluator
{
    private const int AllHours = (1 << 24) - 1;
    private const ulong AllSixty = (1UL << 60) - 1;

    private readonly int _weekStart;
    private readonly YearMaskTable _masks;
    private readonly ulong _hourMask;
    private readonly ulong _minuteMask;
    private readonly ulong _secondMask;
    private readonly ulong[]? _reachableDays;
    private readonly long _dayPhases;
    private readonly int _forwardMonthDay;
    private readonly int _forwardMonths;
    private readonly int _forwardWeekdays;
    private int[]? _dayUnitCounts;

    public RuleEvaluator(RecurrenceRule rule, LocalDateTime start)
    {
        Rule = rule;
        Frequency = rule.Frequency;
        Interval = rule.Interval;
        Count = rule.Count ?? 0;
        StartKey = CalendarMath.Key(start);
        UntilKey = rule.Until is null ? long.MaxValue : CalendarMath.Key(rule.Until.InclusiveLocal);
        UntilUtcKey = rule.Until?.Kind == RecurrenceUntilKind.Utc ? UntilKey : long.MaxValue;
        _weekStart = CalendarMath.Weekday(rule.WeekStart);

        int startDay = CalendarMath.DayNumber(start.Date);
        StartDay = startDay;
        StartYear = start.Year;
        StartMonthIndex = (start.Year * 12) + start.Month - 1;
        StartWeekDay = startDay - ((CalendarMath.Weekday(startDay) - _weekStart + 7) % 7);

        var byMonth = rule.ByMonth.AsSpan();
        var byMonthDay = rule.ByMonthDay.AsSpan();
        var byDay = rule.ByDay;
        bool dayPartsGiven = !rule.ByWeekNo.IsEmpty || !rule.ByYearDay.IsEmpty || !byMonthDay.IsEmpty || !byDay.IsEmpty;
        int[] defaultMonth = [start.Month];
        int[] defaultMonthDay = [start.Day];
        if (!dayPartsGiven)
        {
            // RFC 5545: parts that are not given are taken from DTSTART (the "default expansion" python-dateutil uses).
            switch (Frequency)
            {
                case RecurrenceFrequency.Yearly:
                    byMonth = byMonth.IsEmpty ? defaultMonth : byMonth;
                    byMonthDay = defaultMonthDay;
                    break;
                case RecurrenceFrequency.Monthly:
                    byMonthDay = defaultMonthDay;
                    break;
                case RecurrenceFrequency.Weekly:
                    byDay = [RecurrenceWeekday.Every(start.DayOfWeek)];
                    break;
                default:
                    break;
            }
        }

        int monthBits = 0;
        foreach (int month in byMonth)
        {
            monthBits |= 1 << month;
        }
        int plainWeekdays = 0;
        foreach (var day in byDay)
        {
            if (day.Ordinal == 0)
            {
                plainWeekdays |= 1 << CalendarMath.Weekday(day.Day);
            }
        }
        // SKIP=FORWARD moves a missing month day into the next month, where it still belongs to the month it came from.
        // MONTHLY rules walked month by month (INTERVAL above 1, or BYSETPOS) therefore use the masks without moves and
        // add the moved day to the period it came from (see MovesForwardFrom); all other rules use masks with the moves.
        int longestMonthDay = 0;
        foreach (int value in byMonthDay)
        {
            longestMonthDay = Math.Max(longestMonthDay, value);
        }
        MonthlyForward = Frequency == RecurrenceFrequency.Monthly && rule.Skip == RecurrenceSkip.Forward
            && (rule.Interval > 1 || !rule.BySetPosition.IsEmpty) && longestMonthDay > 28;
        _forwardMonthDay = longestMonthDay;
        _forwardMonths = monthBits;
        _forwardWeekdays = byDay.IsEmpty ? 0x7F : plainWeekdays;

        int[] hours = rule.ByHour.IsEmpty ? [start.Hour] : [.. rule.ByHour];
        int[] minutes = rule.ByMinute.IsEmpty ? [start.Minute] : [.. rule.ByMinute];
        int[] seconds = rule.BySecond.IsEmpty ? [start.Second] : [.. rule.BySecond.Where(s => s < 60)];

        SetPositive = [.. rule.BySetPosition.Where(p => p > 0)];
        SetNegative = [.. rule.BySetPosition.Where(p => p < 0)];
        bool hasSetPosition = !rule.BySetPosition.IsEmpty;

        // MONTHLY or YEARLY with INTERVAL=1, BYSETPOS and one time of day (such as "the last weekday of the month"): the
        // positions pick days from a month or a year, whose candidate days depend only on the kind of year; so the
        // picked days are folded into the cached year masks, and the rule is then walked like one without BYSETPOS
        // (whole years at a time) instead of one period at a time. MonthlyForward rules add moved days per period, so they
        // are not folded.
        bool foldSetPositions = hasSetPosition && rule.Interval == 1 && !MonthlyForward
            && (Frequency == RecurrenceFrequency.Monthly || Frequency == RecurrenceFrequency.Yearly)
            && hours.Length == 1 && minutes.Length == 1 && seconds.Length == 1;
        HasSetPosition = hasSetPosition && !foldSetPositions;
        _masks = YearMaskTable.For(
            monthBits,
            byMonthDay.ToArray(),
            [.. rule.ByYearDay],
            [.. rule.ByWeekNo],
            !byDay.IsEmpty,
            plainWeekdays,
            [.. byDay.Where(d => d.Ordinal != 0).Select(d => (CalendarMath.Weekday(d.Day), d.Ordinal))],
            Frequency == RecurrenceFrequency.Monthly || (Frequency == RecurrenceFrequency.Yearly && monthBits != 0),
            _weekStart,
            MonthlyForward ? RecurrenceSkip.Omit : rule.Skip,
            foldSetPositions ? SetPositive : [],
            foldSetPositions ? SetNegative : [],
            Frequency == RecurrenceFrequency.Monthly);

        if (Frequency >= RecurrenceFrequency.Daily)
        {
            Times = [.. hours.SelectMany(h => minutes.SelectMany(m => seconds.Select(s => (h * 3600) + (m * 60) + s)))];
            IsEmpty = Times.Length == 0;
        }
        else
        {
            UnitSeconds = Frequency switch
            {
                RecurrenceFrequency.Hourly => 3600,
                RecurrenceFrequency.Minutely => 60,
                _ => 1,
            };
            UnitsPerDay = CalendarMath.SecondsPerDay / UnitSeconds;
            StartUnit = StartKey / UnitSeconds;
            Times = Frequency switch
            {
                RecurrenceFrequency.Hourly => [.. minutes.SelectMany(m => seconds.Select(s => (m * 60) + s))],
                RecurrenceFrequency.Minutely => seconds,
                _ => [0],
            };
            _hourMask = Bits(rule.ByHour.AsSpan(), AllHours);
            _minuteMask = Frequency <= RecurrenceFrequency.Minutely ? Bits(rule.ByMinute.AsSpan(), AllSixty) : 1;
            _secondMask = Frequency != RecurrenceFrequency.Secondly ? 1 : rule.BySecond.IsEmpty ? AllSixty : Bits([.. rule.BySecond.Where(s => s < 60)], 0);
            IsEmpty = Times.Length == 0 || _hourMask == 0 || _minuteMask == 0 || _secondMask == 0 || !AnyUnitReachable();
            if (!IsEmpty)
            {
                _reachableDays = ReachableDayPhases(out long phases);
                _dayPhases = phases;
            }
        }

        if (hasSetPosition && !AnyPositionSelectable())
        {
            IsEmpty = true;
        }
        if (Frequency == RecurrenceFrequency.Monthly && rule.Skip == RecurrenceSkip.Forward
            && IsOnlyMovedIntoStartMonth(start.Date, byMonthDay, monthBits))
        {
            // The first day of the start's month only holds dates moved forward from the month before the start, which
            // is not a period of the rule: nothing on that day is an occurrence (or counts).
            StartKey = Math.Max(StartKey, (long)(startDay + 1) * CalendarMath.SecondsPerDay);
        }
        SingleTime = Times.Length == 1 ? Times[0] : -1;
        OccurrencesPerUnit = HasSetPosition ? SelectedCount(Times.Length) : Times.Length;
    }

    public RecurrenceRule Rule { get; }

    /// <summary>
    /// Gets whether this is a MONTHLY rule with SKIP=FORWARD walked month by month: its year masks hold no moved days,
    /// and <see cref="MovesForwardFrom"/> tells which periods gain the first day of the next month.
    /// </summary>
    public bool MonthlyForward { get; }

    public RecurrenceFrequency Frequency { get; }

    public long Interval { get; }

    /// <summary>Gets COUNT, or 0 when the rule has none.</summary>
    public int Count { get; }

    public long StartKey { get; }

    /// <summary>Gets the inclusive UNTIL as a local key, or <see cref="long.MaxValue"/>.</summary>
    public long UntilKey { get; }

    /// <summary>Gets a UTC UNTIL as a UTC key (compared with instants in zoned evaluation), or <see cref="long.MaxValue"/>.</summary>
    public long UntilUtcKey { get; }

    public bool IsEmpty { get; }

    public int StartDay { get; }

    public int StartYear { get; }

    public int StartMonthIndex { get; }

    /// <summary>Gets the first day (WKST) of the week that holds the start.</summary>
    public int StartWeekDay { get; }

    /// <summary>Gets, for DAILY and longer, the sorted seconds of the day; for shorter ones, the sorted second offsets within a period.</summary>
    public int[] Times { get; }

    public bool HasSetPosition { get; }

    /// <summary>Gets the only entry of <see cref="Times"/>, or -1 when there are none or several.</summary>
    public int SingleTime { get; }

    public int[] SetPositive { get; }

    public int[] SetNegative { get; }

    /// <summary>Gets the length of a HOURLY/MINUTELY/SECONDLY period in seconds (0 for longer frequencies).</summary>
    public int UnitSeconds { get; }

    public int UnitsPerDay { get; }

    /// <summary>Gets the period that holds the start, counted in units from day 0.</summary>
    public long StartUnit { get; }

    /// <summary>Gets how many occurrences one allowed period yields (after BYSETPOS) when the period is one day or one unit long.</summary>
    public int OccurrencesPerUnit { get; }

    /// <summary>Gets how many day phases <see cref="DayUnitCounts"/> distinguishes (HOURLY/MINUTELY/SECONDLY).</summary>
    public long DayPhases => _dayPhases;

    /// <summary>
    /// For HOURLY/MINUTELY/SECONDLY: for each day phase (see <see cref="CanHitOnDay"/>), how many periods of such a day
    /// fall on a unit that BYHOUR/BYMINUTE/BYSECOND allow; null when there are more than 65,536 phases. Built on first
    /// use (a window query far after the start of a rule with COUNT counts whole days with it), then cached.
    /// </summary>
    public int[]? DayUnitCounts()
    {
        var counts = Volatile.Read(ref _dayUnitCounts);
        if (counts is null && _dayPhases is > 0 and <= 65_536)
        {
            counts = new int[_dayPhases];
            for (long phase = 0; phase < _dayPhases; phase++)
            {
                long first = (((StartUnit - (phase * UnitsPerDay)) % Interval) + Interval) % Interval;
                for (long unit = first; unit < UnitsPerDay; unit += Interval)
                {
                    if (IsUnitAllowed((int)unit))
                    {
                        counts[phase]++;
                    }
                }
            }
            Volatile.Write(ref _dayUnitCounts, counts);
        }
        return counts;
    }

    /// <summary>
    /// Counts the distinct positions BYSETPOS selects from a set of <paramref name="flatCount"/> candidates, as
    /// <see cref="RuleCursor"/> walks them (both lists ascending; positions out of range are left out).
    /// </summary>
    public int SelectedCount(int flatCount)
    {
        int[] positive = SetPositive;
        int[] negative = SetNegative;
        int positiveIndex = 0;
        int negativeIndex = 0;
        int last = -1;
        int count = 0;
        while (true)
        {
            int p = positiveIndex < positive.Length && positive[positiveIndex] - 1 < flatCount ? positive[positiveIndex] - 1 : int.MaxValue;
            int n = negativeIndex < negative.Length ? flatCount + negative[negativeIndex] : int.MaxValue;
            if (n < 0)
            {
                negativeIndex++;
                continue;
            }
            if (p == int.MaxValue && n == int.MaxValue)
            {
                return count;
            }
            int next = Math.Min(p, n);
            if (p == next)
            {
                positiveIndex++;
            }
            if (n == next)
            {
                negativeIndex++;
            }
            if (next > last)
            {
                last = next;
                count++;
            }
        }
    }

    /// <summary>Gets the smallest period number not before <paramref name="unit"/> that the interval reaches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long FirstReachableUnit(long unit)
    {
        if (unit <= StartUnit)
        {
            return StartUnit;
        }
        long steps = ((unit - StartUnit) + Interval - 1) / Interval;
        return StartUnit + (steps * Interval);
    }

    /// <summary>Tells whether a unit of the day (hour, minute or second of the day) passes BYHOUR/BYMINUTE/BYSECOND.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsUnitAllowed(int unit) => Frequency switch
    {
        RecurrenceFrequency.Hourly => ((_hourMask >> unit) & 1) != 0,
        RecurrenceFrequency.Minutely => ((_hourMask >> (unit / 60)) & 1) != 0 && ((_minuteMask >> (unit % 60)) & 1) != 0,
        _ => ((_hourMask >> (unit / 3600)) & 1) != 0 && ((_minuteMask >> ((unit / 60) % 60)) & 1) != 0 && ((_secondMask >> (unit % 60)) & 1) != 0,
    };

    /// <summary>
    /// Tells whether a period of a HOURLY/MINUTELY/SECONDLY rule can fall on an allowed unit of <paramref name="day"/>.
    /// Which units a day's periods reach repeats every few days; a day whose phase reaches none is skipped at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CanHitOnDay(long day)
    {
        if (_reachableDays is null)
        {
            return true;
        }
        long phase = day % _dayPhases;
        return (_reachableDays[phase >> 6] & (1UL << (int)(phase & 63))) != 0;
    }

    /// <summary>Gets the first allowed unit of the day at or after <paramref name="unit"/>, or -1.</summary>
    public int NextAllowedUnit(int unit)
    {
        switch (Frequency)
        {
            case RecurrenceFrequency.Hourly:
                return NextBit(_hourMask, unit);
            case RecurrenceFrequency.Minutely:
            {
                int hour = unit / 60;
                if (((_hourMask >> hour) & 1) != 0)
                {
                    int minute = NextBit(_minuteMask, unit % 60);
                    if (minute >= 0)
                    {
                        return (hour * 60) + minute;
                    }
                }
                int nextHour = NextBit(_hourMask, hour + 1);
                return nextHour < 0 ? -1 : (nextHour * 60) + NextBit(_minuteMask, 0);
            }
            default:
            {
                int hour = unit / 3600;
                int minute = (unit / 60) % 60;
                if (((_hourMask >> hour) & 1) != 0)
                {
                    if (((_minuteMask >> minute) & 1) != 0)
                    {
                        int second = NextBit(_secondMask, unit % 60);
                        if (second >= 0)
                        {
                            return (hour * 3600) + (minute * 60) + second;
                        }
                    }
                    int nextMinute = NextBit(_minuteMask, minute + 1);
                    if (nextMinute >= 0)
                    {
                        return (hour * 3600) + (nextMinute * 60) + NextBit(_secondMask, 0);
                    }
                }
                int nextHour = NextBit(_hourMask, hour + 1);
                return nextHour < 0 ? -1 : (nextHour * 3600) + (NextBit(_minuteMask, 0) * 60) + NextBit(_secondMask, 0);
            }
        }
    }

    /// <summary>Gets the days of <paramref name="year"/> that pass every day-level part and the last of them (see
    /// <see cref="YearMaskTable.YearBits"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly DayBits YearBits(int year, out int lastDay) => ref _masks.YearBits(year, out lastDay);

    /// <summary>Gets the first year from <paramref name="year"/> (at least 1) on with a candidate day, or <see cref="CalendarMath.MaxYear"/> + 1.</summary>
    public int FirstNonEmptyYear(int year) => _masks.FirstNonEmptyYear(year);

    /// <summary>Tells whether no day of <paramref name="year"/> passes the day-level parts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsEmptyYear(int year) => _masks.IsEmptyYear(year);

    /// <summary>
    /// Tells whether, with SKIP=FORWARD, the start lies on the first day of its month and that day is a candidate only
    /// because the previous month lacks one of the month days (RFC 7529), not because the start's month has it.
    /// </summary>
    private static bool IsOnlyMovedIntoStartMonth(LocalDate start, ReadOnlySpan<int> monthDays, int monthBits)
    {
        if (start.Day != 1 || start.Month == 1)
        {
            return false;
        }
        int previousLength = CalendarSystem.Iso.GetDaysInMonth(start.Year, start.Month - 1);
        int length = CalendarSystem.Iso.GetDaysInMonth(start.Year, start.Month);
        bool previousAllowed = monthBits == 0 || (monthBits & (1 << (start.Month - 1))) != 0;
        bool startAllowed = monthBits == 0 || (monthBits & (1 << start.Month)) != 0;
        bool movedIn = false;
        foreach (int day in monthDays)
        {
            if (startAllowed && (day == 1 || day == -length))
            {
                return false;
            }
            movedIn |= previousAllowed && day > previousLength;
        }
        return movedIn;
    }

    /// <summary>
    /// For <see cref="MonthlyForward"/> rules: tells whether the month (0-based) of <paramref name="year"/> lacks one of the
    /// month days, which then moves to the first day of the next month, and that day passes BYDAY.
    /// </summary>
    public bool MovesForwardFrom(int year, int month)
    {
        var starts = CalendarMath.MonthStarts(year);
        int length = starts[month + 1] - starts[month];
        if (_forwardMonthDay <= length || (_forwardMonths != 0 && (_forwardMonths & (1 << (month + 1))) == 0))
        {
            return false;
        }
        int firstOfNext = CalendarMath.DaysBeforeYear(year) + starts[month + 1];
        return (_forwardWeekdays & (1 << CalendarMath.Weekday(firstOfNext))) != 0;
    }

    /// <summary>Tells whether some BYSETPOS value fits the largest possible set of one interval.</summary>
    private bool AnyPositionSelectable()
    {
        int days = Frequency switch
        {
            RecurrenceFrequency.Yearly => 366,
            RecurrenceFrequency.Monthly => 31,
            RecurrenceFrequency.Weekly => 7,
            _ => 1,
        };
        long largest = (long)days * Times.Length;
        return SetPositive.Any(p => p <= largest) || SetNegative.Any(p => -p <= largest);
    }

    private bool AnyUnitReachable()
    {
        // Periods fall on units u of a day with u ≡ StartUnit (mod gcd(INTERVAL, units per day)), whatever the day.
        long gcd = (long)BigInteger.GreatestCommonDivisor(Interval, UnitsPerDay);
        for (long unit = StartUnit % gcd; unit < UnitsPerDay; unit += gcd)
        {
            if (IsUnitAllowed((int)unit))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// For each day phase (day number modulo INTERVAL / gcd(INTERVAL, units per day)), marks whether the periods of
    /// such a day reach an allowed unit. Without this, a rule such as <c>FREQ=HOURLY;INTERVAL=168;BYDAY=TU;BYHOUR=10</c>
    /// started on a Monday would scan every day to the year 9999. Skipped (null) when the phase cycle is long, which
    /// only happens with intervals so large that periods are sparse anyway.
    /// </summary>
    private ulong[]? ReachableDayPhases(out long phases)
    {
        long gcd = (long)BigInteger.GreatestCommonDivisor(Interval, UnitsPerDay);
        phases = Interval / gcd;
        if (phases > 65_536 || phases == 1)
        {
            return null;
        }
        var reachable = new ulong[(phases + 63) / 64];
        for (long phase = 0; phase < phases; phase++)
        {
            long first = (((StartUnit - (phase * UnitsPerDay)) % Interval) + Interval) % Interval;
            for (long unit = first; unit < UnitsPerDay; unit += Interval)
            {
                if (IsUnitAllowed((int)unit))
                {
                    reachable[phase >> 6] |= 1UL << (int)(phase & 63);
                    break;
                }
            }
        }
        return reachable;
    }

    private static ulong Bits(ReadOnlySpan<int> values, ulong all)
    {
        if (values.IsEmpty)
        {
            return all;
        }
        ulong bits = 0;
        foreach (int value in values)
        {
            bits |= 1UL << value;
        }
        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextBit(ulong mask, int from)
    {
        if (from >= 64)
        {
            return -1;
        }
        ulong rest = mask & (ulong.MaxValue << from);
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }
}
