using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Scheduling.Tests.Calendars;

public sealed class DutchHolidayCalendarTests
{
    public static TheoryData<int, string[]> KnownYears => new()
    {
        { 2024, ["2024-01-01", "2024-03-31", "2024-04-01", "2024-04-27", "2024-05-05", "2024-05-09", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-20", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"] },
        { 2027, ["2027-01-01", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26"] },
    };

    [Theory]
    [MemberData(nameof(KnownYears))]
    public void GetHolidays_WhenKnownYear_ReturnsThePublishedDatesInOrder(int year, string[] expected)
    {
        var holidays = DutchHolidayCalendar.Standard.GetHolidays(year);

        Assert.Equal(expected, holidays.Select(h => h.Date.ToString("uuuu-MM-dd", null)));
    }

    [Fact]
    public void GetHolidays_When2026_NamesEveryHolidayInEnglishAndDutch()
    {
        var holidays = DutchHolidayCalendar.Standard.GetHolidays(2026);

        Assert.Equal(
            ["New Year's Day", "Easter Sunday", "Easter Monday", "King's Day", "Liberation Day", "Ascension Day", "Whit Sunday", "Whit Monday", "Christmas Day", "Boxing Day"],
            holidays.Select(h => h.Name));
        Assert.Equal(
            ["Nieuwjaarsdag", "Eerste paasdag", "Tweede paasdag", "Koningsdag", "Bevrijdingsdag", "Hemelvaartsdag", "Eerste pinksterdag", "Tweede pinksterdag", "Eerste kerstdag", "Tweede kerstdag"],
            holidays.Select(h => h.LocalName));
    }

    [Theory]
    [InlineData(2014, 26)] // 27 April 2014 was a Sunday: the first King's Day moved back
    [InlineData(2025, 26)] // 27 April 2025 is a Sunday
    [InlineData(2031, 26)] // 27 April 2031 is a Sunday
    [InlineData(2024, 27)] // a Saturday does not move it
    [InlineData(2026, 27)]
    public void GetHolidays_WhenKingsDay_IsThe27thOrThe26thWhenThe27thIsASunday(int year, int day)
    {
        var kingsDay = DutchHolidayCalendar.Standard.GetHolidays(year).Single(h => h.Name == "King's Day");

        Assert.Equal(new LocalDate(year, 4, day), kingsDay.Date);
        Assert.True(DutchHolidayCalendar.Standard.IsHoliday(kingsDay.Date));
        Assert.False(DutchHolidayCalendar.Standard.IsHoliday(new LocalDate(year, 4, 53 - day)));
    }

    [Theory]
    [InlineData(2013, 4, 30)] // the last Queen's Day
    [InlineData(2006, 4, 29)] // 30 April a Sunday: moved back since 1980
    [InlineData(1967, 5, 1)] // 30 April a Sunday: moved forward before 1980
    public void GetHolidays_WhenBefore2014_HasQueensDay(int year, int month, int day)
    {
        var queensDay = DutchHolidayCalendar.Standard.GetHolidays(year).Single(h => h.LocalName == "Koninginnedag");

        Assert.Equal(new LocalDate(year, month, day), queensDay.Date);
        Assert.Equal("Queen's Day", queensDay.Name);
    }

    [Theory]
    [InlineData(LiberationDayObservance.EveryYear, 2024, true)]
    [InlineData(LiberationDayObservance.EveryYear, 2025, true)]
    [InlineData(LiberationDayObservance.LustrumYearsOnly, 2024, false)]
    [InlineData(LiberationDayObservance.LustrumYearsOnly, 2025, true)]
    [InlineData(LiberationDayObservance.LustrumYearsOnly, 2026, false)]
    [InlineData(LiberationDayObservance.LustrumYearsOnly, 2030, true)]
    [InlineData(LiberationDayObservance.Never, 2025, false)]
    public void IsHoliday_WhenLiberationDay_FollowsTheChosenObservance(LiberationDayObservance observance, int year, bool expected)
    {
        var calendar = DutchHolidayCalendar.Create(observance, includeGoodFriday: false);

        bool isHoliday = calendar.IsHoliday(new LocalDate(year, 5, 5));

        Assert.Equal(expected, isHoliday);
        Assert.Equal(expected, calendar.GetHolidays(year).Any(h => h.Name == "Liberation Day"));
    }

    [Fact]
    public void IsHoliday_WhenGoodFridayChosen_IncludesGoodFriday()
    {
        var withGoodFriday = DutchHolidayCalendar.Create(LiberationDayObservance.EveryYear, includeGoodFriday: true);

        Assert.True(withGoodFriday.IsHoliday(new LocalDate(2024, 3, 29)));
        Assert.False(DutchHolidayCalendar.Standard.IsHoliday(new LocalDate(2024, 3, 29)));
        Assert.Equal(new LocalDate(2024, 3, 29), withGoodFriday.GetHolidays(2024).Single(h => h.LocalName == "Goede Vrijdag").Date);
    }

    [Fact]
    public void IsHoliday_WhenEveryDayOf1900To2100_AgreesWithGetHolidays()
    {
        DutchHolidayCalendar[] calendars =
        [
            DutchHolidayCalendar.Standard,
            DutchHolidayCalendar.Create(LiberationDayObservance.LustrumYearsOnly, includeGoodFriday: true),
        ];

        foreach (DutchHolidayCalendar calendar in calendars)
        {
            for (int year = 1900; year <= 2100; year++)
            {
                var expected = calendar.GetHolidays(year).Select(h => h.Date).ToHashSet();
                for (LocalDate day = new(year, 1, 1); day.Year == year; day = day.PlusDays(1))
                {
                    Assert.True(expected.Contains(day) == calendar.IsHoliday(day), $"{day} with {calendar}");
                }
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void GetHolidays_WhenYearBeforeTheIsoEra_IsEmpty(int year)
    {
        var holidays = DutchHolidayCalendar.Standard.GetHolidays(year);

        Assert.Empty(holidays);
        Assert.False(DutchHolidayCalendar.Standard.IsHoliday(new LocalDate(year, 1, 1)));
    }

    [Fact]
    public void Create_WhenUndefinedObservance_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => DutchHolidayCalendar.Create((LiberationDayObservance)42, includeGoodFriday: false));
    }

    [Fact]
    public void Equals_WhenSameChoices_IsTrue()
    {
        Assert.Equal(DutchHolidayCalendar.Standard, DutchHolidayCalendar.Create(LiberationDayObservance.EveryYear, includeGoodFriday: false));
        Assert.NotEqual(DutchHolidayCalendar.Standard, DutchHolidayCalendar.Create(LiberationDayObservance.LustrumYearsOnly, includeGoodFriday: false));
    }
}
