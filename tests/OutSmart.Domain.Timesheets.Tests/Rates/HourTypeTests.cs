using NodaTime;

namespace OutSmart.Domain.Timesheets.Tests.Rates;

public sealed class HourTypeTests
{
    private static readonly Money Sixty = Money.FromEuros(60m);
    private static readonly Money Forty = Money.FromEuros(40m);

    [Theory]
    [InlineData("")]
    [InlineData("work")]
    [InlineData("WORK TIME")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    public void Create_WhenCodeInvalid_ReturnsHourTypeCodeInvalid(string code)
    {
        var result = HourType.Create(code, "Work", Sixty, Forty);

        var error = Assert.IsType<HourTypeCodeInvalid>(result.Value);
        Assert.Equal("HOUR_TYPE_CODE_INVALID", error.Code);
        Assert.Equal(code, error.Given);
    }

    [Fact]
    public void Create_WhenNameBlank_ReturnsHourTypeNameRequired()
    {
        var result = HourType.Create("WORK", " ", Sixty, Forty);

        var error = Assert.IsType<HourTypeNameRequired>(result.Value);
        Assert.Equal("HOUR_TYPE_NAME_REQUIRED", error.Code);
    }

    [Fact]
    public void Create_WhenARateIsNegative_ReturnsRateNegative()
    {
        var bill = HourType.Create("WORK", "Work", Money.FromEuros(-1m), Forty);
        var cost = HourType.Create("WORK", "Work", Sixty, Money.FromEuros(-0.01m));

        Assert.Equal("bill", Assert.IsType<RateNegative>(bill.Value).Rate);
        var error = Assert.IsType<RateNegative>(cost.Value);
        Assert.Equal("cost", error.Rate);
        Assert.Equal("RATE_NEGATIVE", error.Code);
    }

    [Fact]
    public void Create_WhenValid_IsBillableWithMultiplierOneAtAnyTime()
    {
        var type = HourType.Create(" WORK ", " Work ", Sixty, Forty).AsT0;

        Assert.Equal("WORK", type.Code);
        Assert.Equal("Work", type.Name);
        Assert.Equal(1m, type.Multiplier);
        Assert.True(type.IsBillable);
        Assert.Null(type.Window);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void WithMultiplier_WhenNotPositive_ReturnsMultiplierInvalid(string multiplier)
    {
        var type = HourType.Create("WORK", "Work", Sixty, Forty).AsT0;

        var result = type.WithMultiplier(decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0m, Assert.IsType<MultiplierInvalid>(result.Value).ExclusiveMinimum);
    }

    [Fact]
    public void ToRateSnapshot_WhenHourTypeChangesLater_KeepsTheRatesOfThen()
    {
        var evening = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday], 1.25m).AsT0;
        var type = HourType.Create("EVENING", "Evening", Sixty, Forty).AsT0.WithMultiplier(1.25m).AsT0.WithWindow(evening).AsNonBillable();

        var snapshot = type.ToRateSnapshot();
        var changed = type.WithMultiplier(2m).AsT0;

        Assert.Equal(RateSnapshot.Create("EVENING", Sixty, Forty, 1.25m).AsT0, snapshot);
        Assert.Equal(2m, changed.Multiplier);
        Assert.Equal(1.25m, snapshot.Multiplier);
        Assert.False(type.IsBillable);
        Assert.Equal(evening, type.Window);
    }
}
