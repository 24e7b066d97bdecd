using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// The day-level parts of a rule (BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY, after defaults from the start) and a
/// thread-safe cache of the 384-bit mask of matching days for each kind of year. A year's mask depends only on its
/// weekday of January 1st and leap-ness (and, with BYWEEKNO, the neighbouring years' leap-ness), so at most 14 or 56
/// masks exist. Tables are shared between rules with the same day-level parts, so 10,000 contracts "every Tuesday"
/// use one table that stays in the processor cache.
/// </summary>
internal sealed class YearMaskTable
{
    private const int MaxSharedTables = 4096;

    private static readonly ConcurrentDictionary<string, YearMaskTable> s_shared = new(StringComparer.Ordinal);

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
    private readonly RecurrenceSkip _skip;
    private readonly int[] _setPositive;
    private readonly int[] _setNegative;
    private readonly bool _setPerMonth;
    private readonly DayBits[] _maskCache;
    private readonly short[] _lastDays;
    private ulong _ready;
    private ulong _empty;
    private short[]? _nonEmptyDistances;

    /// <summary>
    /// For each year modulo 400 (the Gregorian cycle, a whole number of weeks), its kind: weekday of January 1st and
    /// leap-ness, and in <see cref="s_weekKinds"/> also the leap-ness of both neighbours (for BYWEEKNO).
    /// </summary>
    private static readonly byte[] s_kinds = BuildKinds(withNeighbours: false);
    private static readonly byte[] s_weekKinds = BuildKinds(withNeighbours: true);

    private YearMaskTable(int monthBits, int[] monthDays, int[] yearDays, int[] weekNumbers, bool hasByDay, int plainWeekdays, (int Weekday, int Ordinal)[] ordinals, bool ordinalsInMonth, int weekStart, RecurrenceSkip skip, int[] setPositive, int[] setNegative, bool setPerMonth)
    {
        _hasByMonth = monthBits != 0;
        _monthBits = monthBits;
        _monthDays = monthDays;
        _yearDays = yearDays;
        _weekNumbers = weekNumbers;
        _hasByDay = hasByDay;
        _plainWeekdays = plainWeekdays;
        _ordinals = ordinals;
        _ordinalsInMonth = ordinalsInMonth;
        _weekStart = weekStart;
        _skip = monthDays.Length > 0 ? skip : RecurrenceSkip.Omit;
        _setPositive = setPositive;
        _setNegative = setNegative;
        _setPerMonth = setPerMonth;
        _maskCache = new DayBits[weekNumbers.Length > 0 ? 56 : 14];
        _lastDays = new short[weekNumbers.Length > 0 ? 56 : 14];
    }

    public static YearMaskTable For(int monthBits, int[] monthDays, int[] yearDays, int[] weekNumbers, bool hasByDay, int plainWeekdays, (int Weekday, int Ordinal)[] ordinals, bool ordinalsInMonth, int weekStart, RecurrenceSkip skip, int[] setPositive, int[] setNegative, bool setPerMonth)
    {
        string key = string.Create(
            CultureInfo.InvariantCulture,
            $"{monthBits}|{string.Join(',', monthDays)}|{string.Join(',', yearDays)}|{string.Join(',', weekNumbers)}|{hasByDay}|{plainWeekdays}|{string.Join(',', ordinals)}|{ordinalsInMonth}|{(weekNumbers.Length > 0 ? weekStart : 0)}|{(monthDays.Length > 0 ? (int)skip : 0)}|{string.Join(',', setPositive)}|{string.Join(',', setNegative)}|{(setPositive.Length + setNegative.Length > 0 && setPerMonth)}");
        if (s_shared.TryGetValue(key, out var shared))
        {
            return shared;
        }
        var table = new YearMaskTable(monthBits, monthDays, yearDays, weekNumbers, hasByDay, plainWeekdays, ordinals, ordinalsInMonth, weekStart, skip, setPositive, setNegative, setPerMonth);
        return s_shared.Count < MaxSharedTables ? s_shared.GetOrAdd(key, table) : table;
    }

    /// <summary>
    /// Gets the days of <paramref name="year"/> (bit = day of year, 0-based) that pass every day-level part, by
    /// reference (a cursor copies it as one 48-byte value), and the last of them, or -1 when the year has none: a walk
    /// that has passed the last day leaves the year without scanning the rest of its mask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly DayBits YearBits(int year, out int lastDay)
    {
        int kind = Kind(year);
        if ((Volatile.Read(ref _ready) & (1UL << kind)) == 0)
        {
            Compute(year, kind);
        }
        lastDay = _lastDays[kind];
        return ref _maskCache[kind];
    }

    /// <summary>Tells whether no day of <paramref name="year"/> passes the day-level parts (Feb 29 in a common year).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsEmptyYear(int year)
    {
        int kind = Kind(year);
        if ((Volatile.Read(ref _ready) & (1UL << kind)) == 0)
        {
            Compute(year, kind);
        }
        return (Volatile.Read(ref _empty) & (1UL << kind)) != 0;
    }

    /// <summary>
    /// Gets the first year from <paramref name="year"/> (at least 1) on that has a candidate day, or
    /// <see cref="CalendarMath.MaxYear"/> + 1: a run of empty years (three common years between two Feb 29s) is passed
    /// with one read of a table that holds, for each year of the 400-year cycle, how many years on the next non-empty
    /// one is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FirstNonEmptyYear(int year)
    {
        short[] distances = Volatile.Read(ref _nonEmptyDistances) ?? BuildNonEmptyDistances();
        int distance = distances[year % 400];
        return distance < 0 ? CalendarMath.MaxYear + 1 : Math.Min(year + distance, CalendarMath.MaxYear + 1);
    }

    /// <summary>Computes every kind of year once and, for each year of the cycle, the distance to the next year with a
    /// candidate day (-1 when no year has one). Racing threads build equal tables; either may be kept.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private short[] BuildNonEmptyDistances()
    {
        var empty = new bool[400];
        for (int cycleYear = 0; cycleYear < 400; cycleYear++)
        {
            // Year 400 stands for every year ≡ 0 (mod 400), as in the table of kinds.
            empty[cycleYear] = IsEmptyYear(cycleYear == 0 ? 400 : cycleYear);
        }
        var distances = new short[400];
        int next = -1;
        for (int i = 799; i >= 0; i--)
        {
            // Two cycles backwards: a run of empty years at the end of the cycle goes on at its start.
            if (!empty[i % 400])
            {
                next = i;
            }
            if (i < 400)
            {
                distances[i] = (short)(next < 0 ? -1 : next - i);
            }
        }
        Volatile.Write(ref _nonEmptyDistances, distances);
        return distances;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Kind(int year) => (_weekNumbers.Length > 0 ? s_weekKinds : s_kinds)[year % 400];

    /// <summary>Computes and publishes the mask of a kind of year; the empty flag is published before the ready flag.</summary>
    private void Compute(int year, int kind)
    {
        Span<ulong> computed = stackalloc ulong[DayBits.Words];
        ComputeYearMask(year, computed);
        computed.CopyTo(_maskCache[kind]);
        _lastDays[kind] = (short)DayBits.LastSet(computed);
        if (DayBits.IsEmpty(computed))
        {
            Publish(ref _empty, 1UL << kind);
        }
        Publish(ref _ready, 1UL << kind);
    }

    private static void Publish(ref ulong flags, ulong bit)
    {
        ulong current;
        do
        {
            current = Volatile.Read(ref flags);
        }
        while (Interlocked.CompareExchange(ref flags, current | bit, current) != current);
    }

    private static byte[] BuildKinds(bool withNeighbours)
    {
        var kinds = new byte[400];
        for (int cycleYear = 0; cycleYear < 400; cycleYear++)
        {
            // Year 400 stands for every year ≡ 0 (mod 400); years 1…399 for themselves.
            int year = cycleYear == 0 ? 400 : cycleYear;
            int jan1 = CalendarMath.Weekday(CalendarMath.DaysBeforeYear(year));
            int kind = (jan1 * 2) + (CalendarMath.IsLeap(year) ? 1 : 0);
            if (withNeighbours)
            {
                kind = (kind * 4) + (CalendarMath.IsLeap(year - 1) ? 2 : 0) + (CalendarMath.IsLeap(year + 1) ? 1 : 0);
            }
            kinds[cycleYear] = (byte)kind;
        }
        return kinds;
    }

    private void ComputeYearMask(int year, Span<ulong> mask)
    {
        int length = CalendarMath.YearLength(year);
        int jan1 = CalendarMath.Weekday(CalendarMath.DaysBeforeYear(year));
        var months = CalendarMath.MonthStarts(year);
        mask.Clear();
        DayBits.SetRange(mask, 0, length);
        Span<ulong> part = stackalloc ulong[DayBits.Words];

        // With SKIP=BACKWARD/FORWARD a month day that the month lacks moves to the month's last day or the next month's
        // first (RFC 7529), after BYMONTH chose the month: BYMONTH then selects the months the days come from, not the
        // months they land in, so it is applied with BYMONTHDAY below.
        bool moving = _skip != RecurrenceSkip.Omit;
        if (_hasByMonth && !moving)
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
                if (moving && _hasByMonth && (_monthBits & (1 << month)) == 0)
                {
                    continue;
                }
                int first = months[month - 1];
                int monthLength = months[month] - first;
                foreach (int value in _monthDays)
                {
                    int day = value > 0 ? value - 1 : monthLength + value;
                    if (day >= 0 && day < monthLength)
                    {
                        DayBits.Set(part, first + day);
                    }
                    else if (moving && value > 0)
                    {
                        // December has 31 days, so a date moved forward never leaves the year.
                        DayBits.Set(part, _skip == RecurrenceSkip.Backward ? first + monthLength - 1 : first + monthLength);
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
        if (_setPositive.Length + _setNegative.Length > 0)
        {
            SelectSetPositions(mask, months);
        }
    }

    /// <summary>
    /// Keeps only the days that BYSETPOS picks from each month (MONTHLY) or from the whole year (YEARLY), for a rule with
    /// INTERVAL=1 and one time of day, whose BYSETPOS is folded into the masks (see <see cref="RuleEvaluator"/>).
    /// </summary>
    private void SelectSetPositions(Span<ulong> mask, ReadOnlySpan<int> months)
    {
        Span<ulong> selected = stackalloc ulong[DayBits.Words];
        selected.Clear();
        if (_setPerMonth)
        {
            for (int month = 0; month < 12; month++)
            {
                int first = months[month];
                ulong picked = DayBits.SelectPositions(DayBits.Slice(mask, first, months[month + 1] - first), _setPositive, _setNegative);
                for (; picked != 0; picked &= picked - 1)
                {
                    DayBits.Set(selected, first + BitOperations.TrailingZeroCount(picked));
                }
            }
        }
        else
        {
            int count = DayBits.Count(mask);
            foreach (int position in _setPositive)
            {
                if (position <= count)
                {
                    DayBits.Set(selected, DayBits.SelectNth(mask, position - 1));
                }
            }
            foreach (int position in _setNegative)
            {
                if (-position <= count)
                {
                    DayBits.Set(selected, DayBits.SelectNth(mask, count + position));
                }
            }
        }
        selected.CopyTo(mask);
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

    private static void And(Span<ulong> mask, ReadOnlySpan<ulong> part)
    {
        for (int i = 0; i < mask.Length; i++)
        {
            mask[i] &= part[i];
        }
    }
}
