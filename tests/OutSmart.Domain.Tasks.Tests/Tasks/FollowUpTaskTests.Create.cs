using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    private static readonly Instant Later = TaskFixtures.Now + Duration.FromHours(1);
    private static readonly TaskDevicePolicy NothingFromMobile = TaskDevicePolicy.Create(false, false, false);

    [Fact]
    public void Create_WhenValid_IsNotStartedWithCreatedHistoryAndEvent()
    {
        var task = FollowUpTask.Create(
            TaskFixtures.Task1,
            TaskTitle.Create("Call back").AsT0,
            TaskParticipants.Create(TaskFixtures.Owner, TaskFixtures.Technician).AsT0,
            TaskDevicePolicy.AllowAll,
            TaskFixtures.Office,
            TaskFixtures.Now).AsT0;

        Assert.Equal(FollowUpTaskStatus.NotStarted, task.Status);
        Assert.Equal(0, task.Progress);
        Assert.Equal(TaskFixtures.Now, task.CreatedAt);
        Assert.Equal(TaskFixtures.Owner, task.CreatedBy);
        Assert.Equal(AggregateVersion.New, task.Version);
        Assert.Equal(TaskHistoryKind.Created, task.History[0].Kind);
        Assert.Equal(TaskHistoryKind.AssigneeAdded, task.History[1].Kind);
        Assert.All(task.History, e => Assert.Equal(TaskFixtures.Now, e.At));
        var created = Assert.IsType<TaskCreated>(Assert.Single(task.DomainEvents));
        Assert.Equal(TaskFixtures.Task1, created.TaskId);
        Assert.Equal(TaskFixtures.Owner, created.Owner);
    }

    [Fact]
    public void Create_WhenPriorityNotGiven_IsNormal()
    {
        var task = FollowUpTask.Create(
            TaskFixtures.Task1, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TaskFixtures.Owner).AsT0,
            TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now).AsT0;

        Assert.Equal(TaskPriority.Normal, task.Priority);
        Assert.Same(TaskSchedule.None, task.Schedule);
        Assert.Same(TaskDescription.Empty, task.Description);
    }

    [Fact]
    public void Create_WhenMobileAndPolicyForbidsCreating_ReturnsTaskNotAllowed()
    {
        var result = FollowUpTask.Create(
            TaskFixtures.Task1, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TaskFixtures.Owner).AsT0,
            NothingFromMobile, TaskFixtures.Mobile, TaskFixtures.Now);

        var error = Assert.IsType<TaskNotAllowed>(result.Value);
        Assert.Equal(TaskDeviceAction.Create, error.Action);
        Assert.Equal("TASK_NOT_ALLOWED", error.Code);
    }

    [Fact]
    public void Create_WhenBackOfficeAndPolicyForbidsMobileCreating_Creates()
    {
        var result = FollowUpTask.Create(
            TaskFixtures.Task1, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TaskFixtures.Owner).AsT0,
            NothingFromMobile, TaskFixtures.Office, TaskFixtures.Now);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void Create_WhenIdIsEmpty_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => FollowUpTask.Create(
            default, TaskTitle.Create("Call back").AsT0, TaskParticipants.Create(TaskFixtures.Owner).AsT0,
            TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now));
    }

    [Fact]
    public void Create_WhenPriorityIsUndefined_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => FollowUpTask.Create(
            TaskFixtures.Task1, TaskTitle.Create("Call back").AsT0, TaskDescription.Empty, TaskParticipants.Create(TaskFixtures.Owner).AsT0,
            TaskSchedule.None, (TaskPriority)9, TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now));
    }

    [Fact]
    public void ClearDomainEvents_WhenEventsWereRaised_EmptiesTheList()
    {
        var task = TaskBuilder.ATask().Build();
        task.Start(TaskFixtures.Office, Later);

        task.ClearDomainEvents();

        Assert.Empty(task.DomainEvents);
    }
}
