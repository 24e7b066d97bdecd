using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class HolidayCalendarCompositionTests
{
    private static readonly Holiday CompanyDay = Holiday.On(new LocalDate(2026, 12, 31), "Company closing day", "Bedrijfssluiting");

    [Fact]
    public void CustomHolidayCalendar_Create_SortsAndRemovesExactDuplicates()
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
    public void CustomHolidayCalendar_Equals_IgnoresOrder()
    {
        var early = Holiday.On(new LocalDate(2026, 2, 1), "Inventory");

        Assert.Equal(CustomHolidayCalendar.Create([CompanyDay, early]), CustomHolidayCalendar.Empty.With(early).With(CompanyDay));
        Assert.Equal(
            CustomHolidayCalendar.Create([CompanyDay, early]).GetHashCode(),
            CustomHolidayCalendar.Create([early, CompanyDay]).GetHashCode());
    }

    [Fact]
    public void CompositeHolidayCalendar_Combine_IsTheUnionOfItsParts()
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
    public void CompositeHolidayCalendar_Combine_FlattensNestedUnions()
    {
        var inner = CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard);

        var outer = CompositeHolidayCalendar.Combine(inner, CustomHolidayCalendar.Empty);

        Assert.Equal<IHolidayCalendar>([DutchHolidayCalendar.Standard, CustomHolidayCalendar.Empty], outer.Calendars);
        Assert.Equal(outer, CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard, CustomHolidayCalendar.Empty));
    }

    [Fact]
    public void CompositeHolidayCalendar_WhenEmpty_HasNoHolidays()
    {
        var none = CompositeHolidayCalendar.Combine();

        Assert.False(none.IsHoliday(new LocalDate(2026, 1, 1)));
        Assert.Empty(none.GetHolidays(2026));
    }

    [Fact]
    public void Holiday_On_WhenNameBlank_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => Holiday.On(new LocalDate(2026, 1, 1), " "));
        Assert.ThrowsAny<ArgumentException>(() => Holiday.On(new LocalDate(2026, 1, 1), "New Year's Day", ""));
    }

    [Fact]
    public void Holiday_On_WhenNoLocalName_UsesTheName()
    {
        var holiday = Holiday.On(new LocalDate(2026, 1, 1), "  Inventory ");

        Assert.Equal("Inventory", holiday.Name);
        Assert.Equal("Inventory", holiday.LocalName);
    }

    [Fact]
    public void WorkingWeek_Of_WhenNoDays_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkingWeek.Of());
        Assert.Throws<ArgumentException>(() => WorkingWeek.Of(IsoDayOfWeek.None));
    }

    [Fact]
    public void WorkingWeek_MondayToFriday_HasFiveDaysAndEqualsTheSameDaysInAnyOrder()
    {
        var week = WorkingWeek.Of(IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Monday);

        Assert.Equal(WorkingWeek.MondayToFriday, week);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], week.Days);
        Assert.False(week.IsWorkingDay(IsoDayOfWeek.Saturday));
        Assert.False(week.IsWorkingDay(IsoDayOfWeek.None));
    }
}
