using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.TestData;

/// <summary>A pathological holiday calendar in which no day is ever worked: searches must end, not hang.</summary>
public sealed class EveryDayIsAHoliday : IHolidayCalendar
{
    public static EveryDayIsAHoliday Instance { get; } = new();

    public bool IsHoliday(LocalDate day) => true;

    public ImmutableArray<Holiday> GetHolidays(int year) => [];
}
