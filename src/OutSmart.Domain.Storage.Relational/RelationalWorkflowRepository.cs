using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="IWorkflowRepository"/> over a relational database (table <c>workflows</c>).</summary>
/// <remarks>
/// <para>Each add or save is one transaction, compared on version (<c>UPDATE … WHERE id = @id AND version =
/// @expected</c>). Work type and revision are unique in the database, so the insert itself refuses a second revision
/// with the same number, also when two processes race.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalWorkflowRepository : IWorkflowRepository
{
    private readonly AggregateRows<WorkflowSnapshot> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalWorkflowRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<WorkflowSnapshot>(store, nameof(Workflow), store.Dialect.SelectWorkflowVersion);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<Workflow?> GetAsync(WorkflowId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WorkflowSnapshot? snapshot = await _rows.FindAsync(Dialect.SelectWorkflow, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : Workflow.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>> AddAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workflow);
        if (workflow.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a workflow that was never saved can be added; use SaveAsync.", nameof(workflow));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = workflow.Version.Next();
        WorkflowSnapshot stored = workflow.ToSnapshot().WithVersion(next);
        (string, object?)[] row =
        [
            ("id", Keys.Id(stored.Id.Value)),
            ("version", stored.Version.Value),
            ("work_type", stored.WorkType),
            ("revision", stored.Revision),
            ("is_published", stored.IsPublished),
            ("snapshot", SnapshotJson.Write(stored)),
        ];
        var inserted = await _rows.InsertAsync(Dialect.InsertWorkflow, row, AggregateRows<WorkflowSnapshot>.NoSideRows, cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<WorkflowSnapshot>.Insert.UniqueViolation)
        {
            if (await _rows.ConflictOnAddAsync(stored.Id.Value, CancellationToken.None).ConfigureAwait(false) is { } conflict)
            {
                return conflict;
            }
            string taken = await _rows.TextAsync(Dialect.SelectWorkflowIdByRevision, [("work_type", stored.WorkType), ("revision", stored.Revision)], CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"A unique index refused workflow {stored.Id.Value}, but neither its id nor its revision is stored.");
            return new WorkflowRevisionExists(stored.WorkType, stored.Revision, new WorkflowId(Guid.Parse(taken)));
        }
        workflow.MarkSaved(next);
        return new Success();
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        Guard.Against.Null(workflow);
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion loaded = workflow.Version;
        AggregateVersion next = loaded.Next();
        WorkflowSnapshot stored = workflow.ToSnapshot().WithVersion(next);
        (string, object?)[] row =
        [
            ("id", Keys.Id(stored.Id.Value)),
            ("expected", loaded.Value),
            ("version", stored.Version.Value),
            ("is_published", stored.IsPublished),
            ("snapshot", SnapshotJson.Write(stored)),
        ];
        // Work type and revision cannot change on an aggregate, so the unique index stays valid.
        return await _rows.SaveAsync(
            new(Dialect.UpdateWorkflow, row, stored.Id.Value, loaded, AggregateRows<WorkflowSnapshot>.NoSideRows), workflow.MarkSaved, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Workflow?> FindLatestPublishedAsync(string workType, CancellationToken cancellationToken)
    {
        string key = Guard.Against.NullOrWhiteSpace(workType).Trim();
        cancellationToken.ThrowIfCancellationRequested();
        WorkflowSnapshot? snapshot = await _rows.FindAsync(Dialect.SelectLatestPublishedWorkflow, [("work_type", key)], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : Workflow.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public Task<Page<Workflow>> FindByWorkTypeAsync(string workType, PageRequest page, CancellationToken cancellationToken)
    {
        string key = Guard.Against.NullOrWhiteSpace(workType).Trim();
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectWorkflowsByWorkType, Dialect.CountWorkflowsByWorkType, [("work_type", key)], page, Workflow.Rehydrate, cancellationToken);
    }
}
