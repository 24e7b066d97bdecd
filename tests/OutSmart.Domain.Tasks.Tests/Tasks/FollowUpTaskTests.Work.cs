using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MinValue)]
    public void ChangeProgress_WhenOutOfRange_ReturnsTaskProgressOutOfRange(int percent)
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();

        var result = task.ChangeProgress(percent, TaskFixtures.Mobile, Later);

        var error = Assert.IsType<TaskProgressOutOfRange>(result.Value);
        Assert.Equal("TASK_PROGRESS_OUT_OF_RANGE", error.Code);
        Assert.Equal(0, task.Progress);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(100)]
    public void ChangeProgress_WhenInRange_SetsIt(int percent)
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();

        var result = task.ChangeProgress(percent, TaskFixtures.Mobile, Later);

        Assert.True(result.IsT0);
        Assert.Equal(percent, task.Progress);
    }

    [Fact]
    public void ChangeProgress_WhenReaching100_DoesNotComplete()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();

        task.ChangeProgress(100, TaskFixtures.Mobile, Later);

        Assert.Equal(FollowUpTaskStatus.InProgress, task.Status);
        Assert.Null(task.CompletedAt);
    }

    [Theory]
    [InlineData(FollowUpTaskStatus.Completed)]
    [InlineData(FollowUpTaskStatus.Stopped)]
    [InlineData(FollowUpTaskStatus.Closed)]
    public void ChangeProgress_WhenNotOpen_ReturnsTaskNotOpen(FollowUpTaskStatus status)
    {
        var task = TaskBuilder.ATask().InStatus(status).Build();
        int progress = task.Progress;

        var result = task.ChangeProgress(50, TaskFixtures.Mobile, Later);

        Assert.Equal(status, Assert.IsType<TaskNotOpen>(result.Value).Status);
        Assert.Equal(progress, task.Progress);
    }

    [Fact]
    public void AddReminder_WhenAbsoluteInTheFuture_AddsIt()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.AddReminder(TaskReminder.AtInstant(Later), TaskFixtures.Office, TaskFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal([Later], task.GetReminderInstants());
    }

    [Fact]
    public void AddReminder_WhenAtNow_AddsIt()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.AddReminder(TaskReminder.AtInstant(TaskFixtures.Now), TaskFixtures.Office, TaskFixtures.Now);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void AddReminder_WhenAbsoluteInThePast_ReturnsTaskReminderInvalid()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.AddReminder(TaskReminder.AtInstant(TaskFixtures.Now - Duration.Epsilon), TaskFixtures.Office, TaskFixtures.Now);

        var error = Assert.IsType<TaskReminderInvalid>(result.Value);
        Assert.Equal(TaskReminderProblem.InPast, error.Problem);
        Assert.Equal("TASK_REMINDER_INVALID", error.Code);
        Assert.Empty(task.Reminders);
    }

    [Fact]
    public void AddReminder_WhenRelativeAndFiringInThePast_ReturnsTaskReminderInvalid()
    {
        var task = TaskBuilder.ATask().DueAt(TaskFixtures.Now + Duration.FromHours(1), TaskFixtures.Amsterdam).Build();

        var result = task.AddReminder(TaskReminder.Before(Duration.FromHours(2)), TaskFixtures.Office, TaskFixtures.Now);

        Assert.Equal(TaskReminderProblem.InPast, Assert.IsType<TaskReminderInvalid>(result.Value).Problem);
    }

    [Fact]
    public void AddReminder_WhenRelativeWithoutDue_ReturnsTaskReminderInvalid()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.AddReminder(TaskReminder.Before(Duration.FromHours(2)), TaskFixtures.Office, TaskFixtures.Now);

        Assert.Equal(TaskReminderProblem.NeedsDueMoment, Assert.IsType<TaskReminderInvalid>(result.Value).Problem);
    }

    [Fact]
    public void AddReminder_WhenRelativeWithDateOnlyDue_ReturnsTaskReminderInvalid()
    {
        var task = TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 6)).Build();

        var result = task.AddReminder(TaskReminder.Before(Duration.FromHours(2)), TaskFixtures.Office, TaskFixtures.Now);

        Assert.Equal(TaskReminderProblem.NeedsDueMoment, Assert.IsType<TaskReminderInvalid>(result.Value).Problem);
    }

    [Fact]
    public void AddReminder_WhenRelativeWithDueMoment_FiresBeforeIt()
    {
        var due = TaskFixtures.Now + Duration.FromDays(3);
        var task = TaskBuilder.ATask().DueAt(due, TaskFixtures.Amsterdam).Build();

        task.AddReminder(TaskReminder.Before(Duration.FromHours(2)), TaskFixtures.Office, TaskFixtures.Now);

        Assert.Equal([due - Duration.FromHours(2)], task.GetReminderInstants());
    }

    [Fact]
    public void AddReminder_WhenFiveSet_ReturnsTaskLimitReached()
    {
        var task = TaskBuilder.ATask().Build();
        for (int i = 1; i <= 5; i++)
        {
            Assert.True(task.AddReminder(TaskReminder.AtInstant(TaskFixtures.Now + Duration.FromHours(i)), TaskFixtures.Office, TaskFixtures.Now).IsT0);
        }

        var result = task.AddReminder(TaskReminder.AtInstant(TaskFixtures.Now + Duration.FromHours(6)), TaskFixtures.Office, TaskFixtures.Now);

        Assert.Equal(TaskLimit.Reminders, Assert.IsType<TaskLimitReached>(result.Value).Limit);
        Assert.Equal(5, task.Reminders.Count);
    }

    [Fact]
    public void AddReminder_WhenNotOpen_ReturnsTaskNotOpen()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build();

        var result = task.AddReminder(TaskReminder.AtInstant(Later), TaskFixtures.Office, TaskFixtures.Now);

        Assert.IsType<TaskNotOpen>(result.Value);
    }

    [Fact]
    public void CancelReminder_WhenSet_RemovesIt()
    {
        var task = TaskBuilder.ATask().Build();
        task.AddReminder(TaskReminder.AtInstant(Later), TaskFixtures.Office, TaskFixtures.Now);

        task.CancelReminder(TaskReminder.AtInstant(Later), TaskFixtures.Office, TaskFixtures.Now);

        Assert.Empty(task.Reminders);
    }

    [Fact]
    public void Before_WhenOffsetIsNegative_Throws()
    {
        Assert.Throws<ArgumentException>(() => TaskReminder.Before(Duration.FromHours(-1)));
    }

    [Fact]
    public void AddLink_WhenSeveralKinds_KeepsAllInOrder()
    {
        var task = TaskBuilder.ATask().Build();

        task.AddLink(TaskFixtures.Customer, TaskFixtures.Office, Later);
        task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);
        task.AddLink(TaskFixtures.Invoice, TaskFixtures.Office, Later);

        Assert.Equal([TaskFixtures.Customer, TaskFixtures.WorkOrder, TaskFixtures.Invoice], task.Links);
        Assert.Equal(TaskHistoryKind.LinkAdded, task.History[^1].Kind);
        Assert.Equal(TaskFixtures.Invoice.ToString(), task.History[^1].NewValue);
    }

    [Fact]
    public void AddLink_WhenSamePairAgain_ReturnsTaskLinkDuplicate()
    {
        var task = TaskBuilder.ATask().Build();
        task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);

        var result = task.AddLink(RecordLink.Create(RecordKind.WorkOrder, TaskFixtures.WorkOrder.Id), TaskFixtures.Office, Later);

        var error = Assert.IsType<TaskLinkDuplicate>(result.Value);
        Assert.Equal("TASK_LINK_DUPLICATE", error.Code);
        Assert.Single(task.Links);
    }

    [Fact]
    public void AddLink_WhenSameIdButOtherKind_AddsIt()
    {
        var task = TaskBuilder.ATask().Build();
        task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);

        var result = task.AddLink(RecordLink.Create(RecordKind.Invoice, TaskFixtures.WorkOrder.Id), TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void AddLink_WhenTwentyLinked_ReturnsTaskLimitReached()
    {
        var task = TaskBuilder.ATask().Build();
        for (int i = 1; i <= 20; i++)
        {
            Assert.True(task.AddLink(RecordLink.To(new CustomerId(TaskFixtures.NumberedGuid(i))), TaskFixtures.Office, Later).IsT0);
        }

        var result = task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);

        Assert.Equal(TaskLimit.Links, Assert.IsType<TaskLimitReached>(result.Value).Limit);
        Assert.Equal(20, task.Links.Count);
    }

    [Fact]
    public void AddLink_WhenClosed_ReturnsTaskAlreadyClosed()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Closed).Build();

        var result = task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);

        Assert.IsType<TaskAlreadyClosed>(result.Value);
    }

    [Fact]
    public void RemoveLink_WhenLinked_RemovesItWithHistory()
    {
        var task = TaskBuilder.ATask().Build();
        task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);

        task.RemoveLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);

        Assert.Empty(task.Links);
        Assert.Equal(TaskHistoryKind.LinkRemoved, task.History[^1].Kind);
    }

    [Fact]
    public void AddChecklistItem_WhenAdded_NumbersItemsFromOne()
    {
        var task = TaskBuilder.ATask().Build();

        var first = task.AddChecklistItem("Check pressure", TaskFixtures.Mobile, Later).AsT0;
        var second = task.AddChecklistItem("  Bleed radiators ", TaskFixtures.Mobile, Later).AsT0;

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal("Bleed radiators", second.Text);
        Assert.False(second.IsDone);
    }

    [Fact]
    public void AddChecklistItem_WhenHundredItems_ReturnsTaskLimitReached()
    {
        var task = TaskBuilder.ATask().Build();
        for (int i = 1; i <= 100; i++)
        {
            Assert.True(task.AddChecklistItem($"Item {i}", TaskFixtures.Mobile, Later).IsT0);
        }

        var result = task.AddChecklistItem("One too many", TaskFixtures.Mobile, Later);

        Assert.Equal(TaskLimit.ChecklistItems, Assert.IsType<TaskLimitReached>(result.Value).Limit);
        Assert.Equal(100, task.Checklist.Count);
    }

    [Theory]
    [InlineData("  ", 0)]
    [InlineData(null, ChecklistItem.MaxTextLength + 1)]
    public void AddChecklistItem_WhenTextIsBlankOrTooLong_ReturnsTaskChecklistTextInvalidAndAddsNothing(string? text, int length)
    {
        var task = TaskBuilder.ATask().Build();
        int before = task.History.Count;

        var result = task.AddChecklistItem(text ?? new string('x', length), TaskFixtures.Mobile, Later);

        var error = Assert.IsType<TaskChecklistTextInvalid>(result.Value);
        Assert.Equal((length, ChecklistItem.MaxTextLength), (error.Length, error.MaxLength));
        Assert.Equal("TASK_CHECKLIST_TEXT_INVALID", error.Code);
        Assert.Empty(task.Checklist);
        Assert.Equal(before, task.History.Count);
    }

    [Fact]
    public void AddChecklistItem_WhenTextIsExactlyTheLongestAllowed_AddsIt()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.AddChecklistItem(new string('x', ChecklistItem.MaxTextLength), TaskFixtures.Mobile, Later);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void MarkChecklistItem_WhenDone_TicksItOff()
    {
        var task = TaskBuilder.ATask().Build();
        var item = task.AddChecklistItem("Check pressure", TaskFixtures.Mobile, Later).AsT0;

        task.MarkChecklistItem(item.Number, true, TaskFixtures.Mobile, Later);

        Assert.True(task.Checklist[0].IsDone);
        Assert.Equal("[x] #1 Check pressure", task.History[^1].NewValue);
    }

    [Fact]
    public void MarkChecklistItem_WhenNumberIsUnknown_Throws()
    {
        var task = TaskBuilder.ATask().Build();

        Assert.Throws<ArgumentException>(() => task.MarkChecklistItem(7, true, TaskFixtures.Mobile, Later));
    }

    [Fact]
    public void RemoveChecklistItem_WhenRemoved_DoesNotReuseItsNumber()
    {
        var task = TaskBuilder.ATask().Build();
        task.AddChecklistItem("First", TaskFixtures.Mobile, Later);

        task.RemoveChecklistItem(1, TaskFixtures.Mobile, Later);
        var next = task.AddChecklistItem("Second", TaskFixtures.Mobile, Later).AsT0;

        Assert.Equal(2, next.Number);
        Assert.Single(task.Checklist);
    }

    [Fact]
    public void Complete_WhenRequiredSubtaskIsOpen_ReturnsTaskChildrenOpen()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();
        task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("Order part").AsT0, isRequired: true, TaskFixtures.Office, Later);
        task.AddSubtask(TaskFixtures.Subtask2, TaskTitle.Create("Nice to have").AsT0, isRequired: false, TaskFixtures.Office, Later);

        var result = task.Complete(TaskFixtures.Office, Later);

        var error = Assert.IsType<TaskChildrenOpen>(result.Value);
        Assert.Equal([TaskFixtures.Subtask1], error.OpenSubtasks);
        Assert.Equal("TASK_CHILDREN_OPEN", error.Code);
        Assert.Equal(FollowUpTaskStatus.InProgress, task.Status);
    }

    [Fact]
    public void Complete_WhenRequiredSubtasksAreDone_Completes()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();
        task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("Order part").AsT0, isRequired: true, TaskFixtures.Office, Later);
        task.AddSubtask(TaskFixtures.Subtask2, TaskTitle.Create("Nice to have").AsT0, isRequired: false, TaskFixtures.Office, Later);
        task.MarkSubtask(TaskFixtures.Subtask1, true, TaskFixtures.Office, Later);

        var result = task.Complete(TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void AddSubtask_WhenIdIsTheTasksOwnOrRepeated_Throws()
    {
        var task = TaskBuilder.ATask().Build();
        task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("Order part").AsT0, false, TaskFixtures.Office, Later);

        Assert.Throws<ArgumentException>(() => task.AddSubtask(TaskFixtures.Task1, TaskTitle.Create("Self").AsT0, false, TaskFixtures.Office, Later));
        Assert.Throws<ArgumentException>(() => task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("Again").AsT0, false, TaskFixtures.Office, Later));
    }

    [Fact]
    public void AddSubtask_WhenHundredSubtasks_ReturnsTaskLimitReached()
    {
        var task = TaskBuilder.ATask().Build();
        for (int i = 1; i <= 100; i++)
        {
            Assert.True(task.AddSubtask(new TaskId(TaskFixtures.NumberedGuid(500 + i)), TaskTitle.Create($"Part {i}").AsT0, false, TaskFixtures.Office, Later).IsT0);
        }

        var result = task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("One too many").AsT0, false, TaskFixtures.Office, Later);

        Assert.Equal(TaskLimit.Subtasks, Assert.IsType<TaskLimitReached>(result.Value).Limit);
    }

    [Fact]
    public void Comment_WhenOpen_AppendsCommentEntry()
    {
        var task = TaskBuilder.ATask().Build();

        task.Comment(" Customer not home ", TaskFixtures.Mobile, Later);

        var entry = task.History[^1];
        Assert.Equal((TaskHistoryKind.Comment, "Customer not home", TaskFixtures.Technician, ActorChannel.MobileApp), (entry.Kind, entry.NewValue, entry.Actor, entry.Channel));
    }

    [Fact]
    public void Comment_WhenLongerThanTheLimit_ReturnsTaskCommentTooLongAndRecordsNothing()
    {
        var task = TaskBuilder.ATask().Build();
        int before = task.History.Count;

        var result = task.Comment(new string('x', FollowUpTask.MaxNoteLength + 1), TaskFixtures.Mobile, Later);

        var error = Assert.IsType<TaskCommentTooLong>(result.Value);
        Assert.Equal((FollowUpTask.MaxNoteLength + 1, FollowUpTask.MaxNoteLength), (error.Length, error.MaxLength));
        Assert.Equal("TASK_COMMENT_TOO_LONG", error.Code);
        Assert.Equal(before, task.History.Count);
    }

    [Fact]
    public void Comment_WhenExactlyTheLimitAfterTrimming_IsRecorded()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.Comment("  " + new string('x', FollowUpTask.MaxNoteLength) + "  ", TaskFixtures.Mobile, Later);

        Assert.True(result.IsT0);
        Assert.Equal(FollowUpTask.MaxNoteLength, task.History[^1].NewValue!.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void Comment_WhenBlank_ReturnsTaskCommentRequiredAndRecordsNothing(string text)
    {
        var task = TaskBuilder.ATask().Build();
        int before = task.History.Count;

        var result = task.Comment(text, TaskFixtures.Mobile, Later);

        Assert.Equal("TASK_COMMENT_REQUIRED", Assert.IsType<TaskCommentRequired>(result.Value).Code);
        Assert.Equal(before, task.History.Count);
    }

    [Fact]
    public void Comment_WhenClosed_ReturnsTaskAlreadyClosed()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Closed).Build();
        int before = task.History.Count;

        var result = task.Comment("Too late", TaskFixtures.Mobile, Later);

        Assert.IsType<TaskAlreadyClosed>(result.Value);
        Assert.Equal(before, task.History.Count);
    }

    [Fact]
    public void History_WhenCommandsSucceed_OnlyGrowsAndKeepsEarlierEntries()
    {
        var task = TaskBuilder.ATask().Build();
        var before = task.History.ToList();

        task.Start(TaskFixtures.Mobile, Later);
        task.ChangeProgress(30, TaskFixtures.Mobile, Later);
        task.AddLink(TaskFixtures.Customer, TaskFixtures.Office, Later);

        Assert.Equal(before, task.History.Take(before.Count));
        Assert.Equal(before.Count + 3, task.History.Count);
    }
}
