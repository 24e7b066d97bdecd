using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The complete state of a <see cref="Workflow"/> as plain immutable data, for storage adapters.</summary>
/// <remarks>
/// <para>Get one with <see cref="Workflow.ToSnapshot"/> and turn it back into a workflow with
/// <see cref="Workflow.Rehydrate"/>, which checks it. A snapshot never shares mutable state with a workflow, so an
/// adapter can keep it and hand out a fresh workflow on every read.</para>
/// <para>A <see cref="WorkOrder"/> keeps the snapshot of the published revision it was planned with
/// (<see cref="WorkOrder.Workflow"/>): plain data that a caller cannot change, unlike the workflow aggregate.</para>
/// <para>Two snapshots are equal when all their values are equal, steps compared item by item in order (a default
/// <see cref="ImmutableArray{T}"/> equals only another default one).</para>
/// </remarks>
public sealed record WorkflowSnapshot
{
    /// <summary>Creates a snapshot; nothing is checked until <see cref="Workflow.Rehydrate"/>.</summary>
    /// <param name="id">The revision's id.</param>
    /// <param name="version">The stored optimistic-concurrency version.</param>
    /// <param name="workType">The work type, trimmed.</param>
    /// <param name="revision">The revision number, 1 or more.</param>
    /// <param name="isSequential">Whether steps must be done in order (WO-04).</param>
    /// <param name="steps">The steps in order.</param>
    /// <param name="publishedAt">When it was published, or <see langword="null"/> for a draft.</param>
    /// <param name="publishedBy">Who published it, set together with <paramref name="publishedAt"/>.</param>
    public WorkflowSnapshot(
        WorkflowId id,
        AggregateVersion version,
        string workType,
        int revision,
        bool isSequential,
        ImmutableArray<WorkflowStep> steps,
        Instant? publishedAt,
        EmployeeId? publishedBy)
    {
        Id = id;
        Version = version;
        WorkType = workType;
        Revision = revision;
        IsSequential = isSequential;
        Steps = steps;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    /// <summary>Gets the revision's id.</summary>
    public WorkflowId Id { get; }

    /// <summary>Gets the stored optimistic-concurrency version.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets the work type.</summary>
    public string WorkType { get; }

    /// <summary>Gets the revision number.</summary>
    public int Revision { get; }

    /// <summary>Gets a value indicating whether steps must be done in order.</summary>
    public bool IsSequential { get; }

    /// <summary>Gets the steps in order.</summary>
    public ImmutableArray<WorkflowStep> Steps { get; }

    /// <summary>Gets when the revision was published, or <see langword="null"/> for a draft.</summary>
    public Instant? PublishedAt { get; }

    /// <summary>Gets who published the revision, or <see langword="null"/> for a draft.</summary>
    public EmployeeId? PublishedBy { get; }

    /// <summary>Gets a value indicating whether the snapshot is of a published revision.</summary>
    public bool IsPublished => PublishedAt is not null;

    /// <summary>Finds a step by id.</summary>
    /// <param name="stepId">The step id, compared ordinally.</param>
    /// <returns>The step, or <see langword="null"/> when the snapshot has none with that id (or its steps are missing).</returns>
    public WorkflowStep? FindStep(string stepId)
    {
        if (Steps.IsDefault)
        {
            return null;
        }
        foreach (WorkflowStep step in Steps)
        {
            if (step?.Id == stepId)
            {
                return step;
            }
        }
        return null;
    }

    /// <summary>Returns the same snapshot with another version; for adapters that store the version they assign on save.</summary>
    /// <param name="version">The version to store.</param>
    /// <returns>A snapshot equal to this one except for <see cref="Version"/>.</returns>
    public WorkflowSnapshot WithVersion(AggregateVersion version) =>
        new(Id, version, WorkType, Revision, IsSequential, Steps, PublishedAt, PublishedBy);

    /// <inheritdoc />
    public bool Equals(WorkflowSnapshot? other) =>
        other is not null
        && Id == other.Id && Version == other.Version && WorkType == other.WorkType && Revision == other.Revision
        && IsSequential == other.IsSequential && PublishedAt == other.PublishedAt && PublishedBy == other.PublishedBy
        && (Steps.IsDefault ? other.Steps.IsDefault : !other.Steps.IsDefault && Steps.SequenceEqual(other.Steps));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, WorkType, Revision, Steps.IsDefault ? -1 : Steps.Length);
}
