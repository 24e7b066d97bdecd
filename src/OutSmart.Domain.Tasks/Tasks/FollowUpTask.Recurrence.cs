using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

public sealed partial class FollowUpTask
{
    /// <summary>Makes the task repeat, changes how it repeats, or stops it repeating (TSK-10); from the mobile app only when the policy allows editing (TSK-13).</summary>
    /// <param name="recurrence">How the task repeats from now on, or <see langword="null"/> to stop repeating.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who changes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskAlreadyClosed"/> or <see cref="TaskNotAllowed"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskAlreadyClosed, TaskNotAllowed> Repeat(TaskRecurrence? recurrence, TaskDevicePolicy policy, Actor actor, Instant now)
    {
        return EditField(Recurrence, recurrence, nameof(Recurrence), r => r?.ToString(), r => Recurrence = r, policy, actor, now);
    }

    /// <summary>Completes this occurrence and, for a recurring task, creates the next one (TSK-05, TSK-10).</summary>
    /// <param name="nextId">The id for the next occurrence; not empty and not this task's id. Unused when no next occurrence is created.</param>
    /// <param name="evaluationZone">The zone that decides "today" (usually the company's zone): the next due is never before the completion day.</param>
    /// <param name="actor">Who completes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// <see cref="OccurrenceCompletion"/> after this task was completed exactly as <see cref="Complete"/> does, with the
    /// next occurrence when the task repeats and its series goes on; otherwise the errors of <see cref="Complete"/>.
    /// </returns>
    /// <remarks>
    /// The next occurrence is a new, not-started task with the same title, description, owner, assignees, priority,
    /// links and recurrence; its checklist and subtasks are reset to not done; relative reminders are kept when they are
    /// not in the past, absolute ones are not; a start moves by as many days as the due; the completion policy is kept
    /// and no assignee has finished yet. <see cref="Complete"/> on a
    /// recurring task completes it without creating a next occurrence.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nextId"/> is empty or this task's id.</exception>
    public OneOf<OccurrenceCompletion, TaskTransitionInvalid, TaskChildrenOpen, TaskAssigneesOpen> CompleteOccurrence(TaskId nextId, DateTimeZone evaluationZone, Actor actor, Instant now)
    {
        Guard.Against.Default(nextId);
        Guard.Against.Null(evaluationZone);
        if (nextId == Id)
        {
            throw new ArgumentException("The next occurrence needs an id of its own.", nameof(nextId));
        }
        TaskReminder[] relativeReminders = [.. _reminders.Where(r => r.BeforeDue is not null)];
        var completed = Complete(actor, now);
        if (!completed.IsT0)
        {
            return completed.Match<OneOf<OccurrenceCompletion, TaskTransitionInvalid, TaskChildrenOpen, TaskAssigneesOpen>>(
                _ => throw new InvalidOperationException(), t => t, c => c, a => a);
        }
        if (Recurrence is null || Recurrence.GetNextDue(Due, Occurrence, now, evaluationZone) is not { } nextDue)
        {
            return new OccurrenceCompletion(null);
        }
        return new OccurrenceCompletion(CreateNextOccurrence(nextId, nextDue, relativeReminders, actor, now));
    }

    private FollowUpTask CreateNextOccurrence(TaskId nextId, TaskDue nextDue, TaskReminder[] relativeReminders, Actor actor, Instant now)
    {
        LocalDate? start = Schedule.Start is { } s && Due is { } due
            ? s.PlusDays(Period.Between(due.ToLocalDate(), nextDue.ToLocalDate(), PeriodUnits.Days).Days)
            : null;
        var next = new FollowUpTask(new TaskSnapshot(
            nextId, AggregateVersion.New, Title, Description, Participants, TaskSchedule.Create(start, nextDue).AsT0, Priority,
            FollowUpTaskStatus.NotStarted, 0, null, null, null, now, actor.EmployeeId,
            [.. relativeReminders.Where(r => r.FiresAt(nextDue) >= now)],
            [.. _links],
            [.. _checklist.Select(i => i.WithDone(false))],
            NextChecklistNumber,
            [.. _subtasks.Select(st => st.WithDone(false))],
            [],
            Recurrence,
            checked(Occurrence + 1),
            CompletionPolicy,
            []));
        next.Record(actor, now, TaskHistoryKind.Created, null, null, Title.Value);
        next.Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Occurrence), Id.ToString(), $"{next.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)}, due {nextDue}");
        next._events.Add(new TaskCreated(nextId, Participants.Owner, actor.EmployeeId, now));
        Record(actor, now, TaskHistoryKind.FieldChanged, "NextOccurrence", null, nextId.ToString());
        return next;
    }
}
