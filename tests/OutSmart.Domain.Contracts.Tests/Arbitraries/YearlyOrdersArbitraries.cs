using FsCheck;
using FsCheck.Fluent;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts.Tests.Arbitraries;

/// <summary>A yearly-orders agreement and a year to plan, on weekdays with Dutch holidays or without holidays.</summary>
public sealed record YearlyOrdersScenario(YearlyOrders Orders, int Year, BusinessCalendar Calendar)
{
    public override string ToString() =>
        $"{Orders.CountPerYear} a year, {Orders.MinimumSpacingDays} days apart, in {Year}, {(Calendar.Holidays is DutchHolidayCalendar ? "Dutch holidays" : "no holidays")}";
}

public static class YearlyOrdersArbitraries
{
    private static readonly BusinessCalendar[] Calendars =
    [
        BusinessCalendar.Create(WorkingWeek.MondayToFriday, DutchHolidayCalendar.Standard),
        BusinessCalendar.Create(WorkingWeek.MondayToFriday, CustomHolidayCalendar.Empty),
    ];

    public static Arbitrary<YearlyOrdersScenario> Scenario() =>
        (from count in Gen.OneOf(Gen.Choose(1, 12), Gen.Choose(13, 80), Gen.Choose(200, 262))
         from spacing in Gen.OneOf(Gen.Choose(1, 7), Gen.Choose(8, 60), Gen.Choose(61, 200))
         from year in Gen.Choose(1990, 2060)
         from calendar in Gen.Elements(Calendars)
         select new YearlyOrdersScenario(YearlyOrders.Create(count, spacing).AsT0, year, calendar))
        .ToArbitrary();
}
