using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The title is empty or only white space (TSK-01).</summary>
public sealed record TaskTitleRequired : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_TITLE_REQUIRED";

    /// <inheritdoc />
    public string Message => "A task needs a title.";
}

/// <summary>The title is longer than <see cref="TaskTitle.MaxLength"/> characters after trimming (TSK-01).</summary>
/// <param name="Length">The trimmed length that was given.</param>
/// <param name="MaxLength">The longest allowed title.</param>
public sealed record TaskTitleTooLong(int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_TITLE_TOO_LONG";

    /// <inheritdoc />
    public string Message => $"A task title can have at most {MaxLength} characters; this one has {Length}.";
}

/// <summary>The description is longer than <see cref="TaskDescription.MaxLength"/> characters (TSK-01).</summary>
/// <param name="Length">The length that was given.</param>
/// <param name="MaxLength">The longest allowed description.</param>
public sealed record TaskDescriptionTooLong(int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_DESCRIPTION_TOO_LONG";

    /// <inheritdoc />
    public string Message => $"A task description can have at most {MaxLength} characters; this one has {Length}.";
}

/// <summary>A comment is empty or only white space (TSK-12).</summary>
/// <param name="TaskId">The task.</param>
public sealed record TaskCommentRequired(TaskId TaskId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_COMMENT_REQUIRED";

    /// <inheritdoc />
    public string Message => "A comment needs some text.";
}

/// <summary>A comment is longer than <see cref="FollowUpTask.MaxNoteLength"/> characters after trimming (TSK-12).</summary>
/// <param name="Length">The trimmed length that was given.</param>
/// <param name="MaxLength">The longest allowed comment.</param>
public sealed record TaskCommentTooLong(int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_COMMENT_TOO_LONG";

    /// <inheritdoc />
    public string Message => $"A comment can have at most {MaxLength} characters; this one has {Length}.";
}

/// <summary>A stop reason is longer than <see cref="FollowUpTask.MaxNoteLength"/> characters after trimming (TSK-05).</summary>
/// <param name="Length">The trimmed length that was given.</param>
/// <param name="MaxLength">The longest allowed stop reason.</param>
public sealed record TaskStopReasonTooLong(int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_STOP_REASON_TOO_LONG";

    /// <inheritdoc />
    public string Message => $"A stop reason can have at most {MaxLength} characters; this one has {Length}.";
}

/// <summary>A checklist item's text is blank or longer than <see cref="ChecklistItem.MaxTextLength"/> characters after trimming (TSK-11).</summary>
/// <param name="Length">The trimmed length that was given; 0 for blank text.</param>
/// <param name="MaxLength">The longest allowed text.</param>
public sealed record TaskChecklistTextInvalid(int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_CHECKLIST_TEXT_INVALID";

    /// <inheritdoc />
    public string Message => Length == 0
        ? "A checklist item needs some text."
        : $"A checklist item can have at most {MaxLength} characters; this one has {Length}.";
}

/// <summary>No task with this id is stored; answered by <see cref="TaskCommands"/>.</summary>
/// <param name="TaskId">The id that was asked for.</param>
public sealed record TaskNotFound(TaskId TaskId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_NOT_FOUND";

    /// <inheritdoc />
    public string Message => $"There is no task {TaskId}.";
}

/// <summary>The task has no owner (TSK-02).</summary>
public sealed record TaskOwnerRequired : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_OWNER_REQUIRED";

    /// <inheritdoc />
    public string Message => "A task needs exactly one owner.";
}

/// <summary>A collection of the task would grow beyond its limit.</summary>
/// <param name="Limit">Which collection.</param>
/// <param name="Maximum">How many items it may hold.</param>
public sealed record TaskLimitReached(TaskLimit Limit, int Maximum) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_LIMIT_REACHED";

    /// <inheritdoc />
    public string Message => Limit switch
    {
        TaskLimit.Assignees => $"A task can have at most {Maximum} assignees.",
        TaskLimit.Reminders => $"A task can have at most {Maximum} reminders.",
        TaskLimit.Links => $"A task can link to at most {Maximum} records.",
        TaskLimit.ChecklistItems => $"A task's checklist can have at most {Maximum} items.",
        _ => $"A task can have at most {Maximum} subtasks.",
    };
}

/// <summary>The start is after the due's calendar day (TSK-03).</summary>
/// <param name="Start">The requested start.</param>
/// <param name="Due">The calendar day of the requested due.</param>
public sealed record TaskStartAfterDue(LocalDate Start, LocalDate Due) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_START_AFTER_DUE";

    /// <inheritdoc />
    public string Message => $"Start must be before the due date: the start {Start:uuuu-MM-dd} is after the due date {Due:uuuu-MM-dd}.";
}

/// <summary>A reminder cannot be set, or a reschedule would leave a reminder without a due moment (TSK-08).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Reminder">The refused reminder.</param>
/// <param name="Problem">Why it was refused.</param>
public sealed record TaskReminderInvalid(TaskId TaskId, TaskReminder Reminder, TaskReminderProblem Problem) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_REMINDER_INVALID";

    /// <inheritdoc />
    public string Message => Problem == TaskReminderProblem.InPast
        ? $"The reminder ({Reminder}) would be in the past."
        : $"The reminder ({Reminder}) counts back from the due moment, so the task needs a due with a time.";
}

/// <summary>A status change that TSK-05 does not allow.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="From">The task's status.</param>
/// <param name="To">The status that was asked for.</param>
/// <param name="Reason">Why the transition is refused, in English.</param>
public sealed record TaskTransitionInvalid(TaskId TaskId, FollowUpTaskStatus From, FollowUpTaskStatus To, string Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_TRANSITION_INVALID";

    /// <inheritdoc />
    public string Message => $"The task cannot go from {InWords(From)} to {InWords(To)}: {Reason}";

    private static string InWords(FollowUpTaskStatus status) => status switch
    {
        FollowUpTaskStatus.NotStarted => "not started",
        FollowUpTaskStatus.InProgress => "in progress",
        FollowUpTaskStatus.Completed => "completed",
        FollowUpTaskStatus.Stopped => "stopped",
        FollowUpTaskStatus.Closed => "closed",
        _ => status.ToString(),
    };
}

/// <summary>The task is closed, and a closed task cannot be changed (TSK-05).</summary>
/// <param name="TaskId">The task.</param>
public sealed record TaskAlreadyClosed(TaskId TaskId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_ALREADY_CLOSED";

    /// <inheritdoc />
    public string Message => "A closed task cannot be changed.";
}

/// <summary>The change needs an open task (not started or in progress), such as progress and reminders.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Status">The task's status.</param>
public sealed record TaskNotOpen(TaskId TaskId, FollowUpTaskStatus Status) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_NOT_OPEN";

    /// <inheritdoc />
    public string Message => $"Only an open task can be changed this way; this task is {Status}.";
}

/// <summary>The progress is not a whole percentage from 0 to 100 (TSK-06).</summary>
/// <param name="Value">The requested progress.</param>
public sealed record TaskProgressOutOfRange(int Value) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_PROGRESS_OUT_OF_RANGE";

    /// <inheritdoc />
    public string Message => $"Progress must be from 0 to 100; {Value} is not.";
}

/// <summary>The task already links to this record (TSK-09).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Link">The link that was added twice.</param>
public sealed record TaskLinkDuplicate(TaskId TaskId, RecordLink Link) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_LINK_DUPLICATE";

    /// <inheritdoc />
    public string Message => $"The task already links to {Link}.";
}

/// <summary>The task cannot be completed while required subtasks are not done (TSK-11).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="OpenSubtasks">The required subtasks that are not done, in the task's order.</param>
public sealed record TaskChildrenOpen(TaskId TaskId, ImmutableArray<TaskId> OpenSubtasks) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_CHILDREN_OPEN";

    /// <inheritdoc />
    public string Message => $"The task has {OpenSubtasks.Length} required subtask(s) that are not done.";

    /// <inheritdoc />
    public bool Equals(TaskChildrenOpen? other) =>
        other is not null && TaskId == other.TaskId && OpenSubtasks.SequenceEqual(other.OpenSubtasks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TaskId, OpenSubtasks.Length);
}

/// <summary>The company's device policy does not allow this command from the mobile app (TSK-13).</summary>
/// <param name="Action">The refused action.</param>
public sealed record TaskNotAllowed(TaskDeviceAction Action) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_NOT_ALLOWED";

    /// <inheritdoc />
    public string Message => Action switch
    {
        TaskDeviceAction.Create => "The device policy does not allow creating tasks from the mobile app.",
        TaskDeviceAction.Edit => "The device policy does not allow editing tasks from the mobile app.",
        _ => "The device policy does not allow changing a task's dates from the mobile app.",
    };
}

/// <summary>The recurrence rule is not valid or uses more than the supported subset (TSK-10).</summary>
/// <param name="Rule">The rule text that was refused.</param>
/// <param name="Detail">What is wrong with it, in English.</param>
public sealed record TaskRecurrenceInvalid(string Rule, string Detail) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_RECURRENCE_INVALID";

    /// <inheritdoc />
    public string Message => $"The recurrence \"{Rule}\" cannot be used: {Detail}";
}

/// <summary>The task needs every assignee to finish their part first, and some have not (<see cref="TaskCompletionPolicy.AllAssignees"/>).</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Unfinished">The assignees who have not finished their part, in the task's order.</param>
public sealed record TaskAssigneesOpen(TaskId TaskId, ImmutableArray<EmployeeId> Unfinished) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_ASSIGNEES_OPEN";

    /// <inheritdoc />
    public string Message => $"Every assignee must finish their part first; {Unfinished.Length} have not.";

    /// <inheritdoc />
    public bool Equals(TaskAssigneesOpen? other) =>
        other is not null && TaskId == other.TaskId && Unfinished.SequenceEqual(other.Unfinished);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TaskId, Unfinished.Length);
}

/// <summary>Only an assignee can finish a part of the task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Employee">The employee who is not assigned.</param>
public sealed record TaskNotAssigned(TaskId TaskId, EmployeeId Employee) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TASK_NOT_ASSIGNED";

    /// <inheritdoc />
    public string Message => "Only an assignee can finish a part of the task.";
}
