using OneOf;
using OneOf.Types;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Looks up published workflow versions.</summary>
/// <remarks>Published versions are immutable, so an adapter may cache them freely.</remarks>
public interface IWorkflowRepository
{
    /// <summary>Loads one workflow version.</summary>
    /// <param name="id">The version id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The workflow, or <see langword="null"/>.</returns>
    Task<Workflow?> GetAsync(WorkflowId id, CancellationToken cancellationToken = default);

    /// <summary>Finds the published version with the highest number for a work type.</summary>
    /// <param name="workType">The work type.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The latest published version, or <see langword="null"/>.</returns>
    Task<Workflow?> FindLatestPublishedAsync(string workType, CancellationToken cancellationToken = default);

    /// <summary>Stores a published workflow version.</summary>
    /// <param name="workflow">A published version.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="Success"/>, or <see cref="WorkflowVersionImmutable"/> when a version with the same id or the same work type and number is already stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="workflow"/> is a draft.</exception>
    Task<OneOf<Success, WorkflowVersionImmutable>> AddAsync(Workflow workflow, CancellationToken cancellationToken = default);
}
