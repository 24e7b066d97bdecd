using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class Workflow
{
    /// <summary>Turns a stored snapshot back into a workflow, without events; for storage adapters.</summary>
    /// <param name="snapshot">The snapshot, as returned by <see cref="ToSnapshot"/>.</param>
    /// <returns>A new workflow instance that shares no mutable state with the snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentException">The snapshot breaks an invariant the commands keep: an empty id, a blank or
    /// untrimmed work type, a revision below 1, a missing (default) or null step, a step the commands would refuse
    /// (a repeated step or field id, a condition on a field that no earlier step has), a published revision without
    /// steps, or <see cref="WorkflowSnapshot.PublishedAt"/> and <see cref="WorkflowSnapshot.PublishedBy"/> not set
    /// together (or an empty publisher).</exception>
    public static Workflow Rehydrate(WorkflowSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Check(!snapshot.Id.IsEmpty, "The workflow id must not be empty.");
        Check(!string.IsNullOrWhiteSpace(snapshot.WorkType) && snapshot.WorkType == snapshot.WorkType.Trim(), "The work type must be a trimmed, non-blank text.");
        Check(snapshot.Revision >= 1, "The revision must be 1 or more.");
        Check(!snapshot.Steps.IsDefault, "The steps are missing.");
        Check(!snapshot.Steps.Contains(null!), "A step is null.");
        for (int i = 0; i < snapshot.Steps.Length; i++)
        {
            if (CheckStep(snapshot.Steps.Take(i), snapshot.Steps[i]) is { } invalid)
            {
                throw new ArgumentException($"Step \"{invalid.StepId}\" is invalid: {invalid.Reason}.", nameof(snapshot));
            }
        }
        Check(snapshot.PublishedAt.HasValue == snapshot.PublishedBy.HasValue, "PublishedAt and PublishedBy go together.");
        Check(snapshot.PublishedBy is not { IsEmpty: true }, "The publisher must not be the empty id.");
        Check(snapshot.PublishedAt is null || !snapshot.Steps.IsEmpty, "A published workflow has at least one step.");
        return new Workflow(snapshot);

        static void Check(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(snapshot));
            }
        }
    }

    /// <summary>Returns the workflow's complete state as immutable data, for storage adapters.</summary>
    /// <returns>A snapshot that <see cref="Rehydrate"/> turns back into an equal workflow.</returns>
    public WorkflowSnapshot ToSnapshot() =>
        new(Id, Version, WorkType, Revision, IsSequential, [.. _steps], PublishedAt, PublishedBy);

    /// <summary>Records that a storage adapter saved the workflow; for storage adapters.</summary>
    /// <param name="savedVersion">The version now stored: the workflow's <see cref="Version"/> plus one.</param>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> does not follow <see cref="Version"/>.</exception>
    public void MarkSaved(AggregateVersion savedVersion) => Version = Version.ConfirmSaved(savedVersion);

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();
}
