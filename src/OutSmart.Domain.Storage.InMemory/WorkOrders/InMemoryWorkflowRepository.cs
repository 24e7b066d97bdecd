using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="IWorkflowRepository"/> for published workflow versions.</summary>
/// <remarks>Published versions are immutable, so the instances themselves are stored and shared. All members are
/// safe to call from several threads. Nothing survives the process.</remarks>
public sealed class InMemoryWorkflowRepository : IWorkflowRepository
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<WorkflowId, Workflow> _workflows = new();

    /// <inheritdoc />
    public Task<Workflow?> GetAsync(WorkflowId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_workflows.GetValueOrDefault(id));
    }

    /// <inheritdoc />
    public Task<Workflow?> FindLatestPublishedAsync(string workType, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Workflow? latest = _workflows.Values
            .Where(w => string.Equals(w.WorkType, workType?.Trim(), StringComparison.Ordinal))
            .MaxBy(w => w.Version);
        return Task.FromResult(latest);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, WorkflowVersionImmutable>> AddAsync(Workflow workflow, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(workflow);
        if (!workflow.IsPublished)
        {
            throw new ArgumentException("Only published workflow versions are stored.", nameof(workflow));
        }
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (_workflows.ContainsKey(workflow.Id)
                || _workflows.Values.Any(w => w.WorkType == workflow.WorkType && w.Version == workflow.Version))
            {
                return Task.FromResult<OneOf<Success, WorkflowVersionImmutable>>(new WorkflowVersionImmutable(workflow.Id, workflow.Version));
            }
            _workflows[workflow.Id] = workflow;
        }
        return Task.FromResult<OneOf<Success, WorkflowVersionImmutable>>(new Success());
    }
}
