using System.Runtime.CompilerServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// Integer arithmetic on the proleptic Gregorian (ISO) calendar used by the evaluator: days are counted from
/// 0001-01-01 (day 0, a Monday) and times as seconds from 0001-01-01T00:00:00 (a "key").
/// </summary>
internal static class CalendarMath
{
    public const int SecondsPerDay = 86_400;
    public const int MaxYear = 9999;

    /// <summary>The key of 1970-01-01T00:00:00.</summary>
    public const long UnixEpochKey = 719_162L * SecondsPerDay;

    /// <summary>Cumulative days before each month (index 0…12), for common and leap years.</summary>
    private static readonly int[] s_monthStartCommon = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    private static readonly int[] s_monthStartLeap = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

    /// <summary>For each day of the year (0-based) the month (1…12) in the high byte and day of month in the low byte.</summary>
    private static readonly ushort[] s_monthDayCommon = BuildMonthDays(s_monthStartCommon);
    private static readonly ushort[] s_monthDayLeap = BuildMonthDays(s_monthStartLeap);

    /// <summary>Day numbers of January 1st of the years 0 to 10,001, so that a year's start and the year of a day are
    /// table reads rather than divisions.</summary>
    private static readonly int[] s_yearStarts = BuildYearStarts();

    /// <summary>The first day after year 9999 (<c>DaysBeforeYear(10000)</c>).</summary>
    public const int EndDay = 3_652_059;

    /// <summary>The key just after 9999-12-31T23:59:59.</summary>
    public const long EndKey = (long)EndDay * SecondsPerDay;

    /// <summary>The key of <see cref="Instant.MaxValue"/> (9999-12-31T23:59:59 UTC), the last instant zoned evaluation reaches.</summary>
    public const long MaxInstantKey = EndKey - 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeap(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int YearLength(int year) => IsLeap(year) ? 366 : 365;

    /// <summary>Gets the day number of January 1st of <paramref name="year"/> (day 0 is 0001-01-01).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DaysBeforeYear(int year) =>
        unchecked((uint)year) < (uint)s_yearStarts.Length ? s_yearStarts[year] : DaysBeforeYearArithmetic(year);

    private static int DaysBeforeYearArithmetic(int year)
    {
        // Floor division, so that years before 1 (from a window that starts there) count backwards correctly.
        int y = year - 1;
        return (365 * y) + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400);
    }

    /// <summary>Divides rounding towards negative infinity (C# division truncates towards zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FloorDiv(int value, int divisor)
    {
        (int quotient, int remainder) = Math.DivRem(value, divisor);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    /// <inheritdoc cref="FloorDiv(int, int)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long value, long divisor)
    {
        (long quotient, long remainder) = Math.DivRem(value, divisor);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    public static ReadOnlySpan<int> MonthStarts(int year) => IsLeap(year) ? s_monthStartLeap : s_monthStartCommon;

    /// <summary>Gets the weekday of a day number, 0 = Monday … 6 = Sunday.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Weekday(int day) => day - (FloorDiv(day, 7) * 7);

    public static int Weekday(IsoDayOfWeek day) => (int)day - 1;

    /// <summary>Gets the year that holds a day number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int YearOfDay(int day)
    {
        if (unchecked((uint)day) < EndDay)
        {
            // day × 400 / 146,097 (the mean year) is at most one year off; the table of year starts corrects it: one
            // multiplication and two reads of a table that stays in the cache, where whole 400-, 100- and 4-year
            // cycles took four divisions.
            int[] starts = s_yearStarts;
            int year = (int)(day * 400L / 146_097) + 1;
            if (day < starts[year])
            {
                year--;
            }
            else if (day >= starts[year + 1])
            {
                year++;
            }
            return year;
        }
        return YearOfDayOutsideTable(day);
    }

    private static int YearOfDayOutsideTable(int day)
    {
        int year = (int)FloorDiv(day * 400L, 146_097) + 1;
        while (DaysBeforeYear(year) > day)
        {
            year--;
        }
        while (DaysBeforeYear(year + 1) <= day)
        {
            year++;
        }
        return year;
    }

    public static int DayNumber(LocalDate date) => DaysBeforeYear(date.Year) + date.DayOfYear - 1;

    public static long Key(LocalDateTime value)
    {
        long nanoseconds = value.NanosecondOfDay;
        return DayKey(value) + (nanoseconds / NodaConstants.NanosecondsPerSecond);
    }

    /// <summary>Gets the smallest whole-second key not before <paramref name="value"/>.</summary>
    public static long CeilingKey(LocalDateTime value)
    {
        // One read of the time of day, split into whole seconds and a remainder (a window query computes two bounds).
        long nanoseconds = value.NanosecondOfDay;
        long seconds = nanoseconds / NodaConstants.NanosecondsPerSecond;
        return DayKey(value) + seconds + (nanoseconds > seconds * NodaConstants.NanosecondsPerSecond ? 1 : 0);
    }

    /// <summary>Gets the key of midnight of <paramref name="value"/>'s date, from its year, month and day.</summary>
    private static long DayKey(LocalDateTime value)
    {
        LocalDate date = value.Date;
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }
        int year = date.Year;
        return (long)(DaysBeforeYear(year) + MonthStarts(year)[date.Month - 1] + date.Day - 1) * SecondsPerDay;
    }

    public static long Key(Instant instant) => instant.ToUnixTimeSeconds() + UnixEpochKey;

    /// <summary>Gets the smallest whole-second key not before <paramref name="instant"/>.</summary>
    public static long CeilingKey(Instant instant)
    {
        long seconds = instant.ToUnixTimeSeconds();
        if (Instant.FromUnixTimeSeconds(seconds) < instant)
        {
            seconds++;
        }
        return seconds + UnixEpochKey;
    }

    public static Instant ToInstant(long utcKey) => Instant.FromUnixTimeSeconds(utcKey - UnixEpochKey);

    public static LocalDateTime ToLocalDateTime(long key)
    {
        int day = (int)FloorDiv(key, SecondsPerDay);
        int second = (int)(key - ((long)day * SecondsPerDay));
        int year = YearOfDay(day);
        int dayOfYear = day - DaysBeforeYear(year);
        int monthDay = (IsLeap(year) ? s_monthDayLeap : s_monthDayCommon)[dayOfYear];
        return new LocalDateTime(year, monthDay >> 8, monthDay & 0xFF, second / 3600, (second / 60) % 60, second % 60);
    }

    /// <summary>Gets the date of a 0-based day of the year.</summary>
    public static LocalDate DateInYear(int year, int dayOfYear)
    {
        int monthDay = (IsLeap(year) ? s_monthDayLeap : s_monthDayCommon)[dayOfYear];
        return new LocalDate(year, monthDay >> 8, monthDay & 0xFF);
    }

    private static int[] BuildYearStarts()
    {
        var starts = new int[MaxYear + 3];
        for (int year = 0; year < starts.Length; year++)
        {
            starts[year] = DaysBeforeYearArithmetic(year);
        }
        return starts;
    }

    private static ushort[] BuildMonthDays(int[] monthStarts)
    {
        var table = new ushort[monthStarts[12]];
        for (int month = 1; month <= 12; month++)
        {
            for (int d = monthStarts[month - 1]; d < monthStarts[month]; d++)
            {
                table[d] = (ushort)((month << 8) | (d - monthStarts[month - 1] + 1));
            }
        }
        return table;
    }
}
