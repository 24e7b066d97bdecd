using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts.Tests;

public sealed class YearlyOrdersTests
{
    private static readonly BusinessCalendar DutchWeekdays = BusinessCalendar.Create(WorkingWeek.MondayToFriday, DutchHolidayCalendar.Standard);

    [Theory]
    [InlineData(0, 30)]
    [InlineData(367, 1)]
    [InlineData(4, 0)]
    [InlineData(4, 367)]
    public void Create_WhenANumberIsOutOfRange_ReturnsYearlyOrdersInvalid(int count, int spacing)
    {
        var result = YearlyOrders.Create(count, spacing);

        Assert.Equal("YEARLY_ORDERS_INVALID", Assert.IsType<YearlyOrdersInvalid>(result.Value).Code);
    }

    [Fact]
    public void PlanYear_WhenOnceAYear_AimsAtTheMiddleOfTheYear()
    {
        // 2 July 2026 is a Thursday.
        YearlyOrders once = YearlyOrders.Create(1, 30).AsT0;

        var dates = once.PlanYear(2026, DutchWeekdays).AsT0;

        Assert.Equal([new LocalDate(2026, 7, 2)], dates);
    }

    [Fact]
    public void PlanYear_WhenTheAimIsAWeekendDay_TakesTheNearestWorkingDayTheEarlierOnATie()
    {
        // 2 July 2022 is a Saturday: Friday 1 July is one day away, Monday 4 July two.
        YearlyOrders once = YearlyOrders.Create(1, 30).AsT0;

        var dates = once.PlanYear(2022, DutchWeekdays).AsT0;

        Assert.Equal([new LocalDate(2022, 7, 1)], dates);
    }

    [Fact]
    public void PlanYear_WhenFourAYear_PutsOneInTheMiddleOfEachQuarter()
    {
        YearlyOrders quarterly = YearlyOrders.Create(4, 60).AsT0;

        var dates = quarterly.PlanYear(2026, DutchWeekdays).AsT0;

        // Aims: days 45, 136, 228 and 319 of 2026 (15 February is a Sunday, so Monday 16 February).
        Assert.Equal([new LocalDate(2026, 2, 16), new LocalDate(2026, 5, 18), new LocalDate(2026, 8, 17), new LocalDate(2026, 11, 16)], dates);
    }

    [Fact]
    public void PlanYear_WhenAsManyAsTheWorkingDaysOneApart_TakesEveryWorkingDay()
    {
        LocalDate[] workingDays = [.. Enumerable.Range(0, 365).Select(d => new LocalDate(2026, 1, 1).PlusDays(d)).Where(DutchWeekdays.IsWorkingDay)];
        YearlyOrders daily = YearlyOrders.Create(workingDays.Length, 1).AsT0;

        var dates = daily.PlanYear(2026, DutchWeekdays).AsT0;

        Assert.Equal(workingDays, dates);
    }

    [Fact]
    public void PlanYear_WhenTooManyForTheSpacing_ReturnsDoNotFitWithTheMostThatDo()
    {
        YearlyOrders weekly = YearlyOrders.Create(60, 7).AsT0;

        var result = weekly.PlanYear(2026, DutchWeekdays);

        var refusal = Assert.IsType<YearlyOrdersDoNotFit>(result.Value);
        Assert.Equal("YEARLY_ORDERS_DO_NOT_FIT", refusal.Code);
        Assert.InRange(refusal.MostThatFit, 50, 53);
        Assert.True(YearlyOrders.Create(refusal.MostThatFit, 7).AsT0.PlanYear(2026, DutchWeekdays).IsT0);
        Assert.True(YearlyOrders.Create(refusal.MostThatFit + 1, 7).AsT0.PlanYear(2026, DutchWeekdays).IsT1);
    }

    [Fact]
    public void PlanYear_WhenPlannedAgain_GivesTheSameDates()
    {
        YearlyOrders orders = YearlyOrders.Create(10, 20).AsT0;

        ImmutableArray<LocalDate> first = orders.PlanYear(2027, DutchWeekdays).AsT0;
        ImmutableArray<LocalDate> second = orders.PlanYear(2027, DutchWeekdays).AsT0;

        Assert.Equal(first, second);
    }
}
