
namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskDevicePolicyTests
{
    [Theory]
    [InlineData(TaskDeviceAction.Create)]
    [InlineData(TaskDeviceAction.Edit)]
    [InlineData(TaskDeviceAction.ChangeDueDate)]
    public void Allows_WhenMobileAndFlagIsOff_IsFalse(TaskDeviceAction action)
    {
        var policy = TaskDevicePolicy.Create(
            canCreate: action != TaskDeviceAction.Create,
            canEdit: action != TaskDeviceAction.Edit,
            canChangeDueDate: action != TaskDeviceAction.ChangeDueDate);

        Assert.False(policy.Allows(TaskFixtures.Mobile, action));
        Assert.All(Enum.GetValues<TaskDeviceAction>().Where(a => a != action), a => Assert.True(policy.Allows(TaskFixtures.Mobile, a)));
    }

    [Theory]
    [InlineData(TaskDeviceAction.Create)]
    [InlineData(TaskDeviceAction.Edit)]
    [InlineData(TaskDeviceAction.ChangeDueDate)]
    public void Allows_WhenNotMobile_IsAlwaysTrue(TaskDeviceAction action)
    {
        var policy = TaskDevicePolicy.Create(false, false, false);

        Assert.True(policy.Allows(TaskFixtures.Office, action));
        Assert.True(policy.Allows(TaskFixtures.Scheduler, action));
    }

    [Fact]
    public void AllowAll_WhenMobile_AllowsEverything()
    {
        Assert.All(Enum.GetValues<TaskDeviceAction>(), a => Assert.True(TaskDevicePolicy.AllowAll.Allows(TaskFixtures.Mobile, a)));
    }

    [Fact]
    public void Allows_WhenActionIsUndefined_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => TaskDevicePolicy.AllowAll.Allows(TaskFixtures.Mobile, (TaskDeviceAction)0));
    }
}
