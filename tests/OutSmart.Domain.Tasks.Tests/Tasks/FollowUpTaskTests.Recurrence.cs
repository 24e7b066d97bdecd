using NodaTime;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    private static readonly TaskRecurrence Weekly = TaskRecurrence.Parse("FREQ=WEEKLY", TaskRecurrenceBasis.DueDate).AsT0;

    [Fact]
    public void CompleteOccurrence_WhenNotRecurring_CompletesWithoutNext()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();

        var result = task.CompleteOccurrence(TaskFixtures.Task2, TaskFixtures.Amsterdam, TaskFixtures.Office, Later);

        Assert.False(result.AsT0.HasNext);
        Assert.Equal(FollowUpTaskStatus.Completed, task.Status);
    }

    [Fact]
    public void CompleteOccurrence_WhenRecurring_CreatesTheNextOccurrenceWithResetWork()
    {
        var due = TaskFixtures.Now + NodaTime.Duration.FromDays(2);
        var task = TaskBuilder.ATask().DueAt(due, TaskFixtures.Amsterdam).StartingOn(new LocalDate(2026, 3, 2)).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.Repeat(Weekly, TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now);
        task.AddLink(TaskFixtures.Customer, TaskFixtures.Office, TaskFixtures.Now);
        task.AddReminder(TaskReminder.Before(Hours(1)), TaskFixtures.Office, TaskFixtures.Now);
        task.AddReminder(TaskReminder.AtInstant(Later), TaskFixtures.Office, TaskFixtures.Now);
        task.AddChecklistItem("Check pressure", TaskFixtures.Mobile, TaskFixtures.Now);
        task.MarkChecklistItem(1, true, TaskFixtures.Mobile, TaskFixtures.Now);
        task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("Order part").AsT0, true, TaskFixtures.Office, TaskFixtures.Now);
        task.MarkSubtask(TaskFixtures.Subtask1, true, TaskFixtures.Office, TaskFixtures.Now);
        task.ChangeProgress(80, TaskFixtures.Mobile, TaskFixtures.Now);
        task.ClearDomainEvents();

        var next = task.CompleteOccurrence(TaskFixtures.Task2, TaskFixtures.Amsterdam, TaskFixtures.Mobile, Later).AsT0.Next!;

        Assert.Equal(FollowUpTaskStatus.Completed, task.Status);
        Assert.Equal(TaskFixtures.Task2.ToString(), task.History[^1].NewValue);
        Assert.Equal(TaskFixtures.Task2, next.Id);
        Assert.Equal(FollowUpTaskStatus.NotStarted, next.Status);
        Assert.Equal(0, next.Progress);
        Assert.Equal(2, next.Occurrence);
        Assert.Equal(AggregateVersionNew, next.Version);
        Assert.Equal(TaskDue.At(new LocalDateTime(2026, 3, 11, 9, 0), TaskFixtures.Amsterdam), next.Due);
        Assert.Equal(new LocalDate(2026, 3, 9), next.Schedule.Start);
        Assert.Equal(task.Title, next.Title);
        Assert.Equal(task.Participants, next.Participants);
        Assert.Equal(task.Links, next.Links);
        Assert.Equal(Weekly, next.Recurrence);
        Assert.Equal([TaskReminder.Before(Hours(1))], next.Reminders);
        Assert.All(next.Checklist, i => Assert.False(i.IsDone));
        Assert.All(next.Subtasks, s => Assert.False(s.IsDone));
        Assert.Single(next.Checklist);
        Assert.Equal(TaskHistoryKind.Created, next.History[0].Kind);
        Assert.IsType<TaskCreated>(Assert.Single(next.DomainEvents));
        Assert.IsType<TaskCompleted>(Assert.Single(task.DomainEvents));
    }

    [Fact]
    public void CompleteOccurrence_WhenNotInProgress_ReturnsTaskTransitionInvalidAndCreatesNothing()
    {
        var task = TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 6)).Build();
        task.Repeat(Weekly, TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now);

        var result = task.CompleteOccurrence(TaskFixtures.Task2, TaskFixtures.Amsterdam, TaskFixtures.Office, Later);

        Assert.IsType<TaskTransitionInvalid>(result.Value);
        Assert.Equal(FollowUpTaskStatus.NotStarted, task.Status);
    }

    [Fact]
    public void CompleteOccurrence_WhenSeriesHasEnded_CompletesWithoutNext()
    {
        var task = TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 6)).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.Repeat(TaskRecurrence.Parse("FREQ=DAILY;COUNT=1", TaskRecurrenceBasis.DueDate).AsT0, TaskDevicePolicy.AllowAll, TaskFixtures.Office, TaskFixtures.Now);

        var result = task.CompleteOccurrence(TaskFixtures.Task2, TaskFixtures.Amsterdam, TaskFixtures.Office, Later);

        Assert.Null(result.AsT0.Next);
        Assert.Equal(FollowUpTaskStatus.Completed, task.Status);
    }

    [Fact]
    public void CompleteOccurrence_WhenNextIdIsTheTasksOwn_Throws()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();

        Assert.Throws<ArgumentException>(() => task.CompleteOccurrence(TaskFixtures.Task1, TaskFixtures.Amsterdam, TaskFixtures.Office, Later));
    }

    [Fact]
    public void Repeat_WhenSet_RecordsItAndCanBeCleared()
    {
        var task = TaskBuilder.ATask().Build();

        task.Repeat(Weekly, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);
        Assert.Equal(Weekly, task.Recurrence);
        task.Repeat(null, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.Null(task.Recurrence);
        Assert.Equal(("Recurrence", Weekly.ToString(), (string?)null), (task.History[^1].Field, task.History[^1].OldValue, task.History[^1].NewValue));
    }

    [Fact]
    public void Repeat_WhenMobileAndPolicyForbidsEditing_ReturnsTaskNotAllowed()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.Repeat(Weekly, NothingFromMobile, TaskFixtures.Mobile, Later);

        Assert.IsType<TaskNotAllowed>(result.Value);
        Assert.Null(task.Recurrence);
    }

    [Fact]
    public void Repeat_WhenClosed_ReturnsTaskAlreadyClosed()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Closed).Build();

        var result = task.Repeat(Weekly, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);

        Assert.IsType<TaskAlreadyClosed>(result.Value);
    }

    private static OutSmart.Domain.Abstractions.AggregateVersion AggregateVersionNew => OutSmart.Domain.Abstractions.AggregateVersion.New;
}
