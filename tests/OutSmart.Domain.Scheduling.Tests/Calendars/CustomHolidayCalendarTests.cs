using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class CustomHolidayCalendarTests
{
    private static readonly Holiday CompanyDay = Holiday.On(new LocalDate(2026, 12, 31), "Company closing day", "Bedrijfssluiting");

    [Fact]
    public void Create_WhenUnorderedWithDuplicates_SortsAndKeepsEachOnce()
    {
        var early = Holiday.On(new LocalDate(2026, 2, 1), "Inventory");

        var calendar = CustomHolidayCalendar.Create([CompanyDay, early, CompanyDay]);

        Assert.Equal([early, CompanyDay], calendar.Holidays);
        Assert.Equal([CompanyDay], calendar.GetHolidays(2026).Where(h => h.Date.Month == 12));
        Assert.Empty(calendar.GetHolidays(2027));
        Assert.True(calendar.IsHoliday(new LocalDate(2026, 12, 31)));
        Assert.False(calendar.IsHoliday(new LocalDate(2026, 12, 30)));
    }

    [Fact]
    public void Equals_WhenSameHolidaysInAnotherOrder_IsTrue()
    {
        var early = Holiday.On(new LocalDate(2026, 2, 1), "Inventory");

        Assert.Equal(CustomHolidayCalendar.Create([CompanyDay, early]), CustomHolidayCalendar.Empty.With(early).With(CompanyDay));
        Assert.Equal(
            CustomHolidayCalendar.Create([CompanyDay, early]).GetHashCode(),
            CustomHolidayCalendar.Create([early, CompanyDay]).GetHashCode());
    }
}
