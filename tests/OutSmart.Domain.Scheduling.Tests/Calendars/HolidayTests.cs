using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class HolidayTests
{
    [Fact]
    public void On_WhenNameBlank_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => Holiday.On(new LocalDate(2026, 1, 1), " "));
        Assert.ThrowsAny<ArgumentException>(() => Holiday.On(new LocalDate(2026, 1, 1), "New Year's Day", ""));
    }

    [Fact]
    public void On_WhenNoLocalName_UsesTheName()
    {
        var holiday = Holiday.On(new LocalDate(2026, 1, 1), "  Inventory ");

        Assert.Equal("Inventory", holiday.Name);
        Assert.Equal("Inventory", holiday.LocalName);
    }
}
