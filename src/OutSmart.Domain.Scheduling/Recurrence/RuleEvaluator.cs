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

    private readonly bool _hasByMonth;
    private readonly int _monthBits;
    private readonly int[] _monthDays;
    private readonly int[] _yearDays;
    private readonly int[] _weekNumbers;
    private readonly bool _hasByDay;
    private readonly int _plainWeekdays;
    private readonly (int Weekday, int Ordinal)[] _ordinals;
    private readonly bool _ordinalsInMonth;
    private readonly int _weekStart;
    private readonly ulong _hourMask;
    private readonly ulong _minuteMask;
    private readonly ulong _secondMask;
    private readonly ulong[]? _reachableDays;
    private readonly long _dayPhases;
    private readonly ulong[] _maskCache;
    private readonly int[] _maskReady;

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

        _hasByMonth = !byMonth.IsEmpty;
        foreach (int month in byMonth)
        {
            _monthBits |= 1 << month;
        }
        _monthDays = byMonthDay.ToArray();
        _yearDays = [.. rule.ByYearDay];
        _weekNumbers = [.. rule.ByWeekNo];
        _hasByDay = !byDay.IsEmpty;
        _ordinals = [.. byDay.Where(d => d.Ordinal != 0).Select(d => (CalendarMath.Weekday(d.Day), d.Ordinal))];
        foreach (var day in byDay)
        {
            if (day.Ordinal == 0)
            {
                _plainWeekdays |= 1 << CalendarMath.Weekday(day.Day);
            }
        }
        _ordinalsInMonth = Frequency == RecurrenceFrequency.Monthly || (Frequency == RecurrenceFrequency.Yearly && _hasByMonth);

        int[] hours = rule.ByHour.IsEmpty ? [start.Hour] : [.. rule.ByHour];
        int[] minutes = rule.ByMinute.IsEmpty ? [start.Minute] : [.. rule.ByMinute];
        int[] seconds = rule.BySecond.IsEmpty ? [start.Second] : [.. rule.BySecond.Where(s => s < 60)];

        SetPositive = [.. rule.BySetPosition.Where(p => p > 0)];
        SetNegative = [.. rule.BySetPosition.Where(p => p < 0)];
        HasSetPosition = !rule.BySetPosition.IsEmpty;

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

        if (HasSetPosition && !AnyPositionSelectable())
        {
            IsEmpty = true;
        }

        int kinds = _weekNumbers.Length > 0 ? 56 : 14;
        _maskCache = new ulong[kinds * DayBits.Words];
        _maskReady = new int[kinds];
    }

    public RecurrenceRule Rule { get; }

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

    public int[] SetPositive { get; }

    public int[] SetNegative { get; }

    /// <summary>Gets the length of a HOURLY/MINUTELY/SECONDLY period in seconds (0 for longer frequencies).</summary>
    public int UnitSeconds { get; }

    public int UnitsPerDay { get; }

    /// <summary>Gets the period that holds the start, counted in units from day 0.</summary>
    public long StartUnit { get; }

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

    /// <summary>Gets the days of <paramref name="year"/> (bit = day of year, 0-based) that pass every day-level part.</summary>
    public ReadOnlySpan<ulong> YearMask(int year)
    {
        int jan1 = CalendarMath.Weekday(CalendarMath.DaysBeforeYear(year));
        int kind = (jan1 * 2) + (CalendarMath.IsLeap(year) ? 1 : 0);
        if (_weekNumbers.Length > 0)
        {
            kind = (kind * 4) + (CalendarMath.IsLeap(year - 1) ? 2 : 0) + (CalendarMath.IsLeap(year + 1) ? 1 : 0);
        }
        var slot = _maskCache.AsSpan(kind * DayBits.Words, DayBits.Words);
        if (Volatile.Read(ref _maskReady[kind]) == 0)
        {
            Span<ulong> computed = stackalloc ulong[DayBits.Words];
            ComputeYearMask(year, computed);
            computed.CopyTo(slot);
            Volatile.Write(ref _maskReady[kind], 1);
        }
        return slot;
    }

    private void ComputeYearMask(int year, Span<ulong> mask)
    {
        int length = CalendarMath.YearLength(year);
        int jan1 = CalendarMath.Weekday(CalendarMath.DaysBeforeYear(year));
        var months = CalendarMath.MonthStarts(year);
        mask.Clear();
        DayBits.SetRange(mask, 0, length);
        Span<ulong> part = stackalloc ulong[DayBits.Words];

        if (_hasByMonth)
        {
            part.Clear();
            for (int month = 1; month <= 12; month++)
            {
                if ((_monthBits & (1 << month)) != 0)
                {
                    DayBits.SetRange(part, months[month - 1], months[month]);
                }
            }
            And(mask, part);
        }
        if (_weekNumbers.Length > 0)
        {
            part.Clear();
            WeekNumberMask(year, part);
            And(mask, part);
        }
        if (_yearDays.Length > 0)
        {
            part.Clear();
            foreach (int value in _yearDays)
            {
                int day = value > 0 ? value - 1 : length + value;
                if (day >= 0 && day < length)
                {
                    DayBits.Set(part, day);
                }
            }
            And(mask, part);
        }
        if (_monthDays.Length > 0)
        {
            part.Clear();
            for (int month = 1; month <= 12; month++)
            {
                int first = months[month - 1];
                int monthLength = months[month] - first;
                foreach (int value in _monthDays)
                {
                    int day = value > 0 ? value - 1 : monthLength + value;
                    if (day >= 0 && day < monthLength)
                    {
                        DayBits.Set(part, first + day);
                    }
                }
            }
            And(mask, part);
        }
        if (_hasByDay)
        {
            part.Clear();
            if (_plainWeekdays != 0)
            {
                for (int day = 0; day < length; day++)
                {
                    if ((_plainWeekdays & (1 << ((jan1 + day) % 7))) != 0)
                    {
                        DayBits.Set(part, day);
                    }
                }
            }
            foreach (var (weekday, ordinal) in _ordinals)
            {
                int scopes = _ordinalsInMonth ? 12 : 1;
                for (int scope = 0; scope < scopes; scope++)
                {
                    int first = _ordinalsInMonth ? months[scope] : 0;
                    int end = _ordinalsInMonth ? months[scope + 1] : length;
                    int day;
                    if (ordinal > 0)
                    {
                        day = first + ((weekday - ((jan1 + first) % 7) + 7) % 7) + (7 * (ordinal - 1));
                    }
                    else
                    {
                        int last = end - 1;
                        day = last - ((((jan1 + last) % 7) - weekday + 7) % 7) + (7 * (ordinal + 1));
                    }
                    if (day >= first && day < end)
                    {
                        DayBits.Set(part, day);
                    }
                }
            }
            And(mask, part);
        }
    }

    /// <summary>Marks the days of <paramref name="year"/> whose week (WKST-based, ISO 8601 rule of four days) is selected.</summary>
    private void WeekNumberMask(int year, Span<ulong> part)
    {
        int length = CalendarMath.YearLength(year);
        int jan1 = CalendarMath.Weekday(CalendarMath.DaysBeforeYear(year));
        int firstWeek = FirstWeekStart(jan1);
        int nextJan1 = (jan1 + length) % 7;
        int nextFirstWeek = FirstWeekStart(nextJan1);
        int weeks = (length - firstWeek + nextFirstWeek) / 7;
        for (int week = 1; week <= weeks; week++)
        {
            if (Selects(week, weeks))
            {
                int from = firstWeek + (7 * (week - 1));
                DayBits.SetRange(part, Math.Max(0, from), Math.Min(length, from + 7));
            }
        }
        if (firstWeek > 0)
        {
            // Early January days belong to the last week of the previous year.
            int previousLength = CalendarMath.YearLength(year - 1);
            int previousJan1 = ((jan1 - (previousLength % 7)) + 7) % 7;
            int previousWeeks = (previousLength - FirstWeekStart(previousJan1) + firstWeek) / 7;
            if (Selects(previousWeeks, previousWeeks))
            {
                DayBits.SetRange(part, 0, firstWeek);
            }
        }
        if (nextFirstWeek < 0)
        {
            // Late December days belong to week 1 of the next year.
            int nextLength = CalendarMath.YearLength(year + 1);
            int afterJan1 = (nextJan1 + nextLength) % 7;
            int nextWeeks = (nextLength - nextFirstWeek + FirstWeekStart(afterJan1)) / 7;
            if (Selects(1, nextWeeks))
            {
                DayBits.SetRange(part, length + nextFirstWeek, length);
            }
        }
    }

    private bool Selects(int week, int weeksInYear)
    {
        foreach (int value in _weekNumbers)
        {
            if (value == week || value == week - weeksInYear - 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Gets the day of the year (0-based, possibly negative) on which week 1 starts.</summary>
    private int FirstWeekStart(int jan1)
    {
        int offset = (jan1 - _weekStart + 7) % 7;
        return offset <= 3 ? -offset : 7 - offset;
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

    private static void And(Span<ulong> mask, ReadOnlySpan<ulong> part)
    {
        for (int i = 0; i < mask.Length; i++)
        {
            mask[i] &= part[i];
        }
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
