using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// Builds valid follow-up tasks (<i>opvolgtaken</i>) for tests, with sensible defaults from <see cref="TaskFixtures"/>:
/// id <see cref="TaskFixtures.Task1"/>, owned by <see cref="TaskFixtures.Owner"/>, assigned to
/// <see cref="TaskFixtures.Technician"/>, created by <see cref="TaskFixtures.Office"/> at <see cref="TaskFixtures.Now"/>,
/// normal priority, no dates, not started. Every <c>With…</c> method changes one default and returns the builder.
/// </summary>
/// <example><c>FollowUpTask task = TaskBuilder.ATask().WithId(id).DueOn(date).InStatus(FollowUpTaskStatus.InProgress).Build();</c></example>
public sealed class TaskBuilder
{
    private TaskId _id = TaskFixtures.Task1;
    private string _title = "Call back about the boiler";
    private EmployeeId _owner = TaskFixtures.Owner;
    private EmployeeId[] _assignees = [TaskFixtures.Technician];
    private LocalDate? _start;
    private TaskDue? _due;
    private TaskPriority _priority = TaskPriority.Normal;
    private Instant _createdAt = TaskFixtures.Now;
    private Actor _actor = TaskFixtures.Office;
    private FollowUpTaskStatus _status = FollowUpTaskStatus.NotStarted;

    private TaskBuilder()
    {
    }

    /// <summary>Starts a builder with the defaults.</summary>
    /// <returns>A new builder.</returns>
    public static TaskBuilder ATask() => new();

    /// <summary>Sets the task's id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder WithId(TaskId id) { _id = id; return this; }

    /// <summary>Sets the title; it must be a valid <see cref="TaskTitle"/>.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder WithTitle(string title) { _title = title; return this; }

    /// <summary>Sets the owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder OwnedBy(EmployeeId owner) { _owner = owner; return this; }

    /// <summary>Sets the assignees (none is allowed).</summary>
    /// <param name="assignees">The assignees.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder AssignedTo(params EmployeeId[] assignees) { _assignees = assignees; return this; }

    /// <summary>Sets the start date.</summary>
    /// <param name="start">The first day the task can be worked on.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder StartingOn(LocalDate start) { _start = start; return this; }

    /// <summary>Makes the task due on a day (no time).</summary>
    /// <param name="date">The due day.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder DueOn(LocalDate date) { _due = TaskDue.OnDate(date); return this; }

    /// <summary>Makes the task due at the wall-clock time that <paramref name="moment"/> has in <paramref name="zone"/> (see <see cref="TaskFixtures.DueAt"/>).</summary>
    /// <param name="moment">The moment whose local time the task is due at.</param>
    /// <param name="zone">The zone the due moment is kept in.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder DueAt(Instant moment, DateTimeZone zone) { _due = TaskFixtures.DueAt(moment, zone); return this; }

    /// <summary>Makes the task due at a local date and time in a zone.</summary>
    /// <param name="localDateTime">The due wall-clock date and time.</param>
    /// <param name="zone">The zone it is in.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder DueAt(LocalDateTime localDateTime, DateTimeZone zone) { _due = TaskDue.At(localDateTime, zone); return this; }

    /// <summary>Sets the priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder WithPriority(TaskPriority priority) { _priority = priority; return this; }

    /// <summary>Sets when the task is created (and when it reaches the status of <see cref="InStatus"/>).</summary>
    /// <param name="at">The moment.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder CreatedAt(Instant at) { _createdAt = at; return this; }

    /// <summary>Sets who creates the task and brings it into its status.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder By(Actor actor) { _actor = actor; return this; }

    /// <summary>Brings the built task into the status through the allowed transitions (completed: started, then
    /// completed; closed: stopped, then closed).</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public TaskBuilder InStatus(FollowUpTaskStatus status) { _status = status; return this; }

    /// <summary>Builds a new task (version 0, not yet stored) with its domain events cleared.</summary>
    /// <returns>The task.</returns>
    /// <exception cref="InvalidOperationException">The settings do not make a valid task, or the status cannot be reached.</exception>
    public FollowUpTask Build()
    {
        var task = FollowUpTask.Create(
            _id,
            TaskTitle.Create(_title).AsT0,
            TaskDescription.Empty,
            TaskParticipants.Create(_owner, _assignees).AsT0,
            TaskSchedule.Create(_start, _due).AsT0,
            _priority,
            TaskDevicePolicy.AllowAll,
            _actor,
            _createdAt).AsT0;
        Instant at = _createdAt;
        switch (_status)
        {
            case FollowUpTaskStatus.InProgress:
                Require(task.Start(_actor, at).IsT0);
                break;
            case FollowUpTaskStatus.Completed:
                Require(task.Start(_actor, at).IsT0);
                Require(task.Complete(_actor, at).IsT0);
                break;
            case FollowUpTaskStatus.Stopped:
                Require(task.Stop("No longer needed", _actor, at).IsT0);
                break;
            case FollowUpTaskStatus.Closed:
                Require(task.Stop(null, _actor, at).IsT0);
                Require(task.Close(_actor, at).IsT0);
                break;
        }
        task.ClearDomainEvents();
        return task;
    }

    private static void Require(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("The builder could not reach the requested status.");
        }
    }
}
