
namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    [Fact]
    public void Create_WhenNew_CompletesOnAnyAssignee()
    {
        var task = TaskBuilder.ATask().Build();

        Assert.Equal(TaskCompletionPolicy.AnyAssignee, task.CompletionPolicy);
    }

    [Fact]
    public void Complete_WhenAllAssigneesMustFinishAndOneHasNot_ReturnsTaskAssigneesOpen()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician, TaskFixtures.Planner).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.ChangeCompletionPolicy(TaskCompletionPolicy.AllAssignees, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);
        task.FinishPart(TaskFixtures.Mobile, Later);

        var result = task.Complete(TaskFixtures.Office, Later);

        var error = Assert.IsType<TaskAssigneesOpen>(result.Value);
        Assert.Equal([TaskFixtures.Planner], error.Unfinished);
        Assert.Equal("TASK_ASSIGNEES_OPEN", error.Code);
        Assert.Equal(FollowUpTaskStatus.InProgress, task.Status);
    }

    [Fact]
    public void Complete_WhenAllAssigneesFinished_Completes()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician, TaskFixtures.Planner).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.ChangeCompletionPolicy(TaskCompletionPolicy.AllAssignees, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);
        task.FinishPart(TaskFixtures.Mobile, Later);
        task.FinishPart(TaskFixtures.Scheduler, Later);

        var result = task.Complete(TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Equal([TaskFixtures.Technician, TaskFixtures.Planner], task.FinishedAssignees);
    }

    [Fact]
    public void Complete_WhenAnyAssigneeAndNobodyFinished_Completes()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician, TaskFixtures.Planner).InStatus(FollowUpTaskStatus.InProgress).Build();

        var result = task.Complete(TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void FinishPart_WhenNotAssigned_ReturnsTaskNotAssigned()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).InStatus(FollowUpTaskStatus.InProgress).Build();

        var result = task.FinishPart(TaskFixtures.Office, Later);

        Assert.Equal(TaskFixtures.Owner, Assert.IsType<TaskNotAssigned>(result.Value).Employee);
        Assert.Empty(task.FinishedAssignees);
    }

    [Fact]
    public void FinishPart_WhenNotOpen_ReturnsTaskNotOpen()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).InStatus(FollowUpTaskStatus.Stopped).Build();

        var result = task.FinishPart(TaskFixtures.Mobile, Later);

        Assert.IsType<TaskNotOpen>(result.Value);
    }

    [Fact]
    public void Reopen_WhenAssigneesHadFinished_ClearsTheirParts()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.FinishPart(TaskFixtures.Mobile, Later);
        task.Complete(TaskFixtures.Office, Later);

        task.Reopen(TaskFixtures.Office, Later);

        Assert.Empty(task.FinishedAssignees);
    }

    [Fact]
    public void Unassign_WhenTheAssigneeHadFinished_ForgetsTheirPart()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.FinishPart(TaskFixtures.Mobile, Later);

        task.Unassign(TaskFixtures.Technician, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Empty(task.FinishedAssignees);
    }

    [Fact]
    public void ChangeCompletionPolicy_WhenMobileAndPolicyForbidsEditing_ReturnsTaskNotAllowed()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.ChangeCompletionPolicy(TaskCompletionPolicy.AllAssignees, NothingFromMobile, TaskFixtures.Mobile, Later);

        Assert.IsType<TaskNotAllowed>(result.Value);
        Assert.Equal(TaskCompletionPolicy.AnyAssignee, task.CompletionPolicy);
    }
}
