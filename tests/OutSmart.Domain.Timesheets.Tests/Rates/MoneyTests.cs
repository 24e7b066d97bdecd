namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.125", "0.13")]
    [InlineData("-0.125", "-0.13")]
    [InlineData("0.124", "0.12")]
    [InlineData("10.005", "10.01")]
    [InlineData("7", "7.00")]
    public void RoundToCents_WhenGivenAnAmount_RoundsMidpointsAwayFromZero(string amount, string expected)
    {
        var money = Money.FromEuros(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        var rounded = money.RoundToCents();

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded.Amount);
        Assert.True(rounded.IsWholeCents);
    }

    [Fact]
    public void Equals_WhenScalesDiffer_ComparesValues()
    {
        var a = Money.FromEuros(12.5m);
        var b = Money.FromEuros(12.50m);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Default_WhenCreated_IsZeroEuros()
    {
        Money money = default;

        Assert.Equal(Money.Zero, money);
        Assert.Equal("0.00 EUR", money.ToString());
    }

    [Fact]
    public void Times_WhenMultiplied_KeepsEveryDigit()
    {
        var rate = Money.FromEuros(41.15m);

        var product = rate.Times(1.25m);

        Assert.Equal(51.4375m, product.Amount);
        Assert.False(product.IsWholeCents);
        Assert.Equal("51.4375 EUR", product.ToString());
    }

    [Fact]
    public void PlusAndMinus_WhenCombined_AreExact()
    {
        var a = Money.FromEuros(0.1m);
        var b = Money.FromEuros(0.2m);

        Assert.Equal(Money.FromEuros(0.3m), a.Plus(b));
        Assert.Equal(Money.FromEuros(-0.1m), a.Minus(b));
        Assert.True(a < b && b > a && a <= Money.FromEuros(0.10m) && b >= Money.FromEuros(0.2m));
    }
}
