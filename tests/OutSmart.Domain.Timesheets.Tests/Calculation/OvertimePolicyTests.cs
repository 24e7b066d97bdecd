using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets.Tests.Calculation;

public sealed class OvertimePolicyTests
{
    [Fact]
    public void WithTolerance_WhenNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OvertimePolicy.Daily.WithTolerance(Duration.FromMinutes(-1)));
    }

    [Fact]
    public void WithTolerance_WhenGiven_KeepsTheMode()
    {
        var policy = OvertimePolicy.Weekly.WithTolerance(Duration.FromMinutes(15));

        Assert.Equal(OvertimeMode.Weekly, policy.Mode);
        Assert.Equal(Duration.FromMinutes(15), policy.Tolerance);
        Assert.Equal(Duration.Zero, OvertimePolicy.Daily.Tolerance);
    }

    [Fact]
    public void RateCardCreate_WhenRateNegative_ReturnsRateNegative()
    {
        var result = RateCard.Create(Money.FromEuros(-1m), [], CustomHolidayCalendar.Empty);

        Assert.IsType<RateNegative>(result.Value);
    }
}
