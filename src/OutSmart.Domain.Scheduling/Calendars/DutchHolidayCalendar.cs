using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>The public holidays of the Netherlands (<i>nationale feestdagen</i>), computed for any year.</summary>
/// <remarks>
/// <para>The calendar holds, with their English and Dutch names:</para>
/// <list type="bullet">
/// <item>New Year's Day — <i>Nieuwjaarsdag</i>, 1 January;</item>
/// <item>Good Friday — <i>Goede Vrijdag</i>, two days before Easter, only when chosen at creation;</item>
/// <item>Easter Sunday and Easter Monday — <i>Eerste en Tweede paasdag</i>, Easter computed with the Gregorian
/// computus (<see cref="Easter"/>);</item>
/// <item>King's Day — <i>Koningsdag</i>, 27 April, or 26 April when the 27th is a Sunday (from 2014). From 1949 to
/// 2013 it was Queen's Day — <i>Koninginnedag</i>, 30 April, moved to 29 April when the 30th was a Sunday (from 1980)
/// or to 1 May (before 1980). Before 1949 no such day is included;</item>
/// <item>Liberation Day — <i>Bevrijdingsdag</i>, 5 May, from 1945, every year or only in lustrum years as chosen at
/// creation (<see cref="LiberationDayObservance"/>);</item>
/// <item>Ascension Day — <i>Hemelvaartsdag</i>, 39 days after Easter;</item>
/// <item>Whit Sunday and Whit Monday — <i>Eerste en Tweede pinksterdag</i>, 49 and 50 days after Easter;</item>
/// <item>Christmas Day and Boxing Day — <i>Eerste en Tweede kerstdag</i>, 25 and 26 December.</item>
/// </list>
/// <para>Years 1 to 9999 are supported; other years have no holidays. A holiday that falls on a weekend stays on
/// that day (the Netherlands does not move holidays to a weekday, apart from King's Day). Instances are immutable
/// and thread-safe; two calendars are equal when they were created with the same choices.</para>
/// </remarks>
public sealed record DutchHolidayCalendar : IHolidayCalendar
{
    private const int FirstKingsDayYear = 2014;
    private const int FirstQueensDayYear = 1949;
    private const int FirstQueensDayMovedBackYear = 1980;
    private const int FirstLiberationDayYear = 1945;

    private DutchHolidayCalendar(LiberationDayObservance liberationDay, bool includesGoodFriday)
    {
        LiberationDay = liberationDay;
        IncludesGoodFriday = includesGoodFriday;
    }

    /// <summary>
    /// Gets the calendar of the statutory public holidays: Liberation Day every year and no Good Friday.
    /// </summary>
    public static DutchHolidayCalendar Standard { get; } = new(LiberationDayObservance.EveryYear, includesGoodFriday: false);

    /// <summary>Gets the years in which Liberation Day is a holiday.</summary>
    public LiberationDayObservance LiberationDay { get; }

    /// <summary>Gets a value indicating whether Good Friday (<i>Goede Vrijdag</i>) is a holiday.</summary>
    public bool IncludesGoodFriday { get; }

    /// <summary>Creates a Dutch holiday calendar with the choices a collective labour agreement makes.</summary>
    /// <param name="liberationDay">The years in which Liberation Day is a day off.</param>
    /// <param name="includeGoodFriday">Whether Good Friday is a day off.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException"><paramref name="liberationDay"/> is not a defined value.</exception>
    public static DutchHolidayCalendar Create(LiberationDayObservance liberationDay, bool includeGoodFriday)
    {
        Guard.Against.EnumOutOfRange(liberationDay);
        return new DutchHolidayCalendar(liberationDay, includeGoodFriday);
    }

    /// <inheritdoc/>
    public bool IsHoliday(LocalDate day)
    {
        LocalDate date = day;
        int year = date.Year;
        if (year < Easter.MinYear)
        {
            return false;
        }
        int month = date.Month;
        int dayOfMonth = date.Day;
        switch (month)
        {
            case 1 when dayOfMonth == 1:
            case 12 when dayOfMonth is 25 or 26:
                return true;
            case 4 or 5 when IsKingsDay(year, month, dayOfMonth) || (month == 5 && dayOfMonth == 5 && IsLiberationDayObserved(year)):
                return true;
            case < 3 or > 6:
                return false;
            default:
                (int easterMonth, int easterDay) = Easter.Compute(year);
                int offset = date.DayOfYear - new LocalDate(year, easterMonth, easterDay).DayOfYear;
                return offset is 0 or 1 or 39 or 49 or 50 || (offset == -2 && IncludesGoodFriday);
        }
    }

    /// <inheritdoc/>
    public ImmutableArray<Holiday> GetHolidays(int year)
    {
        if (year is < Easter.MinYear or > Easter.MaxYear)
        {
            return [];
        }
        LocalDate easter = Easter.GetSunday(year);
        ImmutableArray<Holiday>.Builder holidays = ImmutableArray.CreateBuilder<Holiday>(12);
        holidays.Add(Holiday.On(new LocalDate(year, 1, 1), "New Year's Day", "Nieuwjaarsdag"));
        if (IncludesGoodFriday)
        {
            holidays.Add(Holiday.On(easter.PlusDays(-2), "Good Friday", "Goede Vrijdag"));
        }
        holidays.Add(Holiday.On(easter, "Easter Sunday", "Eerste paasdag"));
        holidays.Add(Holiday.On(easter.PlusDays(1), "Easter Monday", "Tweede paasdag"));
        if (KingsDay(year) is { } kingsDay)
        {
            holidays.Add(year >= FirstKingsDayYear
                ? Holiday.On(kingsDay, "King's Day", "Koningsdag")
                : Holiday.On(kingsDay, "Queen's Day", "Koninginnedag"));
        }
        if (IsLiberationDayObserved(year))
        {
            holidays.Add(Holiday.On(new LocalDate(year, 5, 5), "Liberation Day", "Bevrijdingsdag"));
        }
        holidays.Add(Holiday.On(easter.PlusDays(39), "Ascension Day", "Hemelvaartsdag"));
        holidays.Add(Holiday.On(easter.PlusDays(49), "Whit Sunday", "Eerste pinksterdag"));
        holidays.Add(Holiday.On(easter.PlusDays(50), "Whit Monday", "Tweede pinksterdag"));
        holidays.Add(Holiday.On(new LocalDate(year, 12, 25), "Christmas Day", "Eerste kerstdag"));
        holidays.Add(Holiday.On(new LocalDate(year, 12, 26), "Boxing Day", "Tweede kerstdag"));
        holidays.Sort(HolidayOrder.Instance);
        return holidays.DrainToImmutable();
    }

    private static LocalDate? KingsDay(int year)
    {
        if (year >= FirstKingsDayYear)
        {
            var day = new LocalDate(year, 4, 27);
            return day.DayOfWeek == IsoDayOfWeek.Sunday ? day.PlusDays(-1) : day;
        }
        if (year >= FirstQueensDayYear)
        {
            var day = new LocalDate(year, 4, 30);
            if (day.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                return day;
            }
            return year >= FirstQueensDayMovedBackYear ? day.PlusDays(-1) : day.PlusDays(1);
        }
        return null;
    }

    private static bool IsKingsDay(int year, int month, int day) =>
        year >= FirstQueensDayYear && KingsDay(year) is { } kingsDay && kingsDay.Month == month && kingsDay.Day == day;

    private bool IsLiberationDayObserved(int year) =>
        year >= FirstLiberationDayYear && LiberationDay switch
        {
            LiberationDayObservance.EveryYear => true,
            LiberationDayObservance.LustrumYearsOnly => year % 5 == 0,
            _ => false,
        };
}
