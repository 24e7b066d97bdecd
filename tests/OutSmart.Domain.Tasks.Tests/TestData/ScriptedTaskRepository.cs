using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.TestData;

/// <summary>
/// A small snapshot store for the <see cref="TaskCommands"/> tests that counts loads and saves and can let "someone
/// else" save first, between a load and the next save. It keeps no reference to a caller's task.
/// </summary>
public sealed class ScriptedTaskRepository : ITaskRepository
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TaskId, TaskSnapshot> _tasks = [];

    /// <summary>Gets how many times <see cref="GetAsync"/> was called.</summary>
    public int Loads { get; private set; }

    /// <summary>Gets how many saves were stored.</summary>
    public int Saves { get; private set; }

    /// <summary>Gets or sets a change that another writer saves just before each of the next saves, as long as it is set.</summary>
    public Action<FollowUpTask>? SomeoneElseSavesFirst { get; set; }

    /// <summary>Gets or sets how many saves <see cref="SomeoneElseSavesFirst"/> still interferes with.</summary>
    public int Interferences { get; set; }

    public TaskSnapshot? Stored(TaskId id)
    {
        lock (_lock)
        {
            return _tasks.GetValueOrDefault(id);
        }
    }

    public Task<FollowUpTask?> GetAsync(TaskId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            Loads++;
            return Task.FromResult(_tasks.TryGetValue(id, out TaskSnapshot? s) ? FollowUpTask.Rehydrate(s) : null);
        }
    }

    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (_tasks.TryGetValue(task.Id, out TaskSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new ConcurrencyConflict(nameof(FollowUpTask), task.Id.Value, task.Version, existing.Version));
            }
            Store(task);
            return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
        }
    }

    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (SomeoneElseSavesFirst is { } other && Interferences > 0 && _tasks.TryGetValue(task.Id, out TaskSnapshot? current))
            {
                Interferences--;
                var theirs = FollowUpTask.Rehydrate(current);
                other(theirs);
                Store(theirs);
            }
            if (!_tasks.TryGetValue(task.Id, out TaskSnapshot? existing) || existing.Version != task.Version)
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new ConcurrencyConflict(nameof(FollowUpTask), task.Id.Value, task.Version, existing?.Version));
            }
            Store(task);
            Saves++;
            return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
        }
    }

    public Task<Page<FollowUpTask>> FindByEmployeeAsync(EmployeeId employee, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.Participants.Includes(employee), page, cancellationToken);

    public Task<Page<FollowUpTask>> FindOverdueAsync(Instant now, DateTimeZone evaluationZone, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.IsOverdue(now, evaluationZone), page, cancellationToken);

    public Task<Page<FollowUpTask>> FindByLinkAsync(RecordLink link, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.Links.Contains(link), page, cancellationToken);

    private Task<Page<FollowUpTask>> Query(Func<TaskSnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var matches = _tasks.Values.Where(predicate).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id.Value).ToList();
            FollowUpTask[] items = [.. matches.Skip(page.Offset).Take(page.Limit).Select(FollowUpTask.Rehydrate)];
            return Task.FromResult(new Page<FollowUpTask>(items, page, matches.Count));
        }
    }

    private void Store(FollowUpTask task)
    {
        AggregateVersion next = task.Version.Next();
        _tasks[task.Id] = task.ToSnapshot().WithVersion(next);
        task.MarkSaved(next);
    }
}
