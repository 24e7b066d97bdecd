using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>A source of holidays: days on which no work is scheduled, whatever the day of the week.</summary>
/// <remarks>
/// Implementations must be immutable, thread-safe and pure: the same date always gives the same answer, so a schedule
/// adjusted twice gives the same result. <see cref="IsHoliday"/> is called once per day by the adjustment and business
/// time algorithms and should be cheap. Built-in implementations are <see cref="DutchHolidayCalendar"/>,
/// <see cref="CustomHolidayCalendar"/> and <see cref="CompositeHolidayCalendar"/> (a union of calendars).
/// </remarks>
public interface IHolidayCalendar
{
    /// <summary>Returns whether <paramref name="day"/> is a holiday in this calendar.</summary>
    /// <param name="day">Any ISO calendar date.</param>
    /// <returns><see langword="true"/> when at least one holiday falls on <paramref name="day"/>.</returns>
    bool IsHoliday(LocalDate day);

    /// <summary>Returns the holidays of one calendar year.</summary>
    /// <param name="year">The ISO year; a year the calendar knows nothing about gives an empty list.</param>
    /// <returns>The holidays, ordered by date and then by ordinal name; two holidays may share a date.</returns>
    ImmutableArray<Holiday> GetHolidays(int year);
}
