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
    private readonly SnapshotStore<WorkflowId, WorkflowSnapshot> _store = new(
        nameof(Workflow),
        idOf: static s => s.Id,
        guidOf: static id => id.Value,
        versionOf: static s => s.Version,
        withVersion: static (s, version) => s.WithVersion(version),
        order: static (a, b) => a.Revision.CompareTo(b.Revision));

    private readonly Dictionary<(string WorkType, int Revision), WorkflowId> _revisions = []; // guarded by the store's lock

    /// <summary>Gets how many workflow revisions are stored.</summary>
    public int Count => _store.Count;

    /// <inheritdoc />
    public Task<Workflow?> GetAsync(WorkflowId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Find(id) is { } snapshot ? Workflow.Rehydrate(snapshot) : null);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>> AddAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workflow);
        if (workflow.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a workflow that was never saved can be added; use SaveAsync.", nameof(workflow));
        }
        return Task.FromResult(_store.Add(workflow.ToSnapshot(), ClaimRevision, workflow.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workflow);
        // Work type and revision cannot change on an aggregate, so the uniqueness index stays valid.
        return Task.FromResult(_store.Save(workflow.ToSnapshot(), workflow.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Workflow?> FindLatestPublishedAsync(string workType, CancellationToken cancellationToken)
    {
        string key = Guard.Against.NullOrWhiteSpace(workType).Trim();
        cancellationToken.ThrowIfCancellationRequested();
        WorkflowSnapshot? latest = null;
        foreach (WorkflowSnapshot snapshot in _store.Snapshots)
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
        return Task.FromResult(_store.Query(s => s.WorkType == key, page, Workflow.Rehydrate, cancellationToken));
    }

    // Runs under the store's lock: refuses a work type and revision that are stored already, or records them.
    private WorkflowRevisionExists? ClaimRevision(WorkflowSnapshot snapshot)
    {
        if (_revisions.TryGetValue((snapshot.WorkType, snapshot.Revision), out WorkflowId taken))
        {
            return new WorkflowRevisionExists(snapshot.WorkType, snapshot.Revision, taken);
        }
        _revisions.Add((snapshot.WorkType, snapshot.Revision), snapshot.Id);
        return null;
    }
}
