using NodaTime;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    [Fact]
    public void Rename_WhenOpen_ChangesTitleAndRecordsOldAndNew()
    {
        var task = TaskBuilder.ATask().WithTitle("Old").Build();

        var result = task.Rename(TaskTitle.Create("New").AsT0, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Equal("New", task.Title.Value);
        var entry = task.History[^1];
        Assert.Equal((TaskHistoryKind.FieldChanged, "Title", "Old", "New"), (entry.Kind, entry.Field, entry.OldValue, entry.NewValue));
        Assert.Equal(TaskFixtures.Owner, entry.Actor);
        Assert.Equal(Later, entry.At);
    }

    [Fact]
    public void Rename_WhenClosed_ReturnsTaskAlreadyClosed()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Closed).Build();

        var result = task.Rename(TaskTitle.Create("New").AsT0, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        var error = Assert.IsType<TaskAlreadyClosed>(result.Value);
        Assert.Equal("A closed task cannot be changed.", error.Message);
        Assert.Equal("TASK_ALREADY_CLOSED", error.Code);
    }

    [Fact]
    public void Rename_WhenMobileAndPolicyForbidsEditing_ReturnsTaskNotAllowed()
    {
        var task = TaskBuilder.ATask().WithTitle("Old").Build();

        var result = task.Rename(TaskTitle.Create("New").AsT0, NothingFromMobile, TaskFixtures.Mobile, Later);

        Assert.Equal(TaskDeviceAction.Edit, Assert.IsType<TaskNotAllowed>(result.Value).Action);
        Assert.Equal("Old", task.Title.Value);
    }

    [Fact]
    public void Rename_WhenTitleIsTheSame_RecordsNothing()
    {
        var task = TaskBuilder.ATask().WithTitle("Same").Build();
        int before = task.History.Count;

        task.Rename(TaskTitle.Create("Same").AsT0, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Equal(before, task.History.Count);
    }

    [Fact]
    public void Describe_WhenMobileAndPolicyForbidsEditing_ReturnsTaskNotAllowed()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.Describe(TaskDescription.Create("Text").AsT0, NothingFromMobile, TaskFixtures.Mobile, Later);

        Assert.IsType<TaskNotAllowed>(result.Value);
        Assert.Same(TaskDescription.Empty, task.Description);
    }

    [Fact]
    public void Describe_WhenAllowed_ChangesDescription()
    {
        var task = TaskBuilder.ATask().Build();

        task.Describe(TaskDescription.Create("Bring the ladder").AsT0, TaskDevicePolicy.AllowAll, TaskFixtures.Mobile, Later);

        Assert.Equal("Bring the ladder", task.Description.Value);
    }

    [Fact]
    public void ChangePriority_WhenAllowed_ChangesPriority()
    {
        var task = TaskBuilder.ATask().Build();

        task.ChangePriority(TaskPriority.Urgent, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Equal(TaskPriority.Urgent, task.Priority);
        Assert.Equal("Normal", task.History[^1].OldValue);
    }

    [Fact]
    public void ChangeOwner_WhenAllowed_ChangesOwnerAndRaisesTaskOwnerChanged()
    {
        var task = TaskBuilder.ATask().Build();

        task.ChangeOwner(TaskFixtures.Planner, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Equal(TaskFixtures.Planner, task.Participants.Owner);
        Assert.Equal(TaskFixtures.Planner, Assert.IsType<TaskOwnerChanged>(Assert.Single(task.DomainEvents)).Owner);
    }

    [Fact]
    public void ChangeOwner_WhenEmpty_Throws()
    {
        var task = TaskBuilder.ATask().Build();

        Assert.ThrowsAny<ArgumentException>(() => task.ChangeOwner(default, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later));
    }

    [Fact]
    public void Assign_WhenNew_AddsAssigneeWithHistoryAndEvent()
    {
        var task = TaskBuilder.ATask().AssignedTo().Build();

        var result = task.Assign(TaskFixtures.Technician, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Equal([TaskFixtures.Technician], task.Participants.Assignees);
        Assert.Equal(TaskHistoryKind.AssigneeAdded, task.History[^1].Kind);
        Assert.Equal(TaskFixtures.Technician, Assert.IsType<TaskAssigned>(Assert.Single(task.DomainEvents)).Assignee);
    }

    [Fact]
    public void Assign_WhenAlreadyAssigned_ChangesNothing()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).Build();
        int before = task.History.Count;

        var result = task.Assign(TaskFixtures.Technician, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Single(task.Participants.Assignees);
        Assert.Equal(before, task.History.Count);
    }

    [Fact]
    public void Assign_WhenOwner_AddsOwnerAsAssignee()
    {
        var task = TaskBuilder.ATask().AssignedTo().Build();

        task.Assign(TaskFixtures.Owner, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.True(task.Participants.IsAssigned(TaskFixtures.Owner));
    }

    [Fact]
    public void Assign_WhenFiftyAssigned_ReturnsTaskLimitReached()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskParticipantsTests.Employees(50)).Build();

        var result = task.Assign(TaskFixtures.Planner, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Equal(TaskLimit.Assignees, Assert.IsType<TaskLimitReached>(result.Value).Limit);
        Assert.Equal(50, task.Participants.Assignees.Length);
    }

    [Fact]
    public void Assign_WhenMobileAndPolicyForbidsEditing_ReturnsTaskNotAllowed()
    {
        var task = TaskBuilder.ATask().AssignedTo().Build();

        var result = task.Assign(TaskFixtures.Planner, NothingFromMobile, TaskFixtures.Mobile, Later);

        Assert.IsType<TaskNotAllowed>(result.Value);
        Assert.Empty(task.Participants.Assignees);
    }

    [Fact]
    public void Unassign_WhenAssigned_RemovesAssigneeWithHistoryAndEvent()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).Build();

        task.Unassign(TaskFixtures.Technician, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Empty(task.Participants.Assignees);
        Assert.Equal(TaskHistoryKind.AssigneeRemoved, task.History[^1].Kind);
        Assert.IsType<TaskUnassigned>(Assert.Single(task.DomainEvents));
    }

    [Fact]
    public void Unassign_WhenClosed_ReturnsTaskAlreadyClosed()
    {
        var task = TaskBuilder.ATask().AssignedTo(TaskFixtures.Technician).InStatus(FollowUpTaskStatus.Closed).Build();

        var result = task.Unassign(TaskFixtures.Technician, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.IsType<TaskAlreadyClosed>(result.Value);
        Assert.Single(task.Participants.Assignees);
    }

    [Fact]
    public void Reschedule_WhenAllowed_ChangesScheduleAndRaisesTaskRescheduled()
    {
        var task = TaskBuilder.ATask().Build();
        var schedule = TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 3, 6)));

        task.Reschedule(schedule, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Equal(schedule, task.Schedule);
        Assert.Equal(new LocalDate(2026, 3, 6), task.Due!.Date);
        Assert.Equal(schedule, Assert.IsType<TaskRescheduled>(Assert.Single(task.DomainEvents)).Schedule);
        Assert.Equal(("Schedule", "none", "due 2026-03-06"), (task.History[^1].Field, task.History[^1].OldValue, task.History[^1].NewValue));
    }

    [Fact]
    public void Reschedule_WhenMobileAndPolicyForbidsChangingDates_ReturnsTaskNotAllowed()
    {
        var task = TaskBuilder.ATask().Build();
        var policy = TaskDevicePolicy.Create(canCreate: true, canEdit: true, canChangeDueDate: false);

        var result = task.Reschedule(TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 3, 6))), policy, TaskFixtures.Mobile, Later);

        Assert.Equal(TaskDeviceAction.ChangeDueDate, Assert.IsType<TaskNotAllowed>(result.Value).Action);
        Assert.Same(TaskSchedule.None, task.Schedule);
    }

    [Fact]
    public void Reschedule_WhenMobileMayEditButNotChangeDates_StillRenames()
    {
        var task = TaskBuilder.ATask().Build();
        var policy = TaskDevicePolicy.Create(canCreate: false, canEdit: true, canChangeDueDate: false);

        var result = task.Rename(TaskTitle.Create("New").AsT0, policy, TaskFixtures.Mobile, Later);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void Reschedule_WhenRelativeReminderAndNewDueHasNoMoment_ReturnsTaskReminderInvalid()
    {
        var task = TaskBuilder.ATask().DueAt(TaskFixtures.Now + Hours(48), TaskFixtures.Amsterdam).Build();
        task.AddReminder(TaskReminder.Before(Hours(1)), TaskFixtures.Office, TaskFixtures.Now);

        var result = task.Reschedule(TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 3, 6))), TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        var error = Assert.IsType<TaskReminderInvalid>(result.Value);
        Assert.Equal(TaskReminderProblem.NeedsDueMoment, error.Problem);
        Assert.NotNull(task.Due!.Moment);
    }

    [Fact]
    public void Reschedule_WhenRelativeReminder_ReminderFollowsTheNewDue()
    {
        var task = TaskBuilder.ATask().DueAt(TaskFixtures.Now + Hours(48), TaskFixtures.Amsterdam).Build();
        task.AddReminder(TaskReminder.Before(Hours(1)), TaskFixtures.Office, TaskFixtures.Now);

        task.Reschedule(TaskSchedule.DueOn(TaskFixtures.DueAt(TaskFixtures.Now + Hours(72), TaskFixtures.Amsterdam)), TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Equal([TaskFixtures.Now + Hours(71)], task.GetReminderInstants());
    }
}
