using NodaTime;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

public sealed partial class FollowUpTaskTests
{
    public enum StatusCommand
    {
        Start,
        Complete,
        Stop,
        Close,
        Reopen,
    }

    // The complete TSK-05 table: every status with every command; null means the command is refused.
    [Theory]
    [InlineData(FollowUpTaskStatus.NotStarted, StatusCommand.Start, FollowUpTaskStatus.InProgress)]
    [InlineData(FollowUpTaskStatus.NotStarted, StatusCommand.Complete, null)]
    [InlineData(FollowUpTaskStatus.NotStarted, StatusCommand.Stop, FollowUpTaskStatus.Stopped)]
    [InlineData(FollowUpTaskStatus.NotStarted, StatusCommand.Close, null)]
    [InlineData(FollowUpTaskStatus.NotStarted, StatusCommand.Reopen, null)]
    [InlineData(FollowUpTaskStatus.InProgress, StatusCommand.Start, null)]
    [InlineData(FollowUpTaskStatus.InProgress, StatusCommand.Complete, FollowUpTaskStatus.Completed)]
    [InlineData(FollowUpTaskStatus.InProgress, StatusCommand.Stop, FollowUpTaskStatus.Stopped)]
    [InlineData(FollowUpTaskStatus.InProgress, StatusCommand.Close, null)]
    [InlineData(FollowUpTaskStatus.InProgress, StatusCommand.Reopen, null)]
    [InlineData(FollowUpTaskStatus.Completed, StatusCommand.Start, null)]
    [InlineData(FollowUpTaskStatus.Completed, StatusCommand.Complete, null)]
    [InlineData(FollowUpTaskStatus.Completed, StatusCommand.Stop, null)]
    [InlineData(FollowUpTaskStatus.Completed, StatusCommand.Close, FollowUpTaskStatus.Closed)]
    [InlineData(FollowUpTaskStatus.Completed, StatusCommand.Reopen, FollowUpTaskStatus.InProgress)]
    [InlineData(FollowUpTaskStatus.Stopped, StatusCommand.Start, null)]
    [InlineData(FollowUpTaskStatus.Stopped, StatusCommand.Complete, null)]
    [InlineData(FollowUpTaskStatus.Stopped, StatusCommand.Stop, null)]
    [InlineData(FollowUpTaskStatus.Stopped, StatusCommand.Close, FollowUpTaskStatus.Closed)]
    [InlineData(FollowUpTaskStatus.Stopped, StatusCommand.Reopen, FollowUpTaskStatus.InProgress)]
    [InlineData(FollowUpTaskStatus.Closed, StatusCommand.Start, null)]
    [InlineData(FollowUpTaskStatus.Closed, StatusCommand.Complete, null)]
    [InlineData(FollowUpTaskStatus.Closed, StatusCommand.Stop, null)]
    [InlineData(FollowUpTaskStatus.Closed, StatusCommand.Close, null)]
    [InlineData(FollowUpTaskStatus.Closed, StatusCommand.Reopen, null)]
    public void StatusCommand_FollowsTheTransitionTable(FollowUpTaskStatus from, StatusCommand command, FollowUpTaskStatus? expected)
    {
        var task = TaskBuilder.ATask().InStatus(from).Build();
        int historyBefore = task.History.Count;

        object result = Send(task, command);

        if (expected is { } to)
        {
            Assert.IsType<OneOf.Types.Success>(result);
            Assert.Equal(to, task.Status);
            var entry = task.History[historyBefore];
            Assert.Equal(TaskHistoryKind.StatusChanged, entry.Kind);
            Assert.Equal(from.ToString(), entry.OldValue);
            Assert.Equal(to.ToString(), entry.NewValue);
        }
        else
        {
            var error = Assert.IsType<TaskTransitionInvalid>(result);
            Assert.Equal(from, error.From);
            Assert.Equal(Target(command), error.To);
            Assert.Equal("TASK_TRANSITION_INVALID", error.Code);
            Assert.Contains($"from {InWords(from)} to {InWords(Target(command))}", error.Message, StringComparison.Ordinal);
            Assert.Equal(from, task.Status);
            Assert.Equal(historyBefore, task.History.Count);
        }
    }

    [Theory]
    [InlineData(StatusCommand.Start)]
    [InlineData(StatusCommand.Complete)]
    [InlineData(StatusCommand.Stop)]
    [InlineData(StatusCommand.Close)]
    [InlineData(StatusCommand.Reopen)]
    public void StatusCommand_WhenClosed_SaysAClosedTaskCannotBeChanged(StatusCommand command)
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Closed).Build();

        var error = Assert.IsType<TaskTransitionInvalid>(Send(task, command));

        Assert.Contains("A closed task cannot be changed.", error.Message, StringComparison.Ordinal);
    }

    // "NotStarted" reads "not started" in a message.
    private static string InWords(FollowUpTaskStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    [Fact]
    public void Start_WhenCompleted_NamesBothStatusesInWords()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build();

        var error = Assert.IsType<TaskTransitionInvalid>(Send(task, StatusCommand.Start));

        Assert.StartsWith("The task cannot go from completed to in progress: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_WhenInProgress_SetsCompletedAtCompletedByAndProgress100()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.InProgress).Build();
        task.ChangeProgress(40, TaskFixtures.Mobile, TaskFixtures.Now);

        var result = task.Complete(TaskFixtures.Mobile, Later);

        Assert.True(result.IsT0);
        Assert.Equal(Later, task.CompletedAt);
        Assert.Equal(TaskFixtures.Technician, task.CompletedBy);
        Assert.Equal(100, task.Progress);
        var completed = Assert.IsType<TaskCompleted>(Assert.Single(task.DomainEvents));
        Assert.Equal(TaskFixtures.Technician, completed.By);
    }

    [Fact]
    public void Complete_WhenRemindersAreSet_CancelsThem()
    {
        var task = TaskBuilder.ATask().DueAt(TaskFixtures.Now + Hours(48), TaskFixtures.Amsterdam).InStatus(FollowUpTaskStatus.InProgress).Build();
        task.AddReminder(TaskReminder.AtInstant(Later), TaskFixtures.Office, TaskFixtures.Now);
        task.AddReminder(TaskReminder.Before(Hours(2)), TaskFixtures.Office, TaskFixtures.Now);

        task.Complete(TaskFixtures.Office, Later);

        Assert.Empty(task.Reminders);
        Assert.Empty(task.GetReminderInstants());
    }

    [Fact]
    public void Reopen_WhenCompleted_ClearsCompletedAtAndCompletedBy()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build();

        task.Reopen(TaskFixtures.Office, Later);

        Assert.Equal(FollowUpTaskStatus.InProgress, task.Status);
        Assert.Null(task.CompletedAt);
        Assert.Null(task.CompletedBy);
        Assert.IsType<TaskReopened>(Assert.Single(task.DomainEvents));
    }

    [Fact]
    public void Stop_WithReason_KeepsTheTrimmedReasonAndReopenClearsIt()
    {
        var task = TaskBuilder.ATask().Build();

        task.Stop("  Customer cancelled  ", TaskFixtures.Office, Later);

        Assert.Equal("Customer cancelled", task.StopReason);
        Assert.Equal("Customer cancelled", Assert.IsType<TaskStopped>(Assert.Single(task.DomainEvents)).Reason);
        task.Reopen(TaskFixtures.Office, Later);
        Assert.Null(task.StopReason);
    }

    [Fact]
    public void Stop_WhenReasonIsLongerThanTheLimit_ReturnsTaskStopReasonTooLongAndStaysOpen()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.Stop(new string('x', FollowUpTask.MaxNoteLength + 1), TaskFixtures.Office, Later);

        var error = Assert.IsType<TaskStopReasonTooLong>(result.Value);
        Assert.Equal((FollowUpTask.MaxNoteLength + 1, FollowUpTask.MaxNoteLength), (error.Length, error.MaxLength));
        Assert.Equal("TASK_STOP_REASON_TOO_LONG", error.Code);
        Assert.Equal(FollowUpTaskStatus.NotStarted, task.Status);
        Assert.Empty(task.DomainEvents);
    }

    [Fact]
    public void Stop_WhenReasonIsExactlyTheLimitAfterTrimming_StopsWithIt()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.Stop(" " + new string('x', FollowUpTask.MaxNoteLength) + " ", TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Equal(FollowUpTask.MaxNoteLength, task.StopReason!.Length);
    }

    [Fact]
    public void Stop_WithoutReason_HasNoReason()
    {
        var task = TaskBuilder.ATask().Build();

        var result = task.Stop(null, TaskFixtures.Office, Later);

        Assert.True(result.IsT0);
        Assert.Null(task.StopReason);
    }

    [Fact]
    public void Close_WhenCompleted_KeepsCompletionAndRaisesTaskClosed()
    {
        var task = TaskBuilder.ATask().InStatus(FollowUpTaskStatus.Completed).Build();

        task.Close(TaskFixtures.Office, Later);

        Assert.NotNull(task.CompletedAt);
        Assert.IsType<TaskClosed>(Assert.Single(task.DomainEvents));
    }

    [Fact]
    public void Start_WhenNotStarted_RaisesTaskStarted()
    {
        var task = TaskBuilder.ATask().Build();

        task.Start(TaskFixtures.Mobile, Later);

        var started = Assert.IsType<TaskStarted>(Assert.Single(task.DomainEvents));
        Assert.Equal(Later, started.OccurredAt);
    }

    private static object Send(FollowUpTask task, StatusCommand command) => command switch
    {
        StatusCommand.Start => task.Start(TaskFixtures.Office, Later).Value,
        StatusCommand.Complete => task.Complete(TaskFixtures.Office, Later).Value,
        StatusCommand.Stop => task.Stop("reason", TaskFixtures.Office, Later).Value,
        StatusCommand.Close => task.Close(TaskFixtures.Office, Later).Value,
        _ => task.Reopen(TaskFixtures.Office, Later).Value,
    };

    private static FollowUpTaskStatus Target(StatusCommand command) => command switch
    {
        StatusCommand.Start or StatusCommand.Reopen => FollowUpTaskStatus.InProgress,
        StatusCommand.Complete => FollowUpTaskStatus.Completed,
        StatusCommand.Stop => FollowUpTaskStatus.Stopped,
        _ => FollowUpTaskStatus.Closed,
    };

    private static Duration Hours(int hours) => NodaTime.Duration.FromHours(hours);
}
