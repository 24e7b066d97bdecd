using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

public sealed partial class FollowUpTask
{
    /// <summary>Sets the progress of an open task (TSK-06); reaching 100 does not complete the task.</summary>
    /// <param name="percent">A whole percentage from 0 to 100.</param>
    /// <param name="actor">Who reports it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes), <see cref="TaskProgressOutOfRange"/>, or <see cref="TaskNotOpen"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TaskProgressOutOfRange, TaskNotOpen> ChangeProgress(int percent, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (percent is < 0 or > 100)
        {
            return new TaskProgressOutOfRange(percent);
        }
        if (!IsOpen)
        {
            return new TaskNotOpen(Id, Status);
        }
        SetProgress(percent, actor, now);
        return new Success();
    }

    /// <summary>Adds a reminder to an open task (TSK-08); the owner and assignees receive it.</summary>
    /// <param name="reminder">The reminder. Adding an equal reminder again changes nothing.</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="now">The current instant; the reminder must not fire before it.</param>
    /// <returns>
    /// <see cref="Success"/>; <see cref="TaskReminderInvalid"/> when it would fire in the past or counts back from a due
    /// moment the task does not have; <see cref="TaskLimitReached"/> at <see cref="MaxReminders"/>; <see cref="TaskNotOpen"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskReminderInvalid, TaskLimitReached, TaskNotOpen> AddReminder(TaskReminder reminder, Actor actor, Instant now)
    {
        Guard.Against.Null(reminder);
        Guard.Against.Null(actor);
        if (!IsOpen)
        {
            return new TaskNotOpen(Id, Status);
        }
        if (reminder.FiresAt(Due) is not { } firesAt)
        {
            return new TaskReminderInvalid(Id, reminder, TaskReminderProblem.NeedsDueMoment);
        }
        if (firesAt < now)
        {
            return new TaskReminderInvalid(Id, reminder, TaskReminderProblem.InPast);
        }
        if (_reminders.Contains(reminder))
        {
            return new Success();
        }
        if (_reminders.Count >= MaxReminders)
        {
            return new TaskLimitReached(TaskLimit.Reminders, MaxReminders);
        }
        Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Reminders), null, reminder.ToString());
        _reminders.Add(reminder);
        return new Success();
    }

    /// <summary>Cancels a reminder (TSK-08).</summary>
    /// <param name="reminder">The reminder; cancelling one the task does not have changes nothing.</param>
    /// <param name="actor">Who cancels it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskAlreadyClosed> CancelReminder(TaskReminder reminder, Actor actor, Instant now)
    {
        Guard.Against.Null(reminder);
        Guard.Against.Null(actor);
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        if (_reminders.Remove(reminder))
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Reminders), reminder.ToString(), null);
        }
        return new Success();
    }

    /// <summary>Returns the instants at which the active reminders fire, earliest first (TSK-08).</summary>
    /// <returns>One instant per active reminder; relative reminders count back from the current due moment.</returns>
    public IReadOnlyList<Instant> GetReminderInstants() =>
        [.. _reminders.Select(r => r.FiresAt(Due)).OfType<Instant>().Order()];

    /// <summary>Links the task to a record (TSK-09); a task links to several records at once.</summary>
    /// <param name="link">The record; whether it exists is checked by the host, not here.</param>
    /// <param name="actor">Who links it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TaskLinkDuplicate"/>, <see cref="TaskLimitReached"/> at <see cref="MaxLinks"/>, or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="link"/> is not to a customer, work order, invoice, quote, project or contact (TSK-09).</exception>
    public OneOf<Success, TaskLinkDuplicate, TaskLimitReached, TaskAlreadyClosed> AddLink(RecordLink link, Actor actor, Instant now)
    {
        Guard.Against.Null(link);
        Guard.Against.Null(actor);
        if (!IsLinkable(link.Kind))
        {
            throw new ArgumentException($"A task cannot link to a {link.Kind}; TSK-09 allows customers, work orders, invoices, quotes, projects and contacts.", nameof(link));
        }
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        if (_links.Contains(link))
        {
            return new TaskLinkDuplicate(Id, link);
        }
        if (_links.Count >= MaxLinks)
        {
            return new TaskLimitReached(TaskLimit.Links, MaxLinks);
        }
        _links.Add(link);
        Record(actor, now, TaskHistoryKind.LinkAdded, null, null, link.ToString());
        return new Success();
    }

    /// <summary>Removes a record link (TSK-09).</summary>
    /// <param name="link">The record; removing a link the task does not have changes nothing.</param>
    /// <param name="actor">Who removes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskAlreadyClosed> RemoveLink(RecordLink link, Actor actor, Instant now)
    {
        Guard.Against.Null(link);
        Guard.Against.Null(actor);
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        if (_links.Remove(link))
        {
            Record(actor, now, TaskHistoryKind.LinkRemoved, null, link.ToString(), null);
        }
        return new Success();
    }

    /// <summary>Adds an item to the checklist (TSK-11).</summary>
    /// <param name="text">The item's text, as the user typed it; leading and trailing white space is removed.</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// The new item; <see cref="TaskChecklistTextInvalid"/> when the trimmed text is empty or longer than
    /// <see cref="ChecklistItem.MaxTextLength"/>; <see cref="TaskLimitReached"/> at <see cref="MaxChecklistItems"/>;
    /// <see cref="TaskAlreadyClosed"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<ChecklistItem, TaskChecklistTextInvalid, TaskLimitReached, TaskAlreadyClosed> AddChecklistItem(string text, Actor actor, Instant now)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(actor);
        string trimmed = text.Trim();
        if (trimmed.Length is 0 or > ChecklistItem.MaxTextLength)
        {
            return new TaskChecklistTextInvalid(trimmed.Length, ChecklistItem.MaxTextLength);
        }
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        if (_checklist.Count >= MaxChecklistItems)
        {
            return new TaskLimitReached(TaskLimit.ChecklistItems, MaxChecklistItems);
        }
        var item = ChecklistItem.Create(NextChecklistNumber, trimmed, false);
        _checklist.Add(item);
        NextChecklistNumber = checked(NextChecklistNumber + 1);
        Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Checklist), null, Describe(item));
        return item;
    }

    /// <summary>Ticks a checklist item off, or un-ticks it (TSK-11).</summary>
    /// <param name="number">The item's <see cref="ChecklistItem.Number"/>.</param>
    /// <param name="isDone">Whether it is done.</param>
    /// <param name="actor">Who ticks it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes) or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException">The checklist has no item with <paramref name="number"/>.</exception>
    public OneOf<Success, TaskAlreadyClosed> MarkChecklistItem(int number, bool isDone, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        int index = IndexOfChecklistItem(number);
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        ChecklistItem old = _checklist[index];
        if (old.IsDone != isDone)
        {
            _checklist[index] = old.WithDone(isDone);
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Checklist), Describe(old), Describe(_checklist[index]));
        }
        return new Success();
    }

    /// <summary>Removes a checklist item (TSK-11); its number is not reused.</summary>
    /// <param name="number">The item's <see cref="ChecklistItem.Number"/>.</param>
    /// <param name="actor">Who removes it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException">The checklist has no item with <paramref name="number"/>.</exception>
    public OneOf<Success, TaskAlreadyClosed> RemoveChecklistItem(int number, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        int index = IndexOfChecklistItem(number);
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Checklist), Describe(_checklist[index]), null);
        _checklist.RemoveAt(index);
        return new Success();
    }

    /// <summary>Adds a subtask (TSK-11); subtasks are one level deep.</summary>
    /// <param name="id">The subtask's id; not empty, not this task's id and not used by another subtask.</param>
    /// <param name="title">The subtask's title.</param>
    /// <param name="isRequired">Whether the task cannot be completed until this subtask is done.</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TaskLimitReached"/> at <see cref="MaxSubtasks"/>, or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, this task's id or already used.</exception>
    public OneOf<Success, TaskLimitReached, TaskAlreadyClosed> AddSubtask(TaskId id, TaskTitle title, bool isRequired, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        var subtask = Subtask.Create(id, title, isRequired, false);
        if (id == Id || _subtasks.Exists(s => s.Id == id))
        {
            throw new ArgumentException("The subtask id is already used in this task.", nameof(id));
        }
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        if (_subtasks.Count >= MaxSubtasks)
        {
            return new TaskLimitReached(TaskLimit.Subtasks, MaxSubtasks);
        }
        _subtasks.Add(subtask);
        Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Subtasks), null, Describe(subtask));
        return new Success();
    }

    /// <summary>Marks a subtask done or not done (TSK-11).</summary>
    /// <param name="id">The subtask's id.</param>
    /// <param name="isDone">Whether it is done.</param>
    /// <param name="actor">Who marks it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> (also when nothing changes) or <see cref="TaskAlreadyClosed"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException">The task has no subtask with <paramref name="id"/>.</exception>
    public OneOf<Success, TaskAlreadyClosed> MarkSubtask(TaskId id, bool isDone, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        int index = _subtasks.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            throw new ArgumentException("The task has no subtask with this id.", nameof(id));
        }
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        Subtask old = _subtasks[index];
        if (old.IsDone != isDone)
        {
            _subtasks[index] = old.WithDone(isDone);
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Subtasks), Describe(old), Describe(_subtasks[index]));
        }
        return new Success();
    }

    /// <summary>Adds a comment to the history (TSK-12).</summary>
    /// <param name="text">The comment, as the user typed it; leading and trailing white space is removed.</param>
    /// <param name="actor">Who comments.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>
    /// <see cref="Success"/>; <see cref="TaskCommentRequired"/> when the trimmed text is empty;
    /// <see cref="TaskCommentTooLong"/> when it is longer than <see cref="MaxNoteLength"/>; <see cref="TaskAlreadyClosed"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public OneOf<Success, TaskCommentRequired, TaskCommentTooLong, TaskAlreadyClosed> Comment(string text, Actor actor, Instant now)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(actor);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new TaskCommentRequired(Id);
        }
        if (trimmed.Length > MaxNoteLength)
        {
            return new TaskCommentTooLong(trimmed.Length, MaxNoteLength);
        }
        if (Status == FollowUpTaskStatus.Closed)
        {
            return new TaskAlreadyClosed(Id);
        }
        Record(actor, now, TaskHistoryKind.Comment, null, null, trimmed);
        return new Success();
    }

    private void SetProgress(int percent, Actor actor, Instant now)
    {
        if (percent != Progress)
        {
            Record(actor, now, TaskHistoryKind.FieldChanged, nameof(Progress), Text(Progress), Text(percent));
            Progress = percent;
        }
    }

    private static bool IsLinkable(RecordKind kind) =>
        kind is RecordKind.Customer or RecordKind.WorkOrder or RecordKind.Invoice or RecordKind.Quote or RecordKind.Project or RecordKind.Contact;

    private int IndexOfChecklistItem(int number)
    {
        int index = _checklist.FindIndex(i => i.Number == number);
        if (index < 0)
        {
            throw new ArgumentException("The checklist has no item with this number.", nameof(number));
        }
        return index;
    }

    private static string Describe(ChecklistItem item) => $"{(item.IsDone ? "[x]" : "[ ]")} #{Text(item.Number)} {item.Text}";

    private static string Describe(Subtask subtask) =>
        $"{(subtask.IsDone ? "[x]" : "[ ]")} {subtask.Title.Value}{(subtask.IsRequired ? " (required)" : string.Empty)}";
}
