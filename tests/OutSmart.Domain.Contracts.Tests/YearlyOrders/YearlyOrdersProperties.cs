using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Contracts.Tests.Arbitraries;

namespace OutSmart.Domain.Contracts.Tests;

public sealed class YearlyOrdersProperties
{
    [Property(Arbitrary = [typeof(YearlyOrdersArbitraries)], MaxTest = 300)]
    public bool PlanYear_GivesExactlyNWorkingDaysInTheYearWithTheMinimumSpacing_OrSaysHowManyFit(YearlyOrdersScenario scenario)
    {
        YearlyOrders orders = scenario.Orders;

        var result = orders.PlanYear(scenario.Year, scenario.Calendar);

        return result.Match(
            dates => dates.Length == orders.CountPerYear
                && dates.All(d => d.Year == scenario.Year && scenario.Calendar.IsWorkingDay(d))
                && dates.Zip(dates.Skip(1)).All(p => Period.DaysBetween(p.First, p.Second) >= orders.MinimumSpacingDays),
            refusal => refusal.MostThatFit < orders.CountPerYear
                && (refusal.MostThatFit == 0 || YearlyOrders.Create(refusal.MostThatFit, orders.MinimumSpacingDays).AsT0.PlanYear(scenario.Year, scenario.Calendar).IsT0));
    }
}
