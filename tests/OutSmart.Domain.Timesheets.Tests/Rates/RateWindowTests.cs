using NodaTime;

namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class RateWindowTests
{
    [Fact]
    public void OnWeekdays_WhenNameBlank_ReturnsRateWindowNameRequired()
    {
        var result = RateWindow.OnWeekdays("  ", [IsoDayOfWeek.Monday], 1.25m);

        var error = Assert.IsType<RateWindowNameRequired>(result.Value);
        Assert.Equal("RATE_WINDOW_NAME_REQUIRED", error.Code);
    }

    [Fact]
    public void OnWeekdays_WhenNoDays_ReturnsRateWindowDaysRequired()
    {
        var result = RateWindow.OnWeekdays("evening", [], 1.25m);

        var error = Assert.IsType<RateWindowDaysRequired>(result.Value);
        Assert.Equal("RATE_WINDOW_DAYS_REQUIRED", error.Code);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.5")]
    [InlineData("-2")]
    public void OnWeekdays_WhenMultiplierNotAboveOne_ReturnsMultiplierInvalid(string multiplier)
    {
        var result = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday], decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture));

        var error = Assert.IsType<MultiplierInvalid>(result.Value);
        Assert.Equal("MULTIPLIER_INVALID", error.Code);
        Assert.Equal(1m, error.ExclusiveMinimum);
    }

    [Fact]
    public void OnHolidays_WhenMultiplierNotAboveOne_ReturnsMultiplierInvalid()
    {
        var result = RateWindow.OnHolidays("holiday", 1m);

        Assert.IsType<MultiplierInvalid>(result.Value);
    }

    [Fact]
    public void OnWeekdays_WhenDaysRepeatAndUnordered_KeepsEachDayOnceMondayFirst()
    {
        var window = RateWindow.OnWeekdays(" weekend ", [IsoDayOfWeek.Sunday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], 1.5m).AsT0;

        Assert.Equal("weekend", window.Name);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], window.Days);
        Assert.True(window.IsWholeDay);
    }

    [Fact]
    public void OnWeekdays_WhenDayUndefined_Throws()
    {
        Assert.Throws<ArgumentException>(() => RateWindow.OnWeekdays("x", [IsoDayOfWeek.None], 1.5m));
    }

    [Theory]
    [InlineData(17, 17)]
    [InlineData(18, 17)]
    public void WithHours_WhenFromNotBeforeTo_ReturnsRateWindowHoursInvalid(int from, int to)
    {
        var window = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday], 1.25m).AsT0;

        var result = window.WithHours(new LocalTime(from, 0), new LocalTime(to, 0));

        var error = Assert.IsType<RateWindowHoursInvalid>(result.Value);
        Assert.Equal("RATE_WINDOW_HOURS_INVALID", error.Code);
    }

    [Fact]
    public void Covers_WhenToIsMidnight_CoversUntilTheEndOfTheDay()
    {
        var window = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday], 1.25m).AsT0.WithHours(new LocalTime(17, 0), LocalTime.Midnight).AsT0;
        var monday = new LocalDate(2026, 11, 16);

        Assert.False(window.Covers(monday, new LocalTime(16, 59), isHoliday: false));
        Assert.True(window.Covers(monday, new LocalTime(17, 0), isHoliday: false));
        Assert.True(window.Covers(monday, new LocalTime(23, 59, 59), isHoliday: false));
        Assert.False(window.Covers(monday.PlusDays(1), new LocalTime(18, 0), isHoliday: false));
    }

    [Fact]
    public void Covers_WhenHolidayWindow_CoversOnlyHolidays()
    {
        var window = RateWindow.OnHolidays("holiday", 2m).AsT0;
        var christmas = new LocalDate(2026, 12, 25);

        Assert.True(window.Covers(christmas, new LocalTime(10, 0), isHoliday: true));
        Assert.False(window.Covers(christmas, new LocalTime(10, 0), isHoliday: false));
    }

    [Fact]
    public void Equals_WhenSameParts_AreEqual()
    {
        var a = RateWindow.OnWeekdays("sat", [IsoDayOfWeek.Saturday], 1.5m).AsT0;
        var b = RateWindow.OnWeekdays("sat", [IsoDayOfWeek.Saturday], 1.5m).AsT0;

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.WithHours(new LocalTime(8, 0), new LocalTime(12, 0)).AsT0);
    }
}
