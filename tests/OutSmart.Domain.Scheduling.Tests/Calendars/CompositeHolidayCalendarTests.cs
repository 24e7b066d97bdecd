using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class CompositeHolidayCalendarTests
{
    private static readonly Holiday CompanyDay = Holiday.On(new LocalDate(2026, 12, 31), "Company closing day", "Bedrijfssluiting");

    [Fact]
    public void Combine_WhenDutchAndCustom_IsTheUnionOfBoth()
    {
        var custom = CustomHolidayCalendar.Create([CompanyDay, Holiday.On(new LocalDate(2026, 12, 25), "Christmas Day", "Eerste kerstdag")]);

        var union = CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard, custom);

        Assert.True(union.IsHoliday(new LocalDate(2026, 12, 31)));
        Assert.True(union.IsHoliday(new LocalDate(2026, 4, 27)));
        Assert.False(union.IsHoliday(new LocalDate(2026, 12, 30)));
        var december = union.GetHolidays(2026).Where(h => h.Date.Month == 12).ToList();
        Assert.Equal(["Christmas Day", "Boxing Day", "Company closing day"], december.Select(h => h.Name));
    }

    [Fact]
    public void Combine_WhenNested_FlattensTheParts()
    {
        var inner = CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard);

        var outer = CompositeHolidayCalendar.Combine(inner, CustomHolidayCalendar.Empty);

        Assert.Equal<IHolidayCalendar>([DutchHolidayCalendar.Standard, CustomHolidayCalendar.Empty], outer.Calendars);
        Assert.Equal(outer, CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard, CustomHolidayCalendar.Empty));
    }

    [Fact]
    public void Combine_WhenNoCalendars_HasNoHolidays()
    {
        var none = CompositeHolidayCalendar.Combine();

        Assert.False(none.IsHoliday(new LocalDate(2026, 1, 1)));
        Assert.Empty(none.GetHolidays(2026));
    }
}
