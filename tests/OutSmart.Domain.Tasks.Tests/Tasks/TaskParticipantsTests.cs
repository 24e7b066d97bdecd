using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed class TaskParticipantsTests
{
    [Fact]
    public void Create_WhenOwnerIsEmpty_ReturnsTaskOwnerRequired()
    {
        var result = TaskParticipants.Create(default, TaskFixtures.Technician);

        var error = Assert.IsType<TaskOwnerRequired>(result.Value);
        Assert.Equal("TASK_OWNER_REQUIRED", error.Code);
    }

    [Fact]
    public void Create_WhenNoAssignees_ReturnsOwnerOnly()
    {
        var result = TaskParticipants.Create(TaskFixtures.Owner);

        Assert.Equal(TaskFixtures.Owner, result.AsT0.Owner);
        Assert.Empty(result.AsT0.Assignees);
    }

    [Fact]
    public void Create_WhenAssigneesRepeat_KeepsEachOnceInFirstOrder()
    {
        var result = TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Technician, TaskFixtures.Planner, TaskFixtures.Technician);

        Assert.Equal([TaskFixtures.Technician, TaskFixtures.Planner], result.AsT0.Assignees);
    }

    [Fact]
    public void Create_WhenOwnerIsAlsoAssignee_IsAllowed()
    {
        var result = TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Owner);

        Assert.True(result.AsT0.IsAssigned(TaskFixtures.Owner));
        Assert.Equal([TaskFixtures.Owner], result.AsT0.Recipients);
    }

    [Fact]
    public void Create_When50Assignees_ReturnsParticipants()
    {
        var result = TaskParticipants.Create(TaskFixtures.Owner, Employees(50));

        Assert.Equal(50, result.AsT0.Assignees.Length);
    }

    [Fact]
    public void Create_When51Assignees_ReturnsTaskLimitReached()
    {
        var result = TaskParticipants.Create(TaskFixtures.Owner, Employees(51));

        var error = Assert.IsType<TaskLimitReached>(result.Value);
        Assert.Equal(TaskLimit.Assignees, error.Limit);
        Assert.Equal(50, error.Maximum);
    }

    [Fact]
    public void Create_WhenAnAssigneeIsEmpty_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Technician, default));
    }

    [Fact]
    public void Recipients_WhenOwnerIsNotAssigned_AreOwnerThenAssignees()
    {
        var participants = TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Technician, TaskFixtures.Planner).AsT0;

        Assert.Equal([TaskFixtures.Owner, TaskFixtures.Technician, TaskFixtures.Planner], participants.Recipients);
    }

    [Fact]
    public void Equals_WhenSameOwnerAndAssignees_IsTrue()
    {
        var a = TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Technician).AsT0;
        var b = TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Technician).AsT0;

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    internal static EmployeeId[] Employees(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new EmployeeId(TaskFixtures.NumberedGuid(1000 + i)))];
}
