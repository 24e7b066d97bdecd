using System.Collections.ObjectModel;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>A follow-up task (taak): work that is not a work order, with one owner, assignees, a due, a status and a history.</summary>
/// <remarks>
/// <para>Create a task with <c>Create</c>; change it only through its commands, which take the acting
/// <see cref="Actor"/> and the current <see cref="Instant"/> (read from an <see cref="IClock"/> by the caller). A
/// command that a rule refuses returns an error value and changes nothing. Every change appends to
/// <see cref="History"/> (TSK-12) and the main facts raise domain events (<see cref="TaskCreated"/>,
/// <see cref="TaskCompleted"/>, …).</para>
/// <para>Whether a task is overdue is never stored: ask <see cref="IsOverdue"/> with an instant and a zone (TSK-04).</para>
/// <para>A recurring task (TSK-10, <see cref="Repeat"/>) is one task per occurrence: <see cref="CompleteOccurrence"/>
/// completes it and creates the next one.</para>
/// <para>Instances are not thread-safe: one command at a time. Storage adapters keep <see cref="TaskSnapshot"/>s and
/// compare <see cref="Version"/> on save.</para>
/// </remarks>
public sealed partial class FollowUpTask : IHasDomainEvents
{
    /// <summary>The largest number of reminders on one task (TSK-08).</summary>
    public const int MaxReminders = 5;

    /// <summary>The largest number of record links on one task (TSK-09).</summary>
    public const int MaxLinks = 20;

    /// <summary>The largest number of checklist items on one task (TSK-11).</summary>
    public const int MaxChecklistItems = 100;

    /// <summary>The largest number of subtasks on one task.</summary>
    public const int MaxSubtasks = 100;

    /// <summary>The longest stop reason or comment, in UTF-16 code units.</summary>
    public const int MaxNoteLength = 10_000;

    private readonly List<TaskReminder> _reminders;
    private ReadOnlyCollection<TaskReminder>? _remindersView; // a cast back to List<T> cannot change the aggregate
    private readonly List<RecordLink> _links;
    private ReadOnlyCollection<RecordLink>? _linksView; // a cast back to List<T> cannot change the aggregate
    private readonly List<ChecklistItem> _checklist;
    private ReadOnlyCollection<ChecklistItem>? _checklistView; // a cast back to List<T> cannot change the aggregate
    private readonly List<Subtask> _subtasks;
    private ReadOnlyCollection<Subtask>? _subtasksView; // a cast back to List<T> cannot change the aggregate
    private readonly List<TaskHistoryEntry> _history;
    private ReadOnlyCollection<TaskHistoryEntry>? _historyView; // a cast back to List<T> cannot change the aggregate
    private readonly List<IDomainEvent> _events = [];
    private ReadOnlyCollection<IDomainEvent>? _eventsView; // a cast back to List<T> cannot change the aggregate
    private readonly List<EmployeeId> _finishedAssignees;
    private ReadOnlyCollection<EmployeeId>? _finishedAssigneesView; // a cast back to List<T> cannot change the aggregate

    private FollowUpTask(TaskSnapshot s)
    {
        Id = s.Id;
        Version = s.Version;
        Title = s.Title;
        Description = s.Description;
        Participants = s.Participants;
        Schedule = s.Schedule;
        Priority = s.Priority;
        Status = s.Status;
        Progress = s.Progress;
        CompletedAt = s.CompletedAt;
        CompletedBy = s.CompletedBy;
        StopReason = s.StopReason;
        CreatedAt = s.CreatedAt;
        CreatedBy = s.CreatedBy;
        NextChecklistNumber = s.NextChecklistNumber;
        _reminders = [.. s.Reminders];
        _links = [.. s.Links];
        _checklist = [.. s.Checklist];
        _subtasks = [.. s.Subtasks];
        _history = [.. s.History];
        Recurrence = s.Recurrence;
        Occurrence = s.Occurrence;
        CompletionPolicy = s.CompletionPolicy;
        _finishedAssignees = [.. s.FinishedAssignees];
    }

    /// <summary>Gets the task's id, chosen by the caller.</summary>
    public TaskId Id { get; }

    /// <summary>Gets the version the task was loaded with; <see cref="AggregateVersion.New"/> until it is first saved.</summary>
    public AggregateVersion Version { get; private set; }

    /// <summary>Gets the title.</summary>
    public TaskTitle Title { get; private set; }

    /// <summary>Gets the description; possibly empty.</summary>
    public TaskDescription Description { get; private set; }

    /// <summary>Gets the owner and the assignees.</summary>
    public TaskParticipants Participants { get; private set; }

    /// <summary>Gets the start and the due.</summary>
    public TaskSchedule Schedule { get; private set; }

    /// <summary>Gets when the task is due, or <see langword="null"/>; shorthand for <see cref="TaskSchedule.Due"/>.</summary>
    public TaskDue? Due => Schedule.Due;

    /// <summary>Gets the priority; <see cref="TaskPriority.Normal"/> unless set.</summary>
    public TaskPriority Priority { get; private set; }

    /// <summary>Gets the status.</summary>
    public FollowUpTaskStatus Status { get; private set; }

    /// <summary>Gets a value indicating whether the task is open (not started or in progress).</summary>
    public bool IsOpen => Status.IsOpen();

    /// <summary>Gets the progress as a whole percentage, 0 to 100 (TSK-06).</summary>
    public int Progress { get; private set; }

    /// <summary>Gets when the task was completed; set while it is completed (and after it is closed from completed), cleared on reopening.</summary>
    public Instant? CompletedAt { get; private set; }

    /// <summary>Gets who completed the task; set together with <see cref="CompletedAt"/>.</summary>
    public EmployeeId? CompletedBy { get; private set; }

    /// <summary>Gets why the task was stopped, or <see langword="null"/>; cleared on reopening.</summary>
    public string? StopReason { get; private set; }

    /// <summary>Gets when the task was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created the task.</summary>
    public EmployeeId CreatedBy { get; }

    /// <summary>Gets the active reminders, in the order they were added; cancelled on completion (TSK-08).</summary>
    public IReadOnlyList<TaskReminder> Reminders => _remindersView ??= _reminders.AsReadOnly();

    /// <summary>Gets the records the task links to, in the order they were added (TSK-09).</summary>
    public IReadOnlyList<RecordLink> Links => _linksView ??= _links.AsReadOnly();

    /// <summary>Gets the checklist, in the order the items were added (TSK-11).</summary>
    public IReadOnlyList<ChecklistItem> Checklist => _checklistView ??= _checklist.AsReadOnly();

    /// <summary>Gets the subtasks, in the order they were added (TSK-11).</summary>
    public IReadOnlyList<Subtask> Subtasks => _subtasksView ??= _subtasks.AsReadOnly();

    /// <summary>Gets the append-only history, oldest first (TSK-12).</summary>
    public IReadOnlyList<TaskHistoryEntry> History => _historyView ??= _history.AsReadOnly();

    /// <summary>Gets how the task repeats (TSK-10), or <see langword="null"/> when it does not.</summary>
    public TaskRecurrence? Recurrence { get; private set; }

    /// <summary>Gets the number of this occurrence in its series; 1 for the first, and for a task that does not repeat.</summary>
    public int Occurrence { get; }

    /// <summary>Gets who has to be done before the task can be completed; <see cref="TaskCompletionPolicy.AnyAssignee"/> unless changed.</summary>
    public TaskCompletionPolicy CompletionPolicy { get; private set; }

    /// <summary>Gets the assignees who finished their part (<see cref="FinishPart"/>), in the order they finished; cleared on reopening.</summary>
    public IReadOnlyList<EmployeeId> FinishedAssignees => _finishedAssigneesView ??= _finishedAssignees.AsReadOnly();

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    private int NextChecklistNumber { get; set; }

    /// <summary>Creates a task (TSK-01 … TSK-03, TSK-07, TSK-13).</summary>
    /// <param name="id">The new task's id; not empty.</param>
    /// <param name="title">The title.</param>
    /// <param name="description">The description; <see cref="TaskDescription.Empty"/> for none.</param>
    /// <param name="participants">The owner and assignees.</param>
    /// <param name="schedule">The start and due; <see cref="TaskSchedule.None"/> for none.</param>
    /// <param name="priority">A defined priority; usually <see cref="TaskPriority.Normal"/>.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who creates the task.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The new, not started task, or <see cref="TaskNotAllowed"/> when the mobile app may not create tasks.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or <paramref name="priority"/> is undefined.</exception>
    public static OneOf<FollowUpTask, TaskNotAllowed> Create(
        TaskId id,
        TaskTitle title,
        TaskDescription description,
        TaskParticipants participants,
        TaskSchedule schedule,
        TaskPriority priority,
        TaskDevicePolicy policy,
        Actor actor,
        Instant now)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(title);
        Guard.Against.Null(description);
        Guard.Against.Null(participants);
        Guard.Against.Null(schedule);
        Guard.Against.EnumOutOfRange(priority);
        Guard.Against.Null(policy);
        Guard.Against.Null(actor);
        if (!policy.Allows(actor, TaskDeviceAction.Create))
        {
            return new TaskNotAllowed(TaskDeviceAction.Create);
        }
        var task = new FollowUpTask(new TaskSnapshot(
            id, AggregateVersion.New, title, description, participants, schedule, priority, FollowUpTaskStatus.NotStarted,
            0, null, null, null, now, actor.EmployeeId, [], [], [], 1, [], [], null, 1, TaskCompletionPolicy.AnyAssignee, []));
        task.Record(actor, now, TaskHistoryKind.Created, null, null, title.Value);
        foreach (EmployeeId assignee in participants.Assignees)
        {
            task.Record(actor, now, TaskHistoryKind.AssigneeAdded, null, null, assignee.ToString());
        }
        task._events.Add(new TaskCreated(id, participants.Owner, actor.EmployeeId, now));
        return task;
    }

    /// <summary>Creates a task with the defaults: no description, no start or due, and <see cref="TaskPriority.Normal"/> priority (TSK-07).</summary>
    /// <param name="id">The new task's id; not empty.</param>
    /// <param name="title">The title.</param>
    /// <param name="participants">The owner and assignees.</param>
    /// <param name="policy">The company's device policy.</param>
    /// <param name="actor">Who creates the task.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The new, not started task, or <see cref="TaskNotAllowed"/> when the mobile app may not create tasks.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static OneOf<FollowUpTask, TaskNotAllowed> Create(TaskId id, TaskTitle title, TaskParticipants participants, TaskDevicePolicy policy, Actor actor, Instant now) =>
        Create(id, title, TaskDescription.Empty, participants, TaskSchedule.None, TaskPriority.Normal, policy, actor, now);

    /// <summary>Turns a stored snapshot back into a task, without events; for storage adapters.</summary>
    /// <param name="snapshot">The snapshot, as returned by <see cref="ToSnapshot"/>.</param>
    /// <returns>A new task instance that shares no mutable state with the snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its references is null.</exception>
    /// <exception cref="ArgumentException">The snapshot breaks an invariant of the task: for example a completed task
    /// without <see cref="CompletedAt"/>, a default (uninitialised) collection, two equal reminders or links, or a
    /// finished assignee who is not assigned.</exception>
    public static FollowUpTask Rehydrate(TaskSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Default(snapshot.Id, nameof(snapshot));
        Guard.Against.Null(snapshot.Title, nameof(snapshot));
        Guard.Against.Null(snapshot.Description, nameof(snapshot));
        Guard.Against.Null(snapshot.Participants, nameof(snapshot));
        Guard.Against.Null(snapshot.Schedule, nameof(snapshot));
        Guard.Against.EnumOutOfRange(snapshot.Priority, nameof(snapshot));
        Guard.Against.EnumOutOfRange(snapshot.Status, nameof(snapshot));
        Guard.Against.OutOfRange(snapshot.Progress, nameof(snapshot), 0, 100);
        Guard.Against.Default(snapshot.CreatedBy, nameof(snapshot));
        Guard.Against.NegativeOrZero(snapshot.NextChecklistNumber, nameof(snapshot));
        Guard.Against.NegativeOrZero(snapshot.Occurrence, nameof(snapshot));
        Check(snapshot.CompletedAt.HasValue == snapshot.CompletedBy.HasValue, "CompletedAt and CompletedBy go together.");
        Check(snapshot.Status != FollowUpTaskStatus.Completed || (snapshot.CompletedAt.HasValue && snapshot.Progress == 100), "A completed task has CompletedAt and progress 100.");
        Check(!snapshot.CompletedAt.HasValue || snapshot.Progress == 100, "A task closed after completion keeps progress 100.");
        Check(snapshot.Status is FollowUpTaskStatus.Completed or FollowUpTaskStatus.Closed || !snapshot.CompletedAt.HasValue, "Only a completed or closed task has CompletedAt.");
        Check(snapshot.StopReason is null || (snapshot.Status is FollowUpTaskStatus.Stopped or FollowUpTaskStatus.Closed && !snapshot.CompletedAt.HasValue), "Only a stopped task, or one closed after stopping, has a stop reason.");
        Check(snapshot.StopReason is null || (snapshot.StopReason.Length is > 0 and <= MaxNoteLength && snapshot.StopReason.Trim().Length == snapshot.StopReason.Length), "A stop reason is trimmed, not blank and at most MaxNoteLength characters.");
        Check(!snapshot.Reminders.IsDefault && snapshot.Reminders.Length <= MaxReminders && !snapshot.Reminders.Contains(null!), "Reminders are missing or too many.");
        Check(snapshot.Reminders.Distinct().Count() == snapshot.Reminders.Length, "Reminders repeat.");
        Check(!snapshot.CompletedAt.HasValue || snapshot.Reminders.IsEmpty, "Reminders are cancelled on completion.");
        Check(snapshot.Reminders.All(r => r.BeforeDue is null || snapshot.Schedule.Due?.Moment is not null), "A reminder before the due needs a due moment.");
        Check(!snapshot.Links.IsDefault && snapshot.Links.Length <= MaxLinks && snapshot.Links.Distinct().Count() == snapshot.Links.Length && !snapshot.Links.Contains(null!), "Links are missing, too many or repeated.");
        Check(snapshot.Links.All(l => IsLinkable(l.Kind)), "A task links only to customers, work orders, invoices, quotes, projects and contacts.");
        Check(!snapshot.Checklist.IsDefault && snapshot.Checklist.Length <= MaxChecklistItems && snapshot.Checklist.All(i => i is not null && i.Number < snapshot.NextChecklistNumber), "Checklist items are missing, too many or misnumbered.");
        Check(snapshot.Checklist.Select(i => i.Number).Distinct().Count() == snapshot.Checklist.Length, "Checklist numbers repeat.");
        Check(!snapshot.Subtasks.IsDefault && snapshot.Subtasks.Length <= MaxSubtasks && snapshot.Subtasks.All(s => s is not null && s.Id != snapshot.Id), "Subtasks are missing, too many or refer to the task itself.");
        Check(snapshot.Subtasks.Select(s => s.Id).Distinct().Count() == snapshot.Subtasks.Length, "Subtask ids repeat.");
        Check(!snapshot.History.IsDefault && !snapshot.History.Contains(null!), "History is missing.");
        Guard.Against.EnumOutOfRange(snapshot.CompletionPolicy, nameof(snapshot));
        Check(!snapshot.FinishedAssignees.IsDefault, "Finished assignees are missing.");
        Check(snapshot.FinishedAssignees.All(snapshot.Participants.IsAssigned) && snapshot.FinishedAssignees.Distinct().Count() == snapshot.FinishedAssignees.Length, "Finished assignees must be distinct assignees.");
        return new FollowUpTask(snapshot);

        static void Check(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(snapshot));
            }
        }
    }

    /// <summary>Returns the task's complete state as immutable data, for storage adapters.</summary>
    /// <returns>A snapshot that <see cref="Rehydrate"/> turns back into an equal task.</returns>
    public TaskSnapshot ToSnapshot() => new(
        Id, Version, Title, Description, Participants, Schedule, Priority, Status, Progress, CompletedAt, CompletedBy,
        StopReason, CreatedAt, CreatedBy, [.. _reminders], [.. _links], [.. _checklist], NextChecklistNumber, [.. _subtasks],
        [.. _history], Recurrence, Occurrence, CompletionPolicy, [.. _finishedAssignees]);

    /// <summary>Records that a storage adapter saved the task; for storage adapters.</summary>
    /// <param name="savedVersion">The version now stored: the task's <see cref="Version"/> plus one.</param>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> does not follow <see cref="Version"/>.</exception>
    public void MarkSaved(AggregateVersion savedVersion) => Version = Version.ConfirmSaved(savedVersion);

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Tells whether the task is overdue (TSK-04): it is open and its due has passed.</summary>
    /// <param name="now">The instant to judge at.</param>
    /// <param name="evaluationZone">The zone a date-only due is judged in, usually the company's zone.</param>
    /// <returns>
    /// <see langword="true"/> when the task is open and either its due date is before the calendar day that
    /// <paramref name="now"/> falls on in <paramref name="evaluationZone"/>, or <paramref name="now"/> is later than its
    /// due moment. A task without a due is never overdue.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public bool IsOverdue(Instant now, DateTimeZone evaluationZone)
    {
        Guard.Against.Null(evaluationZone);
        return IsOpen && Due is { } due && due.HasPassed(now, evaluationZone);
    }

    private void Record(Actor actor, Instant now, TaskHistoryKind kind, string? field, string? oldValue, string? newValue) =>
        _history.Add(TaskHistoryEntry.For(actor, now, kind, field, oldValue, newValue));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
