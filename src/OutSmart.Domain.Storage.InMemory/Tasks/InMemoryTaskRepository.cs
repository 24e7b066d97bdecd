using System.Collections.Concurrent;
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
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<TaskId, TaskSnapshot> _tasks = new();

    /// <summary>Gets how many tasks are stored.</summary>
    public int Count => _tasks.Count;

    /// <inheritdoc />
    public Task<FollowUpTask?> GetAsync(TaskId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _tasks.TryGetValue(id, out TaskSnapshot? snapshot);
        return Task.FromResult(snapshot is null ? null : FollowUpTask.Rehydrate(snapshot));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        Guard.Against.Null(task);
        if (task.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a task that was never saved can be added; use SaveAsync.", nameof(task));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = task.Version.Next();
        TaskSnapshot snapshot = task.ToSnapshot().WithVersion(next);
        lock (_lock)
        {
            if (_tasks.TryGetValue(task.Id, out TaskSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(task, existing.Version));
            }
            _tasks[task.Id] = snapshot;
        }
        task.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        Guard.Against.Null(task);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = task.Version.Next();
        TaskSnapshot snapshot = task.ToSnapshot().WithVersion(next);
        lock (_lock)
        {
            if (!_tasks.TryGetValue(task.Id, out TaskSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(task, null));
            }
            if (existing.Version != task.Version)
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(task, existing.Version));
            }
            _tasks[task.Id] = snapshot;
        }
        task.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
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

    private Task<Page<FollowUpTask>> Query(Func<TaskSnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = new List<TaskSnapshot>();
        // Values is a moment-in-time copy; writes made meanwhile are not seen.
        foreach (TaskSnapshot snapshot in _tasks.Values)
        {
            if (predicate(snapshot))
            {
                matches.Add(snapshot);
            }
        }
        matches.Sort(static (a, b) =>
        {
            int byCreation = a.CreatedAt.CompareTo(b.CreatedAt);
            return byCreation != 0 ? byCreation : a.Id.Value.CompareTo(b.Id.Value);
        });
        var items = new List<FollowUpTask>(Math.Min(page.Limit, Math.Max(0, matches.Count - page.Offset)));
        for (int i = page.Offset; i < matches.Count && items.Count < page.Limit; i++)
        {
            items.Add(FollowUpTask.Rehydrate(matches[i]));
        }
        return Task.FromResult(new Page<FollowUpTask>(items.AsReadOnly(), page, matches.Count));
    }

    private static ConcurrencyConflict Conflict(FollowUpTask task, AggregateVersion? actual) =>
        new(nameof(FollowUpTask), task.Id.Value, task.Version, actual);
}
