using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The storage port for workflow revisions, drafts and published ones; adapters live in <c>OutSmart.Domain.Storage.*</c> packages.</summary>
/// <remarks>
/// <para>Saving compares versions (optimistic concurrency): <see cref="AddAsync"/> and <see cref="SaveAsync"/> store
/// the workflow only when the stored version equals the workflow's <see cref="Workflow.Version"/>, then call
/// <see cref="Workflow.MarkSaved"/> with the next version. Domain events are left on the workflow for the host to
/// dispatch.</para>
/// <para>A work type has at most one revision with a given number: <see cref="AddAsync"/> refuses a second one with
/// <see cref="WorkflowRevisionExists"/> (an adapter lets a unique index on work type and revision decide).</para>
/// <para>Every read returns a new workflow instance: changing it changes nothing in storage until it is saved.
/// Work types are compared ordinally after trimming the argument.</para>
/// <para>Queries are paged and ordered deterministically: by <see cref="Workflow.Revision"/>, then by the id's
/// <see cref="Guid"/> order (<see cref="Guid.CompareTo(Guid)"/>).</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface IWorkflowRepository
{
    /// <summary>Reads one workflow revision.</summary>
    /// <param name="id">The revision's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The workflow, or <see langword="null"/> when there is none with this id.</returns>
    Task<Workflow?> GetAsync(WorkflowId id, CancellationToken cancellationToken);

    /// <summary>Stores a new workflow revision, draft or published.</summary>
    /// <param name="workflow">A workflow that was never saved (<see cref="AggregateVersion.New"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>; <see cref="ConcurrencyConflict"/> when a workflow with this id is already stored;
    /// or <see cref="WorkflowRevisionExists"/> when another workflow of the same work type has the same revision number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workflow"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="workflow"/> was saved before.</exception>
    Task<OneOf<Success, ConcurrencyConflict, WorkflowRevisionExists>> AddAsync(Workflow workflow, CancellationToken cancellationToken);

    /// <summary>Stores the changes of a workflow that was read from this repository (steps added to a draft, publication).</summary>
    /// <param name="workflow">The changed workflow.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when someone saved it first or it no longer exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workflow"/> is null.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Workflow workflow, CancellationToken cancellationToken);

    /// <summary>Finds the published revision with the highest number for a work type; drafts are skipped.</summary>
    /// <param name="workType">The work type; trimmed before comparing.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The latest published revision, or <see langword="null"/> when the work type has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="workType"/> is blank.</exception>
    Task<Workflow?> FindLatestPublishedAsync(string workType, CancellationToken cancellationToken);

    /// <summary>Lists every revision of a work type, drafts and published ones, by revision number.</summary>
    /// <param name="workType">The work type; trimmed before comparing.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workType"/> or <paramref name="page"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="workType"/> is blank.</exception>
    Task<Page<Workflow>> FindByWorkTypeAsync(string workType, PageRequest page, CancellationToken cancellationToken);
}
