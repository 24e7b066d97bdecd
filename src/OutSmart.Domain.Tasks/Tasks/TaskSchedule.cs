using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Tasks;

/// <summary>When work on a task may start and when it is due (TSK-03); both are optional and the start is never after the due.</summary>
/// <remarks>
/// <para>The start is a calendar day. It is compared with the calendar day of the due (<see cref="TaskDue.ToLocalDate"/>),
/// so a start on the due day itself is allowed.</para>
/// <para>Two schedules are equal when their starts and dues are equal.</para>
/// </remarks>
public sealed record TaskSchedule
{
    private TaskSchedule(LocalDate? start, TaskDue? due)
    {
        Start = start;
        Due = due;
    }

    /// <summary>Gets a schedule without a start and without a due.</summary>
    public static TaskSchedule None { get; } = new(null, null);

    /// <summary>Gets the first day work may start, or <see langword="null"/> when there is none.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets when the task is due, or <see langword="null"/> when it has no due.</summary>
    public TaskDue? Due { get; }

    /// <summary>Creates a schedule.</summary>
    /// <param name="start">The first day work may start, or <see langword="null"/>.</param>
    /// <param name="due">When the task is due, or <see langword="null"/>.</param>
    /// <returns>The schedule, or <see cref="TaskStartAfterDue"/> when the start is after the due's calendar day.</returns>
    public static OneOf<TaskSchedule, TaskStartAfterDue> Create(LocalDate? start, TaskDue? due)
    {
        if (start is { } s && due is not null && s > due.ToLocalDate())
        {
            return new TaskStartAfterDue(s, due.ToLocalDate());
        }
        return start is null && due is null ? None : new TaskSchedule(start, due);
    }

    /// <summary>Creates a schedule with only a due.</summary>
    /// <param name="due">When the task is due.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="due"/> is null.</exception>
    public static TaskSchedule DueOn(TaskDue due) => new(null, Guard.Against.Null(due));

    /// <summary>Returns the schedule for display.</summary>
    /// <returns>For example <c>start 2026-03-02, due 2026-03-06</c>, or <c>none</c>.</returns>
    public override string ToString() => (Start, Due) switch
    {
        (null, null) => "none",
        (null, { } due) => $"due {due}",
        ({ } start, null) => $"start {start:uuuu-MM-dd}",
        ({ } start, { } due) => $"start {start:uuuu-MM-dd}, due {due}",
    };
}
