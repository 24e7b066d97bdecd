using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

public sealed partial class FollowUpTask
{
    /// <summary>Changes the title (TSK-01); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="title">The new title.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> Rename(TaskTitle title, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Null(title);
        return EditField(Title, title, nameof(Title), t => t.Value, t => Title = t, policy, actor, now);
    }

    /// <summary>Changes the description (TSK-01); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="description">The new description.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> Describe(TaskDescription description, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Null(description);
        return EditField(Description, description, nameof(Description), d => d.Value, d => Description = d, policy, actor, now);
    }

    /// <summary>Changes the priority (TSK-07); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="priority">A defined priority.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is undefined.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> ChangePriority(TaskPriority priority, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.EnumOutOfRange(priority);
        return EditField(Priority, priority, nameof(Priority), p => p.ToString(), p => Priority = p, policy, actor, now);
    }

    /// <summary>Hands the task to another owner (TSK-02); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="owner">The new owner; not empty. The owner may also be an assignee.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is empty.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> ChangeOwner(EmployeeId owner, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Default(owner);
        if (CheckEditable(policy, actor, TaskDeviceAction.Edit) is { } refused)
        {
            return refused.Match<OneOf<Success, TaskAlreadyClosed, TaskNotAllowed>>(c => c, n => n);
        }
        if (owner != Participants.Owner)
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, "Owner", Participants.Owner.ToString(), owner.ToString());
            Participants = Participants.WithOwner(owner);
            _events.Add(new TaskOwnerChanged(Id, owner, actor.EmployeeId, now));
        }
        return new Success();
    }

    /// <summary>Assigns an employee (TSK-02); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="assignee">The employee; not empty. Assigning someone who is already assigned changes nothing.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who assigns.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TaskLimitReached"/> when the task already has <see cref="TaskParticipants.MaxAssignees"/> assignees, <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assignee"/> is empty.</exception>
    public OneOf<Success, TaskLimitReached, TaskAlreadyClosed, TaskNotAllowed> Assign(EmployeeId assignee, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Default(assignee);
        if (CheckEditable(policy, actor, TaskDeviceAction.Edit) is { } refused)
        {
            return refused.Match<OneOf<Success, TaskLimitReached, TaskAlreadyClosed, TaskNotAllowed>>(c => c, n => n);
        }
        if (Participants.IsAssigned(assignee))
        {
            return new Success();
        }
        if (Participants.Assignees.Length >= TaskParticipants.MaxAssignees)
        {
            return new TaskLimitReached(TaskLimit.Assignees, TaskParticipants.MaxAssignees);
        }
        Participants = Participants.WithAssignee(assignee);
        Record(actor, now, TaskHistoryKind.AssigneeAdded, null, null, assignee.ToString());
        _events.Add(new TaskAssigned(Id, assignee, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Removes an employee from the assignees (TSK-02); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="assignee">The employee; not empty. Unassigning someone who is not assigned changes nothing.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who unassigns.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assignee"/> is empty.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> Unassign(EmployeeId assignee, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Default(assignee);
        if (CheckEditable(policy, actor, TaskDeviceAction.Edit) is { } refused)
        {
            return refused.Match<OneOf<Success, TaskAlreadyClosed, TaskNotAllowed>>(c => c, n => n);
        }
        if (Participants.IsAssigned(assignee))
        {
            Participants = Participants.WithoutAssignee(assignee);
            _finishedAssignees.Remove(assignee);
            Record(actor, now, TaskHistoryKind.AssigneeRemoved, null, assignee.ToString(), null);
            _events.Add(new TaskUnassigned(Id, assignee, actor.EmployeeId, now));
        }
        return new Success();
    }

    /// <summary>Changes the start and due (TSK-03); from the mobile app only when the policy allows changing dates (TSK-13).</summary>
    /// <param name="schedule">The new schedule; its start is never after its due.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// <see cref="Success"/> (also when nothing changes); <see cref="TaskReminderInvalid"/> when a reminder counts back
    /// from the due moment and the new schedule has no due moment; <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskReminderInvalid, TaskAlreadyClosed, TaskNotAllowed> Reschedule(TaskSchedule schedule, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.Null(schedule);
        if (CheckEditable(policy, actor, TaskDeviceAction.ChangeDueDate) is { } refused)
        {
            return refused.Match<OneOf<Success, TaskReminderInvalid, TaskAlreadyClosed, TaskNotAllowed>>(c => c, n => n);
        }
        if (schedule.Due?.Moment is null && _reminders.FirstOrDefault(r => r.BeforeDue is not null) is { } relative)
        {
            return new TaskReminderInvalid(Id, relative, TaskReminderProblem.NeedsDueMoment);
        }
        if (schedule != Schedule)
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Schedule), Schedule.ToString(), schedule.ToString());
            Schedule = schedule;
            _events.Add(new TaskRescheduled(Id, schedule, actor.EmployeeId, now));
        }
        return new Success();
    }

    /// <summary>Changes who has to be done before the task can be completed; from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="completionPolicy">A defined completion policy.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="completionPolicy"/> is undefined.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> ChangeCompletionPolicy(TaskCompletionPolicy completionPolicy, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        Guard.Against.EnumOutOfRange(completionPolicy);
        return EditField(CompletionPolicy, completionPolicy, nameof(CompletionPolicy), c => c.ToString(), c => CompletionPolicy = c, policy, actor, now);
    }

    /// <summary>Records that the acting assignee finished their part of an open task; see <see cref="TaskCompletionPolicy.AllAssignees"/>.</summary>
    /// <param name="actor">The assignee; finishing twice changes nothing.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TaskNotAssigned"/> when the actor is not an assignee, or <see cref="TaskNotOpen"/>.</returns>
    /// <remarks>Finishing a part never completes the task by itself: someone still completes it with <see cref="Complete"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskNotAssigned, TaskNotOpen> FinishPart(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (!IsOpen)
        {
            return new TaskNotOpen(Id, Status);
        }
        if (!Participants.IsAssigned(actor.EmployeeId))
        {
            return new TaskNotAssigned(Id, actor.EmployeeId);
        }
        if (!_finishedAssignees.Contains(actor.EmployeeId))
        {
            _finishedAssignees.Add(actor.EmployeeId);
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(FinishedAssignees), null, actor.EmployeeId.ToString());
        }
        return new Success();
    }

    // One plain field edited under TSK-13's Edit permission: a change is recorded in the history (TSK-12), no change is a no-op.
    private OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> EditField<T>(
        T current, T next, string field, Func<T, string?> show, Action<T> apply, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        if (CheckEditable(policy, actor, TaskDeviceAction.Edit) is { } refused)
        {
            return refused.Match<OneOf<Success, TaskAlreadyClosed, TaskNotAllowed>>(c => c, n => n);
        }
        if (!EqualityComparer<T>.Default.Equals(current, next))
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, field, show(current), show(next));
            apply(next);
        }
        return new Success();
    }

    private OneOf<TaskAlreadyClosed, TaskNotAllowed>? CheckEditable(TaskDevicePolicy policy, Actor actor, TaskDeviceAction action)
    {
        Guard.Against.Null(policy);
        Guard.Against.Null(actor);
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        if (!policy.Allows(actor, action))
        {
            return new TaskNotAllowed(action);
        }
        return null;
    }
}
