using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class RateBookTests
{
    private static readonly EmployeeId Employee = new(Guid.Parse("e0000000-0000-0000-0000-000000000001"));
    private static readonly ProjectId Project = new(Guid.Parse("a0000000-0000-0000-0000-000000000001"));
    private static readonly CustomerId Customer = new(Guid.Parse("c0000000-0000-0000-0000-000000000001"));
    private static readonly HourType Work = HourType.Create("WORK", "Work", Euros(60m), Euros(40m)).AsT0.WithMultiplier(1.5m).AsT0;
    private static readonly HourType Travel = HourType.Create("TRAVEL", "Travel", Euros(30m), Euros(20m)).AsT0;

    [Fact]
    public void Resolve_WhenNoOverrides_TakesTheHourTypeRates()
    {
        var resolved = RateBook.Empty.Resolve(Work, Employee, Project, Customer, null);

        Assert.Equal(Work.ToRateSnapshot(), resolved.Snapshot);
        Assert.Equal(RateLevel.HourType, resolved.Level);
        Assert.False(resolved.IsFixed);
    }

    [Fact]
    public void Resolve_WhenEmployeeRateForTheHourType_BeatsTheHourType()
    {
        var book = RateBook.Empty.WithEmployeeRate(Employee, Work, Hourly(70m, 45m));

        var resolved = book.Resolve(Work, Employee, null, null, null);

        Assert.Equal(RateSnapshot.Create("WORK", Euros(70m), Euros(45m), 1.5m).AsT0, resolved.Snapshot);
        Assert.Equal(RateLevel.Employee, resolved.Level);
    }

    [Fact]
    public void Resolve_WhenRateIsForAnotherHourTypeOrEmployee_IgnoresIt()
    {
        var other = new EmployeeId(Guid.Parse("e0000000-0000-0000-0000-000000000002"));
        var book = RateBook.Empty.WithEmployeeRate(Employee, Travel, Hourly(70m, 45m)).WithEmployeeRate(other, Work, Hourly(80m, 50m));

        var resolved = book.Resolve(Work, Employee, null, null, null);

        Assert.Equal(Work.ToRateSnapshot(), resolved.Snapshot);
        Assert.Equal(RateLevel.HourType, resolved.Level);
    }

    [Fact]
    public void Resolve_WhenCustomerRateForTheHourType_BeatsTheEmployeeRate()
    {
        var book = RateBook.Empty.WithEmployeeRate(Employee, Work, Hourly(70m, 45m)).WithCustomerRate(Customer, Work, Hourly(75m, 45m));

        var resolved = book.Resolve(Work, Employee, null, Customer, null);

        Assert.Equal(Euros(75m), resolved.Snapshot.BillRate);
        Assert.Equal(RateLevel.ProjectOrCustomer, resolved.Level);
    }

    [Fact]
    public void Resolve_WhenProjectAndCustomerRates_TheProjectRateWins()
    {
        var book = RateBook.Empty.WithCustomerRate(Customer, Work, Hourly(75m, 45m)).WithProjectRate(Project, Work, Hourly(72m, 44m));

        var resolved = book.Resolve(Work, Employee, Project, Customer, null);

        Assert.Equal(Euros(72m), resolved.Snapshot.BillRate);
        Assert.Equal(RateLevel.ProjectOrCustomer, resolved.Level);
    }

    [Fact]
    public void Resolve_WhenEntryOverride_BeatsEveryAgreedRate()
    {
        var book = RateBook.Empty.WithEmployeeRate(Employee, Work, Hourly(70m, 45m)).WithProjectRate(Project, Work, Hourly(72m, 44m));

        var resolved = book.Resolve(Work, Employee, Project, Customer, Hourly(50m, 40m));

        Assert.Equal(RateSnapshot.Create("WORK", Euros(50m), Euros(40m), 1.5m).AsT0, resolved.Snapshot);
        Assert.Equal(RateLevel.Entry, resolved.Level);
    }

    [Fact]
    public void Resolve_WhenFixedRateAtALowerLevel_TheFixedRateBeatsTheHourlyRate()
    {
        var fixedRate = FixedRate.Create(Euros(95m), Euros(55m)).AsT0;
        var book = RateBook.Empty.WithEmployeeRate(Employee, Work, RateOverride.FixedPrice(fixedRate)).WithProjectRate(Project, Work, Hourly(72m, 44m));

        var resolved = book.Resolve(Work, Employee, Project, null, null);

        Assert.True(resolved.IsFixed);
        Assert.Equal(RateLevel.Employee, resolved.Level);
        Assert.Equal(RateLevel.ProjectOrCustomer, resolved.SnapshotLevel);
        Assert.Equal(Euros(95m), resolved.BillAmount(Duration.FromHours(3)));
        Assert.Equal(Euros(55m), resolved.CostAmount(Duration.FromHours(3)));
    }

    [Fact]
    public void Resolve_WhenFixedRatesAtSeveralLevels_TheHighestFixedRateWins()
    {
        var byCustomer = FixedRate.Create(Euros(95m), Euros(55m)).AsT0;
        var onEntry = FixedRate.Create(Euros(80m), Euros(50m)).AsT0;
        var book = RateBook.Empty.WithCustomerRate(Customer, Work, RateOverride.FixedPrice(byCustomer));

        var resolved = book.Resolve(Work, Employee, null, Customer, Hourly(50m, 40m).WithFixed(onEntry));

        Assert.Equal(onEntry, resolved.Fixed);
        Assert.Equal(RateLevel.Entry, resolved.Level);
    }

    [Fact]
    public void BillAmount_WhenHourly_IsHoursTimesRateTimesMultiplier()
    {
        var resolved = RateBook.Empty.WithEmployeeRate(Employee, Work, Hourly(70m, 45m)).Resolve(Work, Employee, null, null, null);

        Assert.Equal(Euros(210m), resolved.BillAmount(Duration.FromHours(2)));
        Assert.Equal(Euros(135m), resolved.CostAmount(Duration.FromHours(2)));
    }

    [Fact]
    public void FixedRate_WhenAnAmountIsNegative_ReturnsRateNegative()
    {
        var bill = FixedRate.Create(Euros(-1m), Euros(1m));
        var cost = FixedRate.Create(Euros(1m), Euros(-1m));

        Assert.Equal("bill", Assert.IsType<RateNegative>(bill.Value).Rate);
        Assert.Equal("cost", Assert.IsType<RateNegative>(cost.Value).Rate);
    }

    [Fact]
    public void Hourly_WhenARateIsNegative_ReturnsRateNegative()
    {
        var result = RateOverride.Hourly(Euros(60m), Euros(-0.01m));

        Assert.Equal("cost", Assert.IsType<RateNegative>(result.Value).Rate);
    }

    private static Money Euros(decimal amount) => Money.FromEuros(amount);

    private static RateOverride Hourly(decimal bill, decimal cost) => RateOverride.Hourly(Euros(bill), Euros(cost)).AsT0;
}
