using NodaTime;

namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class RateSnapshotTests
{
    [Fact]
    public void Create_WhenCodeInvalid_ReturnsHourTypeCodeInvalid()
    {
        var result = RateSnapshot.Create("work", Money.FromEuros(1m), Money.Zero, 1m);

        Assert.IsType<HourTypeCodeInvalid>(result.Value);
    }

    [Fact]
    public void Create_WhenRateNegative_ReturnsRateNegative()
    {
        var result = RateSnapshot.Create("WORK", Money.FromEuros(-1m), Money.Zero, 1m);

        Assert.IsType<RateNegative>(result.Value);
    }

    [Fact]
    public void Create_WhenMultiplierZero_ReturnsMultiplierInvalid()
    {
        var result = RateSnapshot.Create("WORK", Money.FromEuros(1m), Money.Zero, 0m);

        Assert.IsType<MultiplierInvalid>(result.Value);
    }

    [Theory]
    [InlineData(60, "41.15", "1.25", "51.44")]
    [InlineData(75, "60.00", "1.25", "93.75")]
    [InlineData(1, "0.30", "1", "0.01")]
    [InlineData(3, "0.10", "1", "0.01")]
    public void BillAmount_WhenPricingALine_RoundsTheExactAmountToCentsAwayFromZero(int minutes, string rate, string multiplier, string expected)
    {
        var snapshot = RateSnapshot.Create("WORK", Money.FromEuros(Parse(rate)), Money.Zero, Parse(multiplier)).AsT0;

        var amount = snapshot.BillAmount(Duration.FromMinutes(minutes));

        Assert.Equal(Parse(expected), amount.Amount);
    }

    [Fact]
    public void CostAmount_WhenPricingALine_UsesTheCostRateAndTheMultiplier()
    {
        var snapshot = RateSnapshot.Create("WORK", Money.FromEuros(60m), Money.FromEuros(30m), 1.5m).AsT0;

        var amount = snapshot.CostAmount(Duration.FromMinutes(90));

        Assert.Equal(67.50m, amount.Amount);
    }

    [Fact]
    public void BillAmount_WhenDurationNegative_Throws()
    {
        var snapshot = RateSnapshot.Create("WORK", Money.FromEuros(60m), Money.Zero, 1m).AsT0;

        Assert.Throws<ArgumentException>(() => snapshot.BillAmount(Duration.FromMinutes(-1)));
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
