using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using IcalRule = Ical.Net.DataTypes.RecurrenceRule;

namespace OutSmart.Domain.Benchmarks.Scheduling;

/// <summary>Builds Ical.Net 5.2.4 events the way a host would: DTSTART, one RRULE, occurrences walked lazily.</summary>
internal static class IcalNetFixture
{
    public static CalDateTime ToCalDateTime(LocalDateTime value, string? zoneId) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, zoneId);

    /// <summary>Counts the occurrences from <paramref name="from"/> (or DTSTART) up to <paramref name="end"/>, exclusive.</summary>
    public static int Count(CalDateTime start, IcalRule rule, CalDateTime? from, CalDateTime end)
    {
        var calendarEvent = new CalendarEvent { DtStart = start, RecurrenceRule = rule };
        int count = 0;
        foreach (var occurrence in calendarEvent.GetOccurrences(from, null))
        {
            if (!occurrence.Period.StartTime.LessThan(end))
            {
                break;
            }
            count++;
        }
        return count;
    }
}
