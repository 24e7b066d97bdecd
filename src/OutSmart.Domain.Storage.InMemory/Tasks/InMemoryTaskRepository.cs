using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="ITaskRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Tasks are kept as <see cref="TaskSnapshot"/>s, so a caller never holds the stored state: every read
/// rehydrates a new <see cref="FollowUpTask"/>, and a change is visible to others only after a successful save.</para>
/// <para>All members are safe to call from several threads. Writes check the version and store under a lock; reads
/// do not wait for writes. Queries scan a moment-in-time copy of the stored snapshots, so they cost O(n) in the
/// number of stored tasks, plus sorting the matches; only the tasks on the requested page are rehydrated.</para>
/// <para><see cref="FindOverdueAsync"/> asks each stored snapshot (<see cref="TaskSnapshot.IsOverdue"/>), so a due
/// moment is resolved from its local date-time and zone at query time, with the zone rules current then.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryTaskRepository : ITaskRepository
{
    private readonly SnapshotStore<TaskId, TaskSnapshot> _store = new(
        nameof(FollowUpTask),
        idOf: static s => s.Id,
        guidOf: static id => id.Value,
        versionOf: static s => s.Version,
        withVersion: static (s, version) => s.WithVersion(version),
        order: static (a, b) => a.CreatedAt.CompareTo(b.CreatedAt));

    /// <summary>Gets how many tasks are stored.</summary>
    public int Count => _store.Count;

    /// <inheritdoc />
    public Task<FollowUpTask?> GetAsync(TaskId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Find(id) is { } snapshot ? FollowUpTask.Rehydrate(snapshot) : null);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        Guard.Against.Null(task);
        if (task.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a task that was never saved can be added; use SaveAsync.", nameof(task));
        }
        return Task.FromResult(_store.Add(task.ToSnapshot(), task.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        Guard.Against.Null(task);
        return Task.FromResult(_store.Save(task.ToSnapshot(), task.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Page<FollowUpTask>> FindByEmployeeAsync(EmployeeId employee, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.Participants.Includes(employee), page, cancellationToken);

    /// <inheritdoc />
    public Task<Page<FollowUpTask>> FindOverdueAsync(Instant now, DateTimeZone evaluationZone, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(evaluationZone);
        return Query(s => s.IsOverdue(now, evaluationZone), page, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<FollowUpTask>> FindByLinkAsync(RecordLink link, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(link);
        return Query(s => s.Links.Contains(link), page, cancellationToken);
    }

    private Task<Page<FollowUpTask>> Query(Func<TaskSnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(_store.Query(predicate, page, FollowUpTask.Rehydrate, cancellationToken));
}
