using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>Builds tasks with sensible defaults; every With… returns the builder.</summary>
internal sealed class TaskBuilder
{
    private TaskId _id = TestIds.Task1;
    private string _title = "Call back about the boiler";
    private EmployeeId _owner = TestIds.Owner;
    private EmployeeId[] _assignees = [TestIds.Technician];
    private LocalDate? _start;
    private TaskDue? _due;
    private TaskPriority _priority = TaskPriority.Normal;
    private Instant _createdAt = TestIds.Now;
    private Actor _actor = TestIds.Office;
    private FollowUpTaskStatus _status = FollowUpTaskStatus.NotStarted;

    public static TaskBuilder ATask() => new();

    public TaskBuilder WithId(TaskId id) { _id = id; return this; }

    public TaskBuilder WithTitle(string title) { _title = title; return this; }

    public TaskBuilder OwnedBy(EmployeeId owner) { _owner = owner; return this; }

    public TaskBuilder AssignedTo(params EmployeeId[] assignees) { _assignees = assignees; return this; }

    public TaskBuilder StartingOn(LocalDate start) { _start = start; return this; }

    public TaskBuilder DueOn(LocalDate date) { _due = TaskDue.OnDate(date); return this; }

    /// <summary>A due moment at the wall-clock time that <paramref name="moment"/> has in <paramref name="zone"/> today.</summary>
    public TaskBuilder DueAt(Instant moment, DateTimeZone zone) { _due = TestIds.DueAt(moment, zone); return this; }

    public TaskBuilder DueAt(LocalDateTime localDateTime, DateTimeZone zone) { _due = TaskDue.At(localDateTime, zone); return this; }

    public TaskBuilder WithPriority(TaskPriority priority) { _priority = priority; return this; }

    public TaskBuilder CreatedAt(Instant at) { _createdAt = at; return this; }

    public TaskBuilder By(Actor actor) { _actor = actor; return this; }

    /// <summary>Brings the built task into the status through the allowed transitions.</summary>
    public TaskBuilder InStatus(FollowUpTaskStatus status) { _status = status; return this; }

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
