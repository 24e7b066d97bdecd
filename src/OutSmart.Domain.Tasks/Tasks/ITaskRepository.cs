using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks;

/// <summary>The storage port for tasks; adapters live in <c>OutSmart.Domain.Storage.*</c> packages.</summary>
/// <remarks>
/// <para>Saving compares versions (optimistic concurrency): <see cref="AddAsync"/> and <see cref="SaveAsync"/> store the
/// task only when the stored version equals the task's <see cref="FollowUpTask.Version"/>, then call
/// <see cref="FollowUpTask.MarkSaved"/> with the next version. Domain events are left on the task for the host to
/// dispatch.</para>
/// <para>Every read returns a new task instance: changing it changes nothing in storage until it is saved.</para>
/// <para>Queries are paged and ordered deterministically: by <see cref="FollowUpTask.CreatedAt"/>, then by the id's
/// <see cref="Guid"/> order (<see cref="Guid.CompareTo(Guid)"/>).</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface ITaskRepository
{
    /// <summary>Reads one task.</summary>
    /// <param name="id">The task's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The task, or <see langword="null"/> when there is none with this id.</returns>
    Task<FollowUpTask?> GetAsync(TaskId id, CancellationToken cancellationToken);

    /// <summary>Stores a new task.</summary>
    /// <param name="task">A task that was never saved (<see cref="AggregateVersion.New"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when a task with this id is already stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="task"/> was saved before.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> AddAsync(FollowUpTask task, CancellationToken cancellationToken);

    /// <summary>Stores the changes of a task that was read from this repository.</summary>
    /// <param name="task">The changed task.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when someone saved it first or it no longer exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(FollowUpTask task, CancellationToken cancellationToken);

    /// <summary>Lists the tasks an employee owns or is assigned to, in any status.</summary>
    /// <param name="employee">The employee.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    Task<Page<FollowUpTask>> FindByEmployeeAsync(EmployeeId employee, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Lists the tasks that are overdue at an instant (TSK-04), as <see cref="FollowUpTask.IsOverdue"/> decides.</summary>
    /// <remarks>
    /// A due moment is a local date-time in its zone (<see cref="TaskDue.Moment"/>), resolved with the zone's rules
    /// when the query runs, never an instant stored at creation. An adapter that filters in a database can store the
    /// local date-time and the zone id, narrow the candidates by local date (a due moment's instant lies within about
    /// a day of its local date-time read as UTC) and decide the rest with <see cref="TaskSnapshot.IsOverdue"/>.
    /// </remarks>
    /// <param name="now">The instant to judge at.</param>
    /// <param name="evaluationZone">The zone date-only dues are judged in.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> or <paramref name="page"/> is null.</exception>
    Task<Page<FollowUpTask>> FindOverdueAsync(Instant now, DateTimeZone evaluationZone, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Lists the tasks that link to a record (TSK-09), in any status.</summary>
    /// <param name="link">The record.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> or <paramref name="page"/> is null.</exception>
    Task<Page<FollowUpTask>> FindByLinkAsync(RecordLink link, PageRequest page, CancellationToken cancellationToken);
}
