using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Scheduling.Tests.TestData;

/// <summary>
/// Checks a single date-time against the BY parts of a rule, written straight from the RFC 5545 text and independent
/// of the engine's bit masks (BYSETPOS is not checked: it depends on the whole interval).
/// </summary>
public static class RuleMatcher
{
    public static bool Matches(RecurrenceRule rule, LocalDateTime start, LocalDateTime value)
    {
        var date = value.Date;
        int monthLength = date.Calendar.GetDaysInMonth(date.Year, date.Month);
        int yearLength = date.Calendar.GetDaysInYear(date.Year);
        return (rule.ByMonth.IsEmpty || rule.ByMonth.Contains(date.Month))
            && (rule.ByMonthDay.IsEmpty || rule.ByMonthDay.Any(d => d == date.Day || d == date.Day - monthLength - 1))
            && (rule.ByYearDay.IsEmpty || rule.ByYearDay.Any(d => d == date.DayOfYear || d == date.DayOfYear - yearLength - 1))
            && (rule.ByWeekNo.IsEmpty || rule.ByWeekNo.Any(w => WeekMatches(w, date, rule.WeekStart)))
            && (rule.ByDay.IsEmpty || rule.ByDay.Any(d => DayMatches(d, date, rule)))
            && (rule.ByHour.IsEmpty ? rule.Frequency < RecurrenceFrequency.Daily || value.Hour == start.Hour : rule.ByHour.Contains(value.Hour))
            && (rule.ByMinute.IsEmpty ? rule.Frequency < RecurrenceFrequency.Hourly || value.Minute == start.Minute : rule.ByMinute.Contains(value.Minute))
            && (rule.BySecond.IsEmpty ? rule.Frequency < RecurrenceFrequency.Minutely || value.Second == start.Second : rule.BySecond.Contains(value.Second));
    }

    private static bool DayMatches(RecurrenceWeekday entry, LocalDate date, RecurrenceRule rule)
    {
        if (date.DayOfWeek != entry.Day)
        {
            return false;
        }
        if (entry.Ordinal == 0)
        {
            return true;
        }
        bool inMonth = rule.Frequency == RecurrenceFrequency.Monthly || !rule.ByMonth.IsEmpty;
        int index = inMonth ? date.Day : date.DayOfYear;
        int length = inMonth ? date.Calendar.GetDaysInMonth(date.Year, date.Month) : date.Calendar.GetDaysInYear(date.Year);
        return entry.Ordinal > 0 ? ((index - 1) / 7) + 1 == entry.Ordinal : ((length - index) / 7) + 1 == -entry.Ordinal;
    }

    /// <summary>A week belongs to the year that holds its fourth day; week 1 holds January 4th.</summary>
    private static bool WeekMatches(int week, LocalDate date, IsoDayOfWeek weekStart)
    {
        var first = StartOfWeek(date, weekStart);
        int weekYear = first.PlusDays(3).Year;
        var firstWeek = StartOfWeek(new LocalDate(weekYear, 1, 4), weekStart);
        var nextFirstWeek = StartOfWeek(new LocalDate(weekYear + 1, 1, 4), weekStart);
        int number = (Period.Between(firstWeek, first, PeriodUnits.Days).Days / 7) + 1;
        int weeks = Period.Between(firstWeek, nextFirstWeek, PeriodUnits.Days).Days / 7;
        return week == number || week == number - weeks - 1;
    }

    private static LocalDate StartOfWeek(LocalDate date, IsoDayOfWeek weekStart) =>
        date.PlusDays(-(((int)date.DayOfWeek - (int)weekStart) + 7) % 7);
}
