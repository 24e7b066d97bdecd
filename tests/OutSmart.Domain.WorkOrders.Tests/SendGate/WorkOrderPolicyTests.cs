namespace OutSmart.Domain.WorkOrders.Tests.SendGate;

public sealed class WorkOrderPolicyTests
{
    [Fact]
    public void Default_RequiresOnlyASignerName()
    {
        WorkOrderPolicy policy = WorkOrderPolicy.Default;

        Assert.Equal((false, true, 0, false, false), (policy.SignatureRequired, policy.SignerNameRequired, policy.MinimumPhotos, policy.HoursRequired, policy.CannotCompleteAllowed));
    }

    [Fact]
    public void With_WhenChained_ChangesOnlyTheNamedSettingAndLeavesTheOriginal()
    {
        WorkOrderPolicy policy = WorkOrderPolicy.Default.WithSignatureRequired(true).WithSignerNameRequired(false).WithMinimumPhotos(2).WithHoursRequired(true).WithCannotCompleteAllowed(true);

        Assert.Equal((true, false, 2, true, true), (policy.SignatureRequired, policy.SignerNameRequired, policy.MinimumPhotos, policy.HoursRequired, policy.CannotCompleteAllowed));
        Assert.Equal((false, true, 0), (WorkOrderPolicy.Default.SignatureRequired, WorkOrderPolicy.Default.SignerNameRequired, WorkOrderPolicy.Default.MinimumPhotos));
        Assert.Equal(WorkOrderPolicy.Default, policy.WithSignatureRequired(false).WithSignerNameRequired(true).WithMinimumPhotos(0).WithHoursRequired(false).WithCannotCompleteAllowed(false));
    }

    [Fact]
    public void WithMinimumPhotos_WhenNegative_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkOrderPolicy.Default.WithMinimumPhotos(-1));
    }
}
