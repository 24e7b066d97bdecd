using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The complete state of a <see cref="Workflow"/> as plain immutable data, for storage adapters.</summary>
/// <remarks>
/// <para>Get one with <see cref="Workflow.ToSnapshot"/> and turn it back into a workflow with
/// <see cref="Workflow.Rehydrate"/>, which checks it. A snapshot never shares mutable state with a workflow, so an
/// adapter can keep it and hand out a fresh workflow on every read.</para>
/// <para>Two snapshots are equal when all their values are equal, steps compared item by item in order (a default
/// <see cref="ImmutableArray{T}"/> equals only another default one).</para>
/// </remarks>
/// <param name="Id">The revision's id.</param>
/// <param name="Version">The stored optimistic-concurrency version.</param>
/// <param name="WorkType">The work type, trimmed.</param>
/// <param name="Revision">The revision number, 1 or more.</param>
/// <param name="IsSequential">Whether steps must be done in order (WO-04).</param>
/// <param name="Steps">The steps in order.</param>
/// <param name="PublishedAt">When it was published, or <see langword="null"/> for a draft.</param>
/// <param name="PublishedBy">Who published it, set together with <paramref name="PublishedAt"/>.</param>
public sealed record WorkflowSnapshot(
    WorkflowId Id,
    AggregateVersion Version,
    string WorkType,
    int Revision,
    bool IsSequential,
    ImmutableArray<WorkflowStep> Steps,
    Instant? PublishedAt,
    EmployeeId? PublishedBy)
{
    /// <summary>Gets a value indicating whether the snapshot is of a published revision.</summary>
    public bool IsPublished => PublishedAt is not null;

    /// <summary>Returns the same snapshot with another version; for adapters that store the version they assign on save.</summary>
    /// <param name="version">The version to store.</param>
    /// <returns>A snapshot equal to this one except for <see cref="Version"/>.</returns>
    public WorkflowSnapshot WithVersion(AggregateVersion version) => this with { Version = version };

    /// <inheritdoc />
    public bool Equals(WorkflowSnapshot? other) =>
        other is not null
        && Id == other.Id && Version == other.Version && WorkType == other.WorkType && Revision == other.Revision
        && IsSequential == other.IsSequential && PublishedAt == other.PublishedAt && PublishedBy == other.PublishedBy
        && (Steps.IsDefault ? other.Steps.IsDefault : !other.Steps.IsDefault && Steps.SequenceEqual(other.Steps));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, WorkType, Revision, Steps.IsDefault ? -1 : Steps.Length);
}
