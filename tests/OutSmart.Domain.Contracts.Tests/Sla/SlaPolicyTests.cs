using static OutSmart.Domain.Contracts.Tests.TestData.SlaClocks;

namespace OutSmart.Domain.Contracts.Tests.Sla;

public sealed class SlaPolicyTests
{
    [Fact]
    public void GetTargets_WhenThePriorityHasTargets_ReturnsThemAndOtherwiseNull()
    {
        SlaTargets urgent = Targets(responseHours: 1);
        SlaPolicy policy = SlaPolicy.Empty.With(SlaPriority.Urgent, urgent);

        Assert.Same(urgent, policy.GetTargets(SlaPriority.Urgent));
        Assert.Null(policy.GetTargets(SlaPriority.Low));
        Assert.Empty(SlaPolicy.Empty.Priorities);
    }

    [Fact]
    public void With_WhenThePriorityIsSetAgain_ReplacesItsTargetsAndLeavesTheOldPolicyAlone()
    {
        SlaPolicy first = SlaPolicy.Empty.With(SlaPriority.High, Targets(responseHours: 4));

        SlaPolicy second = first.With(SlaPriority.High, Targets(responseHours: 2)).With(SlaPriority.Normal, Targets(responseHours: 8));

        Assert.Equal([SlaPriority.Normal, SlaPriority.High], second.Priorities);
        Assert.Equal(Targets(responseHours: 2), second.GetTargets(SlaPriority.High));
        Assert.Equal(Targets(responseHours: 4), first.GetTargets(SlaPriority.High));
    }

    [Fact]
    public void Equals_WhenTheSameTargetsAreSetInAnotherOrder_IsTrue()
    {
        SlaPolicy one = SlaPolicy.Empty.With(SlaPriority.High, Targets(responseHours: 4)).With(SlaPriority.Low, Targets(resolutionHours: 40));
        SlaPolicy other = SlaPolicy.Empty.With(SlaPriority.Low, Targets(resolutionHours: 40)).With(SlaPriority.High, Targets(responseHours: 4));

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, SlaPolicy.Empty);
    }
}
