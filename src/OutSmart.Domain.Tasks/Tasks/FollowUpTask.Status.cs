using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

public sealed partial class FollowUpTask
{
    private const string ClosedReason = "A closed task cannot be changed.";

    /// <summary>Starts work on a not-started task (TSK-05).</summary>
    /// <param name="actor">Who starts it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, or <see cref="TaskTransitionInvalid"/> unless the task is not started.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskTransitionInvalid> Start(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (Status != FollowUpTaskStatus.NotStarted)
        {
            return Refuse(FollowUpTaskStatus.InProgress, Status switch
            {
                FollowUpTaskStatus.InProgress => "the task is already in progress.",
                FollowUpTaskStatus.Closed => ClosedReason,
                _ => "a completed or stopped task is reopened, not started.",
            });
        }
        ChangeStatus(FollowUpTaskStatus.InProgress, actor, now);
        _events.Add(new TaskStarted(Id, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Completes a task in progress (TSK-05, TSK-08, TSK-11).</summary>
    /// <param name="actor">Who completes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// <see cref="Success"/>: the task is completed, <see cref="CompletedAt"/> and <see cref="CompletedBy"/> are set,
    /// progress is 100 and all reminders are cancelled. <see cref="TaskTransitionInvalid"/> unless the task is in
    /// progress; <see cref="TaskChildrenOpen"/> while a required subtask is not done; <see cref="TaskAssigneesOpen"/>
    /// under <see cref="TaskCompletionPolicy.AllAssignees"/> while an assignee has not finished their part.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskTransitionInvalid, TaskChildrenOpen, TaskAssigneesOpen> Complete(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (Status != FollowUpTaskStatus.InProgress)
        {
            return Refuse(FollowUpTaskStatus.Completed, Status switch
            {
                FollowUpTaskStatus.NotStarted => "start the task before completing it.",
                FollowUpTaskStatus.Completed => "the task is already completed.",
                FollowUpTaskStatus.Stopped => "reopen the stopped task before completing it.",
                _ => ClosedReason,
            });
        }
        ImmutableArray<TaskId> open = [.. _subtasks.Where(s => s.IsRequired && !s.IsDone).Select(s => s.Id)];
        if (!open.IsEmpty)
        {
            return new TaskChildrenOpen(Id, open);
        }
        if (CompletionPolicy == TaskCompletionPolicy.AllAssignees)
        {
            ImmutableArray<EmployeeId> unfinished = [.. Participants.Assignees.Where(a => !_finishedAssignees.Contains(a))];
            if (!unfinished.IsEmpty)
            {
                return new TaskAssigneesOpen(Id, unfinished);
            }
        }
        ChangeStatus(FollowUpTaskStatus.Completed, actor, now);
        SetProgress(100, actor, now);
        CompletedAt = now;
        CompletedBy = actor.EmployeeId;
        if (_reminders.Count > 0)
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Reminders), string.Join("; ", _reminders), null);
            _reminders.Clear();
        }
        _events.Add(new TaskCompleted(Id, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Stops an open task before completion (TSK-05).</summary>
    /// <param name="reason">Why, as the user typed it, or <see langword="null"/>; trimmed, and blank means no reason.</param>
    /// <param name="actor">Who stops it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// <see cref="Success"/>; <see cref="TaskStopReasonTooLong"/> when the trimmed reason is longer than
    /// <see cref="MaxNoteLength"/>; <see cref="TaskTransitionInvalid"/> unless the task is open.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskStopReasonTooLong, TaskTransitionInvalid> Stop(string? reason, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        string? trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            return new TaskStopReasonTooLong(trimmed.Length, MaxNoteLength);
        }
        if (!IsOpen)
        {
            return Refuse(FollowUpTaskStatus.Stopped, Status switch
            {
                FollowUpTaskStatus.Stopped => "the task is already stopped.",
                FollowUpTaskStatus.Completed => "only an open task can be stopped.",
                _ => ClosedReason,
            });
        }
        ChangeStatus(FollowUpTaskStatus.Stopped, actor, now);
        if (trimmed is not null)
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(StopReason), null, trimmed);
        }
        StopReason = trimmed;
        _events.Add(new TaskStopped(Id, trimmed, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Closes a completed or stopped task; a closed task cannot change any more (TSK-05).</summary>
    /// <param name="actor">Who closes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, or <see cref="TaskTransitionInvalid"/> unless the task is completed or stopped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskTransitionInvalid> Close(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (Status is not (FollowUpTaskStatus.Completed or FollowUpTaskStatus.Stopped))
        {
            return Refuse(FollowUpTaskStatus.Closed, Status == FollowUpTaskStatus.Closed
                ? ClosedReason
                : "only a completed or stopped task can be closed.");
        }
        ChangeStatus(FollowUpTaskStatus.Closed, actor, now);
        _events.Add(new TaskClosed(Id, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Reopens a completed or stopped task: it is in progress again (TSK-05).</summary>
    /// <param name="actor">Who reopens it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// <see cref="Success"/>: <see cref="CompletedAt"/>, <see cref="CompletedBy"/> and <see cref="StopReason"/> are
    /// cleared, and so are the finished parts of the assignees; progress and cancelled reminders stay as they are. <see cref="TaskTransitionInvalid"/> unless the task
    /// is completed or stopped.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskTransitionInvalid> Reopen(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (Status is not (FollowUpTaskStatus.Completed or FollowUpTaskStatus.Stopped))
        {
            return Refuse(FollowUpTaskStatus.InProgress, Status == FollowUpTaskStatus.Closed
                ? ClosedReason
                : "only a completed or stopped task can be reopened.");
        }
        ChangeStatus(FollowUpTaskStatus.InProgress, actor, now);
        CompletedAt = null;
        CompletedBy = null;
        StopReason = null;
        _finishedAssignees.Clear();
        _events.Add(new TaskReopened(Id, actor.EmployeeId, now));
        return new Success();
    }

    private TaskTransitionInvalid Refuse(FollowUpTaskStatus to, string reason) => new(Id, Status, to, reason);

    private void ChangeStatus(FollowUpTaskStatus to, Actor actor, Instant now)
    {
        Record(actor, now, TaskHistoryKind.StatusChanged, nameof(Status), Status.ToString(), to.ToString());
        Status = to;
    }
}
