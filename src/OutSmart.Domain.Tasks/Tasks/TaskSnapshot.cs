using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The complete state of a <see cref="FollowUpTask"/> as plain immutable data, for storage adapters.</summary>
/// <remarks>
/// <para>Get one with <see cref="FollowUpTask.ToSnapshot"/> and turn it back into a task with
/// <see cref="FollowUpTask.Rehydrate"/>, which checks it. A snapshot never shares mutable state with a task, so an
/// adapter can keep it and hand out a fresh task on every read.</para>
/// <para>A due moment is part of <see cref="Schedule"/> as a local date-time and zone (<see cref="TaskDue.Moment"/>);
/// store the local date-time and the zone id, never the resolved instant, and look the zone up again when reading, so
/// that a change in the zone's rules keeps the due at its wall-clock time.</para>
/// <para>The constructor stores what it is given without checking it: a snapshot read from storage may be
/// inconsistent (a default <see cref="ImmutableArray{T}"/>, a repeated reminder, a completed task without
/// <see cref="CompletedAt"/>), and <see cref="FollowUpTask.Rehydrate"/> refuses such a snapshot with an
/// <see cref="ArgumentException"/>.</para>
/// <para>Two snapshots are equal when all their values are equal, collections compared item by item in order (a default
/// array equals only another default array).</para>
/// </remarks>
public sealed record TaskSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="id">The task id.</param>
    /// <param name="version">The stored version.</param>
    /// <param name="title">The title.</param>
    /// <param name="description">The description.</param>
    /// <param name="participants">The owner and assignees.</param>
    /// <param name="schedule">The start and due.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="status">The status.</param>
    /// <param name="progress">The progress, 0 to 100.</param>
    /// <param name="completedAt">When it was completed, set exactly when the status is completed (or closed after completion).</param>
    /// <param name="completedBy">Who completed it, set together with <paramref name="completedAt"/>.</param>
    /// <param name="stopReason">Why it was stopped, or <see langword="null"/>.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="createdBy">Who created it.</param>
    /// <param name="reminders">The active reminders.</param>
    /// <param name="links">The record links.</param>
    /// <param name="checklist">The checklist items.</param>
    /// <param name="nextChecklistNumber">The number the next checklist item gets.</param>
    /// <param name="subtasks">The subtasks.</param>
    /// <param name="history">The history, oldest first.</param>
    /// <param name="recurrence">How the task repeats, or <see langword="null"/> when it does not.</param>
    /// <param name="occurrence">The number of this occurrence in its series; 1 for the first (and for a task that does not repeat).</param>
    /// <param name="completionPolicy">Who has to be done before the task can be completed.</param>
    /// <param name="finishedAssignees">The assignees who finished their part; empty when none.</param>
    public TaskSnapshot(
        TaskId id,
        AggregateVersion version,
        TaskTitle title,
        TaskDescription description,
        TaskParticipants participants,
        TaskSchedule schedule,
        TaskPriority priority,
        FollowUpTaskStatus status,
        int progress,
        Instant? completedAt,
        EmployeeId? completedBy,
        string? stopReason,
        Instant createdAt,
        EmployeeId createdBy,
        ImmutableArray<TaskReminder> reminders,
        ImmutableArray<RecordLink> links,
        ImmutableArray<ChecklistItem> checklist,
        int nextChecklistNumber,
        ImmutableArray<Subtask> subtasks,
        ImmutableArray<TaskHistoryEntry> history,
        TaskRecurrence? recurrence,
        int occurrence,
        TaskCompletionPolicy completionPolicy,
        ImmutableArray<EmployeeId> finishedAssignees)
    {
        Id = id;
        Version = version;
        Title = title;
        Description = description;
        Participants = participants;
        Schedule = schedule;
        Priority = priority;
        Status = status;
        Progress = progress;
        CompletedAt = completedAt;
        CompletedBy = completedBy;
        StopReason = stopReason;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Reminders = reminders;
        Links = links;
        Checklist = checklist;
        NextChecklistNumber = nextChecklistNumber;
        Subtasks = subtasks;
        History = history;
        Recurrence = recurrence;
        Occurrence = occurrence;
        CompletionPolicy = completionPolicy;
        FinishedAssignees = finishedAssignees;
    }

    /// <summary>Gets the task id.</summary>
    public TaskId Id { get; }

    /// <summary>Gets the stored version.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets the title.</summary>
    public TaskTitle Title { get; }

    /// <summary>Gets the description.</summary>
    public TaskDescription Description { get; }

    /// <summary>Gets the owner and assignees.</summary>
    public TaskParticipants Participants { get; }

    /// <summary>Gets the start and due.</summary>
    public TaskSchedule Schedule { get; }

    /// <summary>Gets the priority.</summary>
    public TaskPriority Priority { get; }

    /// <summary>Gets the status.</summary>
    public FollowUpTaskStatus Status { get; }

    /// <summary>Gets the progress, 0 to 100.</summary>
    public int Progress { get; }

    /// <summary>Gets when the task was completed, or <see langword="null"/>.</summary>
    public Instant? CompletedAt { get; }

    /// <summary>Gets who completed the task, or <see langword="null"/>.</summary>
    public EmployeeId? CompletedBy { get; }

    /// <summary>Gets why the task was stopped, or <see langword="null"/>.</summary>
    public string? StopReason { get; }

    /// <summary>Gets when the task was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created the task.</summary>
    public EmployeeId CreatedBy { get; }

    /// <summary>Gets the active reminders.</summary>
    public ImmutableArray<TaskReminder> Reminders { get; }

    /// <summary>Gets the record links.</summary>
    public ImmutableArray<RecordLink> Links { get; }

    /// <summary>Gets the checklist items.</summary>
    public ImmutableArray<ChecklistItem> Checklist { get; }

    /// <summary>Gets the number the next checklist item gets.</summary>
    public int NextChecklistNumber { get; }

    /// <summary>Gets the subtasks.</summary>
    public ImmutableArray<Subtask> Subtasks { get; }

    /// <summary>Gets the history, oldest first.</summary>
    public ImmutableArray<TaskHistoryEntry> History { get; }

    /// <summary>Gets how the task repeats, or <see langword="null"/>.</summary>
    public TaskRecurrence? Recurrence { get; }

    /// <summary>Gets the number of this occurrence in its series; 1 for the first.</summary>
    public int Occurrence { get; }

    /// <summary>Gets who has to be done before the task can be completed.</summary>
    public TaskCompletionPolicy CompletionPolicy { get; }

    /// <summary>Gets the assignees who finished their part, in the order they finished.</summary>
    public ImmutableArray<EmployeeId> FinishedAssignees { get; }

    /// <summary>Returns the same snapshot with another version; for adapters that store the version they assign on save.</summary>
    /// <param name="version">The version to store.</param>
    /// <returns>A snapshot equal to this one except for <see cref="Version"/>.</returns>
    public TaskSnapshot WithVersion(AggregateVersion version) => new(
        Id, version, Title, Description, Participants, Schedule, Priority, Status, Progress, CompletedAt, CompletedBy,
        StopReason, CreatedAt, CreatedBy, Reminders, Links, Checklist, NextChecklistNumber, Subtasks, History, Recurrence,
        Occurrence, CompletionPolicy, FinishedAssignees);

    /// <summary>Tells whether the task is overdue (TSK-04): open, with a due that has passed.</summary>
    /// <param name="now">The instant to judge at.</param>
    /// <param name="evaluationZone">The zone a date-only due is judged in.</param>
    /// <returns>The same answer as <see cref="FollowUpTask.IsOverdue"/> on the rehydrated task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public bool IsOverdue(Instant now, DateTimeZone evaluationZone) =>
        Guard.Against.Null(evaluationZone) is not null && Status.IsOpen() && Schedule.Due is { } due && due.HasPassed(now, evaluationZone);

    /// <inheritdoc />
    public bool Equals(TaskSnapshot? other) =>
        other is not null
        && Id == other.Id && Version == other.Version && Title == other.Title && Description == other.Description
        && Participants == other.Participants && Schedule == other.Schedule && Priority == other.Priority
        && Status == other.Status && Progress == other.Progress && CompletedAt == other.CompletedAt
        && CompletedBy == other.CompletedBy && StopReason == other.StopReason && CreatedAt == other.CreatedAt
        && CreatedBy == other.CreatedBy && NextChecklistNumber == other.NextChecklistNumber
        && Same(Reminders, other.Reminders) && Same(Links, other.Links)
        && Same(Checklist, other.Checklist) && Same(Subtasks, other.Subtasks)
        && Same(History, other.History) && Recurrence == other.Recurrence && Occurrence == other.Occurrence
        && CompletionPolicy == other.CompletionPolicy && Same(FinishedAssignees, other.FinishedAssignees);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Status, History.IsDefault ? -1 : History.Length);

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault && b.IsDefault : a.SequenceEqual(b);
}
