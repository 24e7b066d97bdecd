using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="IWorkflowRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Workflows are kept as <see cref="WorkflowSnapshot"/>s, so a caller never holds the stored state: every read
/// rehydrates a new <see cref="Workflow"/>, and a change (a step added to a draft, a publication) is visible to others
/// only after a successful save.</para>
/// <para>All members are safe to call from several threads. Writes check the version and the uniqueness of work type
/// and revision, and store under a lock; reads do not wait for writes. Queries scan a moment-in-time copy of the
/// stored snapshots, so they cost O(n) in the number of stored revisions.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryWorkflowRepository : IWorkflowRepository
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<WorkflowId, WorkflowSnapshot> _workflows = new();
    private readonly Dictionary<(string WorkType, int Revision), WorkflowId> _revisions = []; // guarded by _lock

    /// <summary>Gets how many workflow revisions are stored.</summary>
    public int Count => _workflows.Count;

    /// <inheritdoc />
    public Task<Workflow?> GetAsync(WorkflowId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _workflows.TryGetValue(id, out WorkflowSnapshot? snapshot);
        return Task.FromResult(snapshot is null ? null : Workflow.Rehydrate(snapshot));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>> AddAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workflow);
        if (workflow.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a workflow that was never saved can be added; use SaveAsync.", nameof(workflow));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = workflow.Version.Next();
        WorkflowSnapshot snapshot = workflow.ToSnapshot().WithVersion(next);
        lock (_lock)
        {
            if (_workflows.TryGetValue(workflow.Id, out WorkflowSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>>(Conflict(workflow, existing.Version));
            }
            if (_revisions.TryGetValue((snapshot.WorkType, snapshot.Revision), out WorkflowId taken))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>>(new WorkflowRevisionExists(snapshot.WorkType, snapshot.Revision, taken));
            }
            _revisions.Add((snapshot.WorkType, snapshot.Revision), snapshot.Id);
            _workflows[workflow.Id] = snapshot;
        }
        workflow.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>>(new Success());
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workflow);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = workflow.Version.Next();
        WorkflowSnapshot snapshot = workflow.ToSnapshot().WithVersion(next);
        lock (_lock)
        {
            if (!_workflows.TryGetValue(workflow.Id, out WorkflowSnapshot? existing))
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(workflow, null));
            }
            if (existing.Version != workflow.Version)
            {
                return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(Conflict(workflow, existing.Version));
            }
            // Work type and revision cannot change on an aggregate, so the uniqueness index stays valid.
            _workflows[workflow.Id] = snapshot;
        }
        workflow.MarkSaved(next);
        return Task.FromResult<OneOf<Success, ConcurrencyConflict>>(new Success());
    }

    /// <inheritdoc />
    public Task<Workflow?> FindLatestPublishedAsync(string workType, CancellationToken cancellationToken)
    {
        string key = Guard.Against.NullOrWhiteSpace(workType).Trim();
        cancellationToken.ThrowIfCancellationRequested();
        WorkflowSnapshot? latest = null;
        foreach (WorkflowSnapshot snapshot in _workflows.Values)
        {
            if (snapshot.IsPublished && snapshot.WorkType == key && (latest is null || snapshot.Revision > latest.Revision))
            {
                latest = snapshot;
            }
        }
        return Task.FromResult(latest is null ? null : Workflow.Rehydrate(latest));
    }

    /// <inheritdoc />
    public Task<Page<Workflow>> FindByWorkTypeAsync(string workType, PageRequest page, CancellationToken cancellationToken)
    {
        string key = Guard.Against.NullOrWhiteSpace(workType).Trim();
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        // Values is a moment-in-time copy; writes made meanwhile are not seen.
        var matches = _workflows.Values.Where(s => s.WorkType == key).ToList();
        matches.Sort(static (a, b) =>
        {
            int byRevision = a.Revision.CompareTo(b.Revision);
            return byRevision != 0 ? byRevision : a.Id.Value.CompareTo(b.Id.Value);
        });
        var items = new List<Workflow>(Math.Min(page.Limit, Math.Max(0, matches.Count - page.Offset)));
        for (int i = page.Offset; i < matches.Count && items.Count < page.Limit; i++)
        {
            items.Add(Workflow.Rehydrate(matches[i]));
        }
        return Task.FromResult(new Page<Workflow>(items.AsReadOnly(), page, matches.Count));
    }

    private static ConcurrencyConflict Conflict(Workflow workflow, AggregateVersion? actual) =>
        new(nameof(Workflow), workflow.Id.Value, workflow.Version, actual);
}
