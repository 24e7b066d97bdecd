using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks.Tests.TestData;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    private static readonly Instant Later = TestIds.Now + Duration.FromHours(1);
    private static readonly TaskDevicePolicy NothingFromMobile = TaskDevicePolicy.Create(false, false, false);

    [Fact]
    public void Create_WhenValid_IsNotStartedWithCreatedHistoryAndEvent()
    {
        var task = FollowUpTask.Create(
            TestIds.Task1,
            TaskTitle.Create("Call back").AsT0,
            TaskParticipants.Create(TestIds.Owner, TestIds.Technician).AsT0,
            TaskDevicePolicy.AllowAll,
            TestIds.Office,
            TestIds.Now).AsT0;

        Assert.Equal(FollowUpTaskStatus.NotStarted, task.Status);
        Assert.Equal(0, task.Progress);
        Assert.Equal(TestIds.Now, task.CreatedAt);
        Assert.Equal(TestIds.Owner, task.CreatedBy);
        Assert.Equal(AggregateVersion.New, task.Version);
        Assert.Equal(TaskHistoryKind.Created, task.History[0].Kind);
        Assert.Equal(TaskHistoryKind.AssigneeAdded, task.History[1].Kind);
        Assert.All(task.History, e => Assert.Equal(TestIds.Now, e.At));
        var created = Assert.IsType<TaskCreated>(Assert.Single(task.DomainEvents));
        Assert.Equal(TestIds.Task1, created.TaskId);
        Assert.Equal(TestIds.Owner, created.Owner);
    }

    [Fact]
    public void Create_WhenPriorityNotGiven_IsNormal()
    {
        var task = FollowUpTask.Create(
            TestIds.Task1, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TestIds.Owner).AsT0,
            TaskDevicePolicy.AllowAll, TestIds.Office, TestIds.Now).AsT0;

        Assert.Equal(TaskPriority.Normal, task.Priority);
        Assert.Same(TaskSchedule.None, task.Schedule);
        Assert.Same(TaskDescription.Empty, task.Description);
    }

    [Fact]
    public void Create_WhenMobileAndPolicyForbidsCreating_ReturnsTaskNotAllowed()
    {
        var result = FollowUpTask.Create(
            TestIds.Task1, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TestIds.Owner).AsT0,
            NothingFromMobile, TestIds.Mobile, TestIds.Now);

        var error = Assert.IsType<TaskNotAllowed>(result.Value);
        Assert.Equal(TaskDeviceAction.Create, error.Action);
        Assert.Equal("TASK_NOT_ALLOWED", error.Code);
    }

    [Fact]
    public void Create_WhenBackOfficeAndPolicyForbidsMobileCreating_Creates()
    {
        var result = FollowUpTask.Create(
            TestIds.Task1, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TestIds.Owner).AsT0,
            NothingFromMobile, TestIds.Office, TestIds.Now);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void Create_WhenIdIsEmpty_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => FollowUpTask.Create(
            default, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TestIds.Owner).AsT0,
            TaskDevicePolicy.AllowAll, TestIds.Office, TestIds.Now));
    }

    [Fact]
    public void Create_WhenPriorityIsUndefined_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => FollowUpTask.Create(
            TestIds.Task1, TaskTitle.Create("Call back").AsT0, TaskDescription.Empty, TaskParticipants.Create(TestIds.Owner).AsT0,
            TaskSchedule.None, (TaskPriority)9, TaskDevicePolicy.AllowAll, TestIds.Office, TestIds.Now));
    }

    [Fact]
    public void ClearDomainEvents_WhenEventsWereRaised_EmptiesTheList()
    {
        var task = TaskBuilder.ATask().Build();
        task.Start(TestIds.Office, Later);

        task.ClearDomainEvents();

        Assert.Empty(task.DomainEvents);
    }
}
