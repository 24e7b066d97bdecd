using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks.Tests.Arbitraries;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

/// <summary>Any sequence of commands keeps the task's invariants (TSK-05, TSK-06, TSK-08, TSK-09, TSK-11, TSK-12).</summary>
public sealed class FollowUpTaskProperties
{
    private static readonly HashSet<(FollowUpTaskStatus, FollowUpTaskStatus)> AllowedTransitions =
    [
        (FollowUpTaskStatus.NotStarted, FollowUpTaskStatus.InProgress),
        (FollowUpTaskStatus.InProgress, FollowUpTaskStatus.Completed),
        (FollowUpTaskStatus.NotStarted, FollowUpTaskStatus.Stopped),
        (FollowUpTaskStatus.InProgress, FollowUpTaskStatus.Stopped),
        (FollowUpTaskStatus.Completed, FollowUpTaskStatus.Closed),
        (FollowUpTaskStatus.Stopped, FollowUpTaskStatus.Closed),
        (FollowUpTaskStatus.Completed, FollowUpTaskStatus.InProgress),
        (FollowUpTaskStatus.Stopped, FollowUpTaskStatus.InProgress),
    ];

    private static readonly TaskDevicePolicy Restrictive = TaskDevicePolicy.Create(false, false, false);

    [Property(Arbitrary = [typeof(TaskArbitraries)], MaxTest = 300)]
    public void AnyCommandSequence_KeepsTheInvariants(TaskCommand[] commands)
    {
        var task = TaskBuilder.ATask().DueAt(TaskFixtures.Now + Duration.FromDays(30), TaskFixtures.Amsterdam).Build();
        Instant now = TaskFixtures.Now;
        foreach (TaskCommand command in commands)
        {
            now += Duration.FromMinutes(1);
            TaskSnapshot before = task.ToSnapshot();

            bool succeeded = Apply(task, command, now);

            TaskSnapshot after = task.ToSnapshot();
            AssertInvariants(after);
            Assert.True(after.History.Length >= before.History.Length, "History never shrinks.");
            Assert.Equal(before.History, after.History.Take(before.History.Length));
            if (!succeeded)
            {
                Assert.Equal(before, after);
            }
            if (before.Status == FollowUpTaskStatus.Closed)
            {
                Assert.Equal(before, after);
            }
            if (before.Status != after.Status)
            {
                Assert.Contains((before.Status, after.Status), AllowedTransitions);
                if (after.Status == FollowUpTaskStatus.Completed)
                {
                    Assert.DoesNotContain(before.Subtasks, st => st.IsRequired && !st.IsDone);
                    Assert.True(before.CompletionPolicy == TaskCompletionPolicy.AnyAssignee || before.Participants.Assignees.All(before.FinishedAssignees.Contains));
                    Assert.Equal(now, after.CompletedAt);
                }
                Assert.Contains(after.History.Skip(before.History.Length), e => e.Kind == TaskHistoryKind.StatusChanged && e.At == now);
            }
            Assert.All(after.History.Skip(before.History.Length), e => Assert.Equal(now, e.At));
        }
    }

    private static void AssertInvariants(TaskSnapshot s)
    {
        Assert.InRange(s.Progress, 0, 100);
        Assert.Equal(s.CompletedAt.HasValue, s.CompletedBy.HasValue);
        if (s.Status == FollowUpTaskStatus.Completed)
        {
            Assert.NotNull(s.CompletedAt);
            Assert.Equal(100, s.Progress);
            Assert.Empty(s.Reminders);
        }
        if (s.Status.IsOpen() || s.Status == FollowUpTaskStatus.Stopped)
        {
            Assert.Null(s.CompletedAt);
        }
        if (s.Status != FollowUpTaskStatus.Stopped && s.Status != FollowUpTaskStatus.Closed)
        {
            Assert.Null(s.StopReason);
        }
        Assert.InRange(s.Reminders.Length, 0, FollowUpTask.MaxReminders);
        Assert.InRange(s.Links.Length, 0, FollowUpTask.MaxLinks);
        Assert.Equal(s.Links.Length, s.Links.Distinct().Count());
        Assert.InRange(s.Participants.Assignees.Length, 0, TaskParticipants.MaxAssignees);
        Assert.Equal(s.Participants.Assignees.Length, s.Participants.Assignees.Distinct().Count());
        Assert.InRange(s.Checklist.Length, 0, FollowUpTask.MaxChecklistItems);
        Assert.Equal(s.Checklist.Length, s.Checklist.Select(i => i.Number).Distinct().Count());
        Assert.All(s.FinishedAssignees, a => Assert.Contains(a, s.Participants.Assignees));
        Assert.Equal(s, FollowUpTask.Rehydrate(s).ToSnapshot());
    }

    private static bool Apply(FollowUpTask task, TaskCommand command, Instant now)
    {
        Actor actor = command.Mobile ? TaskFixtures.Mobile : TaskFixtures.Office;
        int a = command.Argument;
        TaskDevicePolicy policy = a % 2 == 0 ? TaskDevicePolicy.AllowAll : Restrictive;
        return command.Kind switch
        {
            TaskCommandKind.Start => task.Start(actor, now).IsT0,
            TaskCommandKind.Complete => task.Complete(actor, now).IsT0,
            TaskCommandKind.Stop => task.Stop(a % 3 == 0 ? null : $"Reason {a}", actor, now).IsT0,
            TaskCommandKind.Close => task.Close(actor, now).IsT0,
            TaskCommandKind.Reopen => task.Reopen(actor, now).IsT0,
            TaskCommandKind.ChangeProgress => task.ChangeProgress(a, actor, now).IsT0,
            TaskCommandKind.AddReminder => task.AddReminder(
                a % 2 == 0 ? TaskReminder.AtInstant(now + Duration.FromHours(a)) : TaskReminder.Before(Duration.FromHours(Math.Abs(a))),
                actor, now).IsT0,
            TaskCommandKind.CancelReminder => task.Reminders.Count == 0
                || task.CancelReminder(task.Reminders[Math.Abs(a) % task.Reminders.Count], actor, now).IsT0,
            TaskCommandKind.AddLink => task.AddLink(RecordLink.To(new CustomerId(TaskFixtures.NumberedGuid(1 + Math.Abs(a % 25)))), actor, now).IsT0,
            TaskCommandKind.RemoveLink => task.RemoveLink(RecordLink.To(new CustomerId(TaskFixtures.NumberedGuid(1 + Math.Abs(a % 25)))), actor, now).IsT0,
            TaskCommandKind.Assign => task.Assign(a % 5 == 0 ? TaskFixtures.Technician : new EmployeeId(TaskFixtures.NumberedGuid(100 + Math.Abs(a % 5))), policy, actor, now).IsT0,
            TaskCommandKind.Unassign => task.Unassign(a % 5 == 0 ? TaskFixtures.Technician : new EmployeeId(TaskFixtures.NumberedGuid(100 + Math.Abs(a % 5))), policy, actor, now).IsT0,
            TaskCommandKind.Rename => task.Rename(TaskTitle.Create($"Title {a}").AsT0, policy, actor, now).IsT0,
            TaskCommandKind.Reschedule => task.Reschedule(
                a % 3 == 0 ? TaskSchedule.DueOn(TaskDue.OnDate(new LocalDate(2026, 4, 1))) : TaskSchedule.DueOn(TaskFixtures.DueAt(now + Duration.FromDays(a), TaskFixtures.NewYork)),
                policy, actor, now).IsT0,
            TaskCommandKind.AddChecklistItem => task.AddChecklistItem($"Item {a}", actor, now).IsT0,
            TaskCommandKind.MarkChecklistItem => task.Checklist.Count == 0
                || task.MarkChecklistItem(task.Checklist[Math.Abs(a) % task.Checklist.Count].Number, a % 2 == 0, actor, now).IsT0,
            TaskCommandKind.AddSubtask => task.Subtasks.Any(s => s.Id == new TaskId(TaskFixtures.NumberedGuid(700 + Math.Abs(a % 10))))
                || task.AddSubtask(new TaskId(TaskFixtures.NumberedGuid(700 + Math.Abs(a % 10))), TaskTitle.Create($"Sub {a}").AsT0, a % 2 == 0, actor, now).IsT0,
            TaskCommandKind.MarkSubtask => task.Subtasks.Count == 0
                || task.MarkSubtask(task.Subtasks[Math.Abs(a) % task.Subtasks.Count].Id, a % 2 == 0, actor, now).IsT0,
            TaskCommandKind.Comment => task.Comment($"Comment {a}", actor, now).IsT0,
            TaskCommandKind.FinishPart => task.FinishPart(actor, now).IsT0,
            TaskCommandKind.ChangeCompletionPolicy => task.ChangeCompletionPolicy((TaskCompletionPolicy)(1 + Math.Abs(a % 2)), policy, actor, now).IsT0,
            _ => task.ChangePriority((TaskPriority)(1 + Math.Abs(a % 4)), policy, actor, now).IsT0,
        };
    }
}
