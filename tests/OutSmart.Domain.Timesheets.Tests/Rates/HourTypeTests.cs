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

    [Fact]
    public void Create_WhenValid_IsActiveFitsWorkOnlyAndCountsAsWork()
    {
        var type = HourType.Create("WORK", "Work", Sixty, Forty).AsT0;

        Assert.True(type.IsActive);
        Assert.Equal([TimesheetEntryKind.Work], type.Kinds);
        Assert.True(type.IsValidFor(TimesheetEntryKind.Work));
        Assert.False(type.Fits(TimesheetEntryKind.Travel));
        Assert.True(type.CountsAsWork);
    }

    [Fact]
    public void Deactivate_WhenActive_IsInactiveAndValidForNoKind()
    {
        var type = HourType.Create("WORK", "Work", Sixty, Forty).AsT0;

        var inactive = type.Deactivate();

        Assert.False(inactive.IsActive);
        Assert.True(inactive.Fits(TimesheetEntryKind.Work));
        Assert.False(inactive.IsValidFor(TimesheetEntryKind.Work));
        Assert.True(type.IsActive);
        Assert.NotEqual(type, inactive);
    }

    [Fact]
    public void ForKinds_WhenTravelOnly_FitsTravelAndNotWorkAndKeepsTheOtherSteps()
    {
        var travel = HourType.Create("TRAVEL", "Travel", Sixty, Forty).AsT0.ForKinds(TimesheetEntryKind.Travel).WithMultiplier(1.5m).AsT0.AsNonBillable();

        Assert.Equal([TimesheetEntryKind.Travel], travel.Kinds);
        Assert.True(travel.IsValidFor(TimesheetEntryKind.Travel));
        Assert.False(travel.IsValidFor(TimesheetEntryKind.Work));
        Assert.False(travel.Fits(TimesheetEntryKind.Break));
        Assert.Equal(1.5m, travel.Multiplier);
    }

    [Theory]
    [InlineData(TimesheetEntryKind.Break)]
    [InlineData(TimesheetEntryKind.Expense)]
    [InlineData(TimesheetEntryKind.Kilometres)]
    public void ForKinds_WhenAKindTakesNoHourType_Throws(TimesheetEntryKind kind)
    {
        var type = HourType.Create("WORK", "Work", Sixty, Forty).AsT0;

        Assert.Throws<ArgumentException>(() => type.ForKinds(TimesheetEntryKind.Work, kind));
        Assert.Throws<ArgumentException>(() => type.ForKinds());
    }

    [Fact]
    public void CountsAsWork_WhenTravelTypeConfiguredNotToCount_IsFalseAndOtherwiseTrue()
    {
        var travel = HourType.Create("TRAVEL", "Travel", Sixty, Forty).AsT0.ForKinds(TimesheetEntryKind.Travel);

        var notCounted = travel.WithTravelNotCountingAsWork();

        Assert.True(travel.CountsAsWork);
        Assert.False(notCounted.CountsAsWork);
        Assert.False(notCounted.Deactivate().CountsAsWork);
    }

    [Fact]
    public void WithTravelNotCountingAsWork_WhenTheTypeFitsWork_Throws()
    {
        var both = HourType.Create("FIELD", "Field", Sixty, Forty).AsT0.ForKinds(TimesheetEntryKind.Work, TimesheetEntryKind.Travel);

        Assert.Throws<InvalidOperationException>(both.WithTravelNotCountingAsWork);
        Assert.True(both.CountsAsWork);
    }
}
