using NodaTime;
using static OutSmart.Domain.Contracts.Tests.TestData.SlaClocks;

namespace OutSmart.Domain.Contracts.Tests.Sla;

public sealed class SlaTargetsTests
{
    [Fact]
    public void Create_WhenNoTargetIsGiven_ReturnsSlaTargetsInvalid()
    {
        var result = SlaTargets.Create(0.75m);

        Assert.Equal("SLA_TARGETS_INVALID", Assert.IsType<SlaTargetsInvalid>(result.Value).Code);
    }

    [Fact]
    public void Create_WhenATargetIsZero_ReturnsSlaTargetsInvalidNamingIt()
    {
        var result = SlaTargets.Create(0.75m, response: Duration.FromHours(1), onSite: Duration.Zero);

        Assert.Contains("on-site", Assert.IsType<SlaTargetsInvalid>(result.Value).Message);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Create_WhenTheWarningThresholdIsOutsideZeroToOne_ReturnsSlaTargetsInvalid(double warning)
    {
        var result = SlaTargets.Create((decimal)warning, resolution: Duration.FromHours(8));

        Assert.IsType<SlaTargetsInvalid>(result.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Create_WhenTheWarningThresholdIsABound_AcceptsIt(int warning)
    {
        var result = SlaTargets.Create(warning, resolution: Duration.FromHours(8));

        Assert.Equal(warning, Assert.IsType<SlaTargets>(result.Value).WarningThreshold);
    }

    [Fact]
    public void GetTarget_ReturnsThePromisedTargetOrNull()
    {
        SlaTargets targets = Targets(responseHours: 2, resolutionHours: 16);

        Assert.Equal(Duration.FromHours(2), targets.GetTarget(SlaTargetKind.Response));
        Assert.Null(targets.GetTarget(SlaTargetKind.OnSite));
        Assert.Equal(Duration.FromHours(16), targets.GetTarget(SlaTargetKind.Resolution));
    }
}
