namespace OutSmart.Domain.Timesheets.Tests.Entries;

public sealed class KilometreAllowanceRatesTests
{
    [Theory]
    [InlineData(2021, "0.19")]
    [InlineData(2023, "0.21")]
    [InlineData(2024, "0.23")]
    [InlineData(2026, "0.23")]
    [InlineData(2030, "0.23")]
    public void RateFor_WhenDefaultTable_ReturnsTheDutchRateOfThatYear(int year, string expected)
    {
        var rate = KilometreAllowanceRates.Default.RateFor(year);

        Assert.Equal(Money.FromEuros(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), rate);
    }

    [Fact]
    public void AllowanceFor_WhenDistanceAndYear_MultipliesAndRoundsToCents()
    {
        var claim = KilometreClaim.Create(42.5m, "AB-123-C", "Utrecht - Amersfoort");

        var allowance = claim.AllowanceFor(KilometreAllowanceRates.Default.WithRate(2027, Money.FromEuros(0.25m)), 2027);

        Assert.Equal(Money.FromEuros(10.63m), allowance);
    }
}
