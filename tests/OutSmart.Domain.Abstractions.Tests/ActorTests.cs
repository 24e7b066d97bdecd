using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Abstractions.Tests;

public sealed class ActorTests
{
    private static readonly EmployeeId Employee = new(Guid.Parse("5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b"));

    [Fact]
    public void HasPermission_WhenGranted_ReturnsTrueAndComparesOrdinally()
    {
        var actor = Actor.Create(Employee, ActorChannel.MobileApp, "tasks.manage");

        Assert.True(actor.HasPermission("tasks.manage"));
        Assert.False(actor.HasPermission("Tasks.Manage"));
        Assert.False(actor.HasPermission("tasks.delete"));
    }

    [Fact]
    public void Create_WhenPermissionsRepeat_KeepsEachOnce()
    {
        var actor = Actor.Create(Employee, ActorChannel.BackOffice, "b", "a", "b");

        Assert.Equal(["a", "b"], actor.Permissions);
    }

    [Fact]
    public void Equals_WhenSamePermissionsInAnotherOrder_ReturnsTrue()
    {
        Assert.Equal(Actor.Create(Employee, ActorChannel.BackOffice, "a", "b"), Actor.Create(Employee, ActorChannel.BackOffice, "b", "a"));
        Assert.NotEqual(Actor.Create(Employee, ActorChannel.BackOffice, "a"), Actor.Create(Employee, ActorChannel.MobileApp, "a"));
    }

    [Fact]
    public void Create_WhenEmployeeIsEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => Actor.Create(default, ActorChannel.BackOffice));
    }

    [Fact]
    public void Create_WhenAPermissionIsBlank_Throws()
    {
        Assert.Throws<ArgumentException>(() => Actor.Create(Employee, ActorChannel.BackOffice, " "));
    }

    [Fact]
    public void Create_WhenChannelIsUndefined_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => Actor.Create(Employee, (ActorChannel)0));
    }

    [Theory]
    [InlineData(ActorChannel.BackOffice, "employee 5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b via back office")]
    [InlineData(ActorChannel.MobileApp, "employee 5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b via mobile app")]
    [InlineData(ActorChannel.System, "employee 5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b via system")]
    public void ToString_WhenNoPermissions_NamesTheEmployeeAndTheChannel(ActorChannel channel, string expected)
    {
        var actor = Actor.Create(Employee, channel);

        string text = actor.ToString();

        Assert.Equal(expected, text);
    }

    [Fact]
    public void ToString_WhenPermissionsAreGranted_ListsThemInOrderWithoutTypeNames()
    {
        var actor = Actor.Create(Employee, ActorChannel.MobileApp, "tasks.manage", "tasks.delete");

        string text = actor.ToString();

        Assert.Equal("employee 5d1c7f0e-8a43-4f55-9a0b-1c2d3e4f5a6b via mobile app with tasks.delete, tasks.manage", text);
        Assert.DoesNotContain("ImmutableSortedSet", text);
    }
}
