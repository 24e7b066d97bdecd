using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    [Fact]
    public void Rehydrate_WhenGivenASnapshot_RoundTripsEveryValue()
    {
        var task = ARichTask();
        var snapshot = task.ToSnapshot();

        var copy = FollowUpTask.Rehydrate(snapshot);

        Assert.Equal(snapshot, copy.ToSnapshot());
        Assert.Empty(copy.DomainEvents);
        Assert.Equal(task.Checklist, copy.Checklist);
        Assert.Equal(task.History, copy.History);
        Assert.Equal([TaskFixtures.Technician], copy.FinishedAssignees);
        Assert.Equal(TaskCompletionPolicy.AllAssignees, copy.CompletionPolicy);
        Assert.NotNull(copy.Recurrence);
    }

    [Fact]
    public void Rehydrate_WhenTheCopyChanges_TheSnapshotDoesNot()
    {
        var snapshot = ARichTask().ToSnapshot();
        var copy = FollowUpTask.Rehydrate(snapshot);

        copy.AddLink(TaskFixtures.Invoice, TaskFixtures.Office, Later);

        Assert.DoesNotContain(TaskFixtures.Invoice, snapshot.Links);
        Assert.NotEqual(snapshot, copy.ToSnapshot());
    }

    [Fact]
    public void Rehydrate_WhenCompletedWithoutCompletedAt_Throws()
    {
        var s = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build().ToSnapshot();
        var broken = new TaskSnapshot(
            s.Id, s.Version, s.Title, s.Description, s.Participants, s.Schedule, s.Priority, FollowUpTaskStatus.Completed, 100,
            null, null, null, s.CreatedAt, s.CreatedBy, s.Reminders, s.Links, s.Checklist, s.NextChecklistNumber, s.Subtasks, s.History,
            s.Recurrence, s.Occurrence, s.CompletionPolicy, s.FinishedAssignees);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenLinksRepeat_Throws()
    {
        var s = TaskBuilder.ATask().Build().ToSnapshot();
        var broken = new TaskSnapshot(
            s.Id, s.Version, s.Title, s.Description, s.Participants, s.Schedule, s.Priority, s.Status, s.Progress,
            s.CompletedAt, s.CompletedBy, s.StopReason, s.CreatedAt, s.CreatedBy, s.Reminders,
            [TaskFixtures.Customer, TaskFixtures.Customer], s.Checklist, s.NextChecklistNumber, s.Subtasks, s.History,
            s.Recurrence, s.Occurrence, s.CompletionPolicy, s.FinishedAssignees);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenProgressIsOutOfRange_Throws()
    {
        var s = TaskBuilder.ATask().Build().ToSnapshot();
        var broken = new TaskSnapshot(
            s.Id, s.Version, s.Title, s.Description, s.Participants, s.Schedule, s.Priority, s.Status, 101,
            s.CompletedAt, s.CompletedBy, s.StopReason, s.CreatedAt, s.CreatedBy, s.Reminders, s.Links, s.Checklist,
            s.NextChecklistNumber, s.Subtasks, ImmutableArray<TaskHistoryEntry>.Empty, s.Recurrence, s.Occurrence, s.CompletionPolicy,
            s.FinishedAssignees);

        Assert.ThrowsAny<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenTwoRemindersAreTheSame_Throws()
    {
        var s = ARichTask().ToSnapshot();
        var reminder = TaskReminder.AtInstant(Later + NodaTime.Duration.FromHours(5));
        var broken = Rebuild(s, reminders: [reminder, reminder]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Theory]
    [InlineData(FollowUpTask.MaxNoteLength + 1)]
    [InlineData(0)]
    public void Rehydrate_WhenStopReasonIsTooLongOrBlank_Throws(int length)
    {
        var s = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Stopped).Build().ToSnapshot();
        var broken = Rebuild(s, stopReason: length == 0 ? "   " : new string('x', length));

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenFinishedAssigneesIsDefault_ThrowsArgumentException()
    {
        var s = ARichTask().ToSnapshot();
        var broken = Rebuild(s, finishedAssignees: default(ImmutableArray<EmployeeId>));

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Theory]
    [InlineData("reminders")]
    [InlineData("links")]
    [InlineData("checklist")]
    [InlineData("subtasks")]
    [InlineData("history")]
    [InlineData("finishedAssignees")]
    public void Rehydrate_WhenACollectionIsDefault_ThrowsArgumentExceptionNotInvalidOperation(string collection)
    {
        var s = ARichTask().ToSnapshot();
        var broken = collection switch
        {
            "reminders" => Rebuild(s, reminders: default(ImmutableArray<TaskReminder>)),
            "links" => Rebuild(s, links: default(ImmutableArray<RecordLink>)),
            "checklist" => Rebuild(s, checklist: default(ImmutableArray<ChecklistItem>)),
            "subtasks" => Rebuild(s, subtasks: default(ImmutableArray<Subtask>)),
            "history" => Rebuild(s, history: default(ImmutableArray<TaskHistoryEntry>)),
            _ => Rebuild(s, finishedAssignees: default(ImmutableArray<EmployeeId>)),
        };

        var thrown = Record.Exception(() => FollowUpTask.Rehydrate(broken));

        Assert.IsType<ArgumentException>(thrown);
    }

    [Fact]
    public void Equals_WhenACollectionIsDefault_ComparesWithoutThrowing()
    {
        var s = ARichTask().ToSnapshot();
        var broken = Rebuild(s, finishedAssignees: default(ImmutableArray<EmployeeId>));

        Assert.NotEqual(s, broken);
        Assert.Equal(broken, Rebuild(s, finishedAssignees: default(ImmutableArray<EmployeeId>)));
    }

    [Fact]
    public void Rehydrate_WhenAFinishedAssigneeIsNotAssigned_Throws()
    {
        var s = ARichTask().ToSnapshot();
        var broken = Rebuild(s, finishedAssignees: [TaskFixtures.Planner]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void MarkSaved_WhenNextVersion_SetsVersion()
    {
        var task = TaskBuilder.ATask().Build();

        task.MarkSaved(AggregateVersion.From(1));

        Assert.Equal(AggregateVersion.From(1), task.Version);
    }

    [Fact]
    public void MarkSaved_WhenNotTheNextVersion_Throws()
    {
        var task = TaskBuilder.ATask().Build();

        Assert.Throws<ArgumentException>(() => task.MarkSaved(AggregateVersion.From(2)));
    }

    [Fact]
    public void IsOverdue_WhenNoDue_IsFalse()
    {
        var task = TaskBuilder.ATask().Build();

        Assert.False(task.IsOverdue(Instant.MaxValue, TaskFixtures.Amsterdam));
    }

    [Fact]
    public void IsOverdue_WhenDueDateIsYesterdayInTheZone_IsTrue()
    {
        var task = TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 1)).Build();

        Assert.True(task.IsOverdue(TaskFixtures.Now, TaskFixtures.Amsterdam));
        Assert.True(task.ToSnapshot().IsOverdue(TaskFixtures.Now, TaskFixtures.Amsterdam));
    }

    [Fact]
    public void IsOverdue_WhenDueDateIsToday_IsFalse()
    {
        var task = TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 2)).Build();

        Assert.False(task.IsOverdue(TaskFixtures.Now, TaskFixtures.Amsterdam));
    }

    /// <summary>Copies a snapshot with some collections replaced, as a faulty storage adapter might return it.</summary>
    internal static TaskSnapshot Rebuild(
        TaskSnapshot s,
        int? progress = null,
        string? stopReason = null,
        ImmutableArray<TaskReminder>? reminders = null,
        ImmutableArray<RecordLink>? links = null,
        ImmutableArray<ChecklistItem>? checklist = null,
        int? nextChecklistNumber = null,
        ImmutableArray<Subtask>? subtasks = null,
        ImmutableArray<TaskHistoryEntry>? history = null,
        ImmutableArray<EmployeeId>? finishedAssignees = null,
        TaskSchedule? schedule = null) =>
        new(
            s.Id, s.Version, s.Title, s.Description, s.Participants, schedule ?? s.Schedule, s.Priority, s.Status, progress ?? s.Progress,
            s.CompletedAt, s.CompletedBy, stopReason ?? s.StopReason, s.CreatedAt, s.CreatedBy, reminders ?? s.Reminders,
            links ?? s.Links, checklist ?? s.Checklist, nextChecklistNumber ?? s.NextChecklistNumber, subtasks ?? s.Subtasks,
            history ?? s.History, s.Recurrence, s.Occurrence, s.CompletionPolicy, finishedAssignees ?? s.FinishedAssignees);

    internal static FollowUpTask ARichTask()
    {
        var task = TaskBuilder.ATask().DueAt(TaskFixtures.Now + NodaTime.Duration.FromDays(3), TaskFixtures.Amsterdam)
            .StartingOn(new LocalDate(2026, 3, 2)).WithPriority(TaskPriority.High).Build();
        task.Start(TaskFixtures.Mobile, Later);
        task.ChangeProgress(60, TaskFixtures.Mobile, Later);
        task.AddReminder(TaskReminder.Before(NodaTime.Duration.FromHours(4)), TaskFixtures.Office, Later);
        task.AddReminder(TaskReminder.AtInstant(Later + NodaTime.Duration.FromHours(5)), TaskFixtures.Office, Later);
        task.AddLink(TaskFixtures.Customer, TaskFixtures.Office, Later);
        task.AddLink(TaskFixtures.WorkOrder, TaskFixtures.Office, Later);
        task.AddChecklistItem("Check pressure", TaskFixtures.Mobile, Later);
        task.MarkChecklistItem(1, true, TaskFixtures.Mobile, Later);
        task.AddSubtask(TaskFixtures.Subtask1, TaskTitle.Create("Order part").AsT0, true, TaskFixtures.Office, Later);
        task.Comment("On my way", TaskFixtures.Mobile, Later);
        task.Repeat(TaskRecurrence.Parse("FREQ=WEEKLY;BYDAY=MO;COUNT=4", TaskRecurrenceBasis.Completion).AsT0, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);
        task.ChangeCompletionPolicy(TaskCompletionPolicy.AllAssignees, TaskDevicePolicy.AllowAll, TaskFixtures.Office, Later);
        task.FinishPart(TaskFixtures.Mobile, Later);
        task.MarkSaved(AggregateVersion.From(1));
        return task;
    }
}
