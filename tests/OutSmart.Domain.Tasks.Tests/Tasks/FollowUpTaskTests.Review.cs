using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    private static readonly RecordLink ContractLink = RecordLink.To(new ContractId(Guid.Parse("40000000-0000-0000-0000-000000000007")));
    private static readonly RecordLink AssetLink = RecordLink.To(new AssetId(Guid.Parse("40000000-0000-0000-0000-000000000008")));

    [Fact]
    public void Rehydrate_WhenCompletedWithActiveReminders_Throws()
    {
        var s = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build().ToSnapshot();

        var broken = Rebuild(s, reminders: [TaskReminder.AtInstant(Later)]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenClosedAfterCompletionWithActiveReminders_Throws()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build();
        task.Close(TaskFixtures.Office, Later);

        var broken = Rebuild(task.ToSnapshot(), reminders: [TaskReminder.AtInstant(Later)]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenClosedAfterCompletionBelowFullProgress_Throws()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build();
        task.Close(TaskFixtures.Office, Later);

        var broken = Rebuild(task.ToSnapshot(), progress: 40);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenRelativeReminderButDueIsDateOnly_Throws()
    {
        var s = TaskBuilder.ATask().DueOn(new LocalDate(2026, 3, 6)).Build().ToSnapshot();

        var broken = Rebuild(s, reminders: [TaskReminder.Before(Duration.FromHours(1))]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenOpenTaskHasAStopReason_Throws()
    {
        var s = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build().ToSnapshot();

        var broken = Rebuild(s, stopReason: "No longer needed");

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenChecklistNumbersRepeat_Throws()
    {
        var s = TaskBuilder.ATask().Build().ToSnapshot();

        var broken = Rebuild(s, checklist: [ChecklistItem.Create(1, "Check pressure", false), ChecklistItem.Create(1, "Bleed radiators", false)], nextChecklistNumber: 2);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenSubtaskIdsRepeat_Throws()
    {
        var s = TaskBuilder.ATask().Build().ToSnapshot();
        var sub = Subtask.Create(TaskFixtures.Subtask1, TaskTitle.Create("Order part").AsT0, true, false);

        var broken = Rebuild(s, subtasks: [sub, sub.WithDone(true)]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void Rehydrate_WhenLinkedToAKindOutsideTsk09_Throws()
    {
        var s = TaskBuilder.ATask().Build().ToSnapshot();

        var broken = Rebuild(s, links: [ContractLink]);

        Assert.Throws<ArgumentException>(() => FollowUpTask.Rehydrate(broken));
    }

    [Fact]
    public void AddLink_WhenKindIsOutsideTsk09_ThrowsAndChangesNothing()
    {
        var task = TaskBuilder.ATask().Build();
        int historyBefore = task.History.Count;

        Assert.Throws<ArgumentException>(() => task.AddLink(ContractLink, TaskFixtures.Office, Later));
        Assert.Throws<ArgumentException>(() => task.AddLink(AssetLink, TaskFixtures.Office, Later));

        Assert.Empty(task.Links);
        Assert.Equal(historyBefore, task.History.Count);
    }

    [Theory]
    [InlineData(RecordKind.Customer)]
    [InlineData(RecordKind.WorkOrder)]
    [InlineData(RecordKind.Invoice)]
    [InlineData(RecordKind.Quote)]
    [InlineData(RecordKind.Project)]
    [InlineData(RecordKind.Contact)]
    public void AddLink_WhenKindIsInTsk09_AddsIt(RecordKind kind)
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.AddLink(RecordLink.Create(kind, TaskFixtures.NumberedGuid(42)), TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Single(task.Links);
    }

    [Fact]
    public void History_WhenCastToAMutableCollection_CannotBeChanged()
    {
        var task = TaskBuilder.ATask().Build();

        bool writable = task.History is ICollection<TaskHistoryEntry> { IsReadOnly: false };

        Assert.False(writable, "The history is append-only: callers must not be able to clear or rewrite it.");
        Assert.NotEmpty(task.History);
    }

    [Fact]
    public void CollectionProperties_WhenCastToAMutableCollection_CannotBeChanged()
    {
        var task = TaskBuilder.ATask().Build();

        var writable = typeof(FollowUpTask).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Where(p => p.GetValue(task) is System.Collections.IList { IsReadOnly: false })
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(writable);
    }

    [Fact]
    public void SnapshotIsOverdue_WhenZoneIsNullAndNoDue_Throws()
    {
        var snapshot = TaskBuilder.ATask().Build().ToSnapshot();

        Assert.Throws<ArgumentNullException>(() => snapshot.IsOverdue(TaskFixtures.Now, null!));
    }
}
