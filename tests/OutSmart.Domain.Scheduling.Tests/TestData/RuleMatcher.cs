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
        var movedMonthDays = MovedMonthDays(rule, start);
        return (movedMonthDays.Length > 0
                ? MatchesMovedMonthDay(rule, movedMonthDays, date, monthLength)
                : (rule.ByMonth.IsEmpty || rule.ByMonth.Contains(date.Month))
                    && (rule.ByMonthDay.IsEmpty || rule.ByMonthDay.Any(d => d == date.Day || d == date.Day - monthLength - 1)))
            && (rule.ByYearDay.IsEmpty || rule.ByYearDay.Any(d => d == date.DayOfYear || d == date.DayOfYear - yearLength - 1))
            && (rule.ByWeekNo.IsEmpty || rule.ByWeekNo.Any(w => WeekMatches(w, date, rule.WeekStart)))
            && (rule.ByDay.IsEmpty || rule.ByDay.Any(d => DayMatches(d, date, rule)))
            && (rule.ByHour.IsEmpty ? rule.Frequency < RecurrenceFrequency.Daily || value.Hour == start.Hour : rule.ByHour.Contains(value.Hour))
            && (rule.ByMinute.IsEmpty ? rule.Frequency < RecurrenceFrequency.Hourly || value.Minute == start.Minute : rule.ByMinute.Contains(value.Minute))
            && (rule.BySecond.IsEmpty ? rule.Frequency < RecurrenceFrequency.Minutely || value.Second == start.Second : rule.BySecond.Contains(value.Second));
    }

    /// <summary>
    /// The month days of a rule with SKIP=BACKWARD/FORWARD (RFC 7529): BYMONTHDAY, or for MONTHLY and YEARLY rules without
    /// day parts the start's day; empty for other rules.
    /// </summary>
    private static int[] MovedMonthDays(RecurrenceRule rule, LocalDateTime start)
    {
        if (rule.Skip == RecurrenceSkip.Omit)
        {
            return [];
        }
        if (!rule.ByMonthDay.IsEmpty)
        {
            return [.. rule.ByMonthDay];
        }
        bool noDayParts = rule.ByDay.IsEmpty && rule.ByYearDay.IsEmpty && rule.ByWeekNo.IsEmpty;
        return noDayParts && rule.Frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly ? [start.Day] : [];
    }

    /// <summary>
    /// A date matches when a month that BYMONTH allows has one of the days (counted from the end when negative), or lacks
    /// one and moves it here: to its last day (BACKWARD) or to the first day of the next month (FORWARD).
    /// </summary>
    private static bool MatchesMovedMonthDay(RecurrenceRule rule, int[] days, LocalDate date, int monthLength)
    {
        bool MonthAllowed(int month) => rule.ByMonth.IsEmpty || rule.ByMonth.Contains(month);
        if (MonthAllowed(date.Month) && days.Any(d => d == date.Day || d == date.Day - monthLength - 1))
        {
            return true;
        }
        if (rule.Skip == RecurrenceSkip.Backward)
        {
            return date.Day == monthLength && MonthAllowed(date.Month) && days.Any(d => d > monthLength);
        }
        var previous = date.PlusMonths(-1);
        int previousLength = previous.Calendar.GetDaysInMonth(previous.Year, previous.Month);
        return date.Day == 1 && MonthAllowed(previous.Month) && days.Any(d => d > previousLength);
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
