using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The complete state of a <see cref="WorkOrder"/> as plain immutable data, for storage adapters:
/// <see cref="WorkOrder.ToSnapshot"/> writes it and <see cref="WorkOrder.Rehydrate"/> checks and reads it.</summary>
/// <remarks>
/// <para>A snapshot never shares mutable state with a work order, so an adapter can keep it and hand out a fresh work
/// order on every read. The workflow is the published revision's own immutable <see cref="WorkflowSnapshot"/>, never
/// the workflow aggregate.</para>
/// <para>Two snapshots are equal when all their values are equal, collections compared item by item in order and the
/// workflow by value (<see cref="WorkflowSnapshot.Equals(WorkflowSnapshot?)"/>).</para>
/// </remarks>
public sealed record WorkOrderSnapshot
{
    /// <summary>Creates a snapshot; <see cref="WorkOrder.Rehydrate"/> checks it.</summary>
    /// <param name="id">The work order id.</param>
    /// <param name="version">The stored version.</param>
    /// <param name="number">The number.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="assetId">The asset, or <see langword="null"/>.</param>
    /// <param name="origin">The origin.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="workflow">The snapshot of the published workflow version (<see cref="Workflow.ToSnapshot"/>).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="status">The status.</param>
    /// <param name="plannedAt">When the work order was planned.</param>
    /// <param name="plannedBy">Who planned the work order.</param>
    /// <param name="assignedEmployees">The assigned employees in order.</param>
    /// <param name="answers">The canonical answers by field id, sorted by field id.</param>
    /// <param name="notes">The notes by step id (empty for general notes), sorted by step id.</param>
    /// <param name="materials">The materials in registration order.</param>
    /// <param name="hours">The hours in registration order.</param>
    /// <param name="photos">The photos in the order they were added.</param>
    /// <param name="runningTimers">The running timers in the order they were started.</param>
    /// <param name="stepMarks">The step marks, sorted by step id.</param>
    /// <param name="formResults">The overall form results by step id, sorted by step id (WO-10).</param>
    /// <param name="signature">The signature, or <see langword="null"/>.</param>
    /// <param name="sentWith">The send id, or <see langword="null"/> before sending.</param>
    /// <param name="sentAt">The moment of sending, or <see langword="null"/> before sending.</param>
    public WorkOrderSnapshot(
        WorkOrderId id,
        AggregateVersion version,
        string number,
        CustomerId customerId,
        AssetId? assetId,
        WorkOrderOrigin origin,
        WorkOrderSchedule schedule,
        WorkflowSnapshot workflow,
        WorkOrderPolicy policy,
        WorkOrderStatus status,
        Instant plannedAt,
        EmployeeId plannedBy,
        ImmutableArray<EmployeeId> assignedEmployees,
        ImmutableArray<KeyValuePair<string, string>> answers,
        ImmutableArray<KeyValuePair<string, string>> notes,
        ImmutableArray<MaterialLine> materials,
        ImmutableArray<HourRegistration> hours,
        ImmutableArray<PhotoReference> photos,
        ImmutableArray<RunningTimer> runningTimers,
        ImmutableArray<StepMark> stepMarks,
        ImmutableArray<KeyValuePair<string, FormResult>> formResults,
        Signature? signature,
        SendId? sentWith,
        Instant? sentAt)
    {
        Id = id;
        Version = version;
        Number = number;
        CustomerId = customerId;
        AssetId = assetId;
        Origin = origin;
        Schedule = schedule;
        Workflow = workflow;
        Policy = policy;
        Status = status;
        PlannedAt = plannedAt;
        PlannedBy = plannedBy;
        AssignedEmployees = assignedEmployees;
        Answers = answers;
        Notes = notes;
        Materials = materials;
        Hours = hours;
        Photos = photos;
        RunningTimers = runningTimers;
        StepMarks = stepMarks;
        FormResults = formResults;
        Signature = signature;
        SentWith = sentWith;
        SentAt = sentAt;
    }

    /// <summary>Gets the work order id.</summary>
    public WorkOrderId Id { get; }

    /// <summary>Gets the stored version.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets the number.</summary>
    public string Number { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the asset, or <see langword="null"/>.</summary>
    public AssetId? AssetId { get; }

    /// <summary>Gets the origin.</summary>
    public WorkOrderOrigin Origin { get; }

    /// <summary>Gets the schedule.</summary>
    public WorkOrderSchedule Schedule { get; }

    /// <summary>Gets the snapshot of the published workflow version the work order keeps.</summary>
    public WorkflowSnapshot Workflow { get; }

    /// <summary>Gets the policy.</summary>
    public WorkOrderPolicy Policy { get; }

    /// <summary>Gets the status.</summary>
    public WorkOrderStatus Status { get; }

    /// <summary>Gets when the work order was planned.</summary>
    public Instant PlannedAt { get; }

    /// <summary>Gets who planned the work order.</summary>
    public EmployeeId PlannedBy { get; }

    /// <summary>Gets the assigned employees in order.</summary>
    public ImmutableArray<EmployeeId> AssignedEmployees { get; }

    /// <summary>Gets the canonical answers by field id, sorted by field id.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Answers { get; }

    /// <summary>Gets the notes by step id (empty for general notes), sorted by step id.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Notes { get; }

    /// <summary>Gets the materials in registration order.</summary>
    public ImmutableArray<MaterialLine> Materials { get; }

    /// <summary>Gets the hours in registration order.</summary>
    public ImmutableArray<HourRegistration> Hours { get; }

    /// <summary>Gets the photos in the order they were added.</summary>
    public ImmutableArray<PhotoReference> Photos { get; }

    /// <summary>Gets the running timers in the order they were started.</summary>
    public ImmutableArray<RunningTimer> RunningTimers { get; }

    /// <summary>Gets the step marks, sorted by step id.</summary>
    public ImmutableArray<StepMark> StepMarks { get; }

    /// <summary>Gets the overall form results by step id, sorted by step id (WO-10).</summary>
    public ImmutableArray<KeyValuePair<string, FormResult>> FormResults { get; }

    /// <summary>Gets the signature, or <see langword="null"/>.</summary>
    public Signature? Signature { get; }

    /// <summary>Gets the send id, or <see langword="null"/> before sending.</summary>
    public SendId? SentWith { get; }

    /// <summary>Gets the moment of sending, or <see langword="null"/> before sending.</summary>
    public Instant? SentAt { get; }

    /// <summary>Returns the same snapshot with another version; for adapters that store the version they assign on save.</summary>
    /// <param name="version">The version to store.</param>
    /// <returns>A snapshot equal to this one except for <see cref="Version"/>.</returns>
    public WorkOrderSnapshot WithVersion(AggregateVersion version) => new(
        Id,
        version,
        Number,
        CustomerId,
        AssetId,
        Origin,
        Schedule,
        Workflow,
        Policy,
        Status,
        PlannedAt,
        PlannedBy,
        AssignedEmployees,
        Answers,
        Notes,
        Materials,
        Hours,
        Photos,
        RunningTimers,
        StepMarks,
        FormResults,
        Signature,
        SentWith,
        SentAt);

    /// <inheritdoc />
    public bool Equals(WorkOrderSnapshot? other) =>
        other is not null
        && Id == other.Id
        && Version == other.Version
        && string.Equals(Number, other.Number, StringComparison.Ordinal)
        && CustomerId == other.CustomerId
        && Equals(AssetId, other.AssetId)
        && Equals(Origin, other.Origin)
        && Equals(Schedule, other.Schedule)
        && Equals(Workflow, other.Workflow)
        && Equals(Policy, other.Policy)
        && Status == other.Status
        && PlannedAt == other.PlannedAt
        && PlannedBy == other.PlannedBy
        && AssignedEmployees.SequenceEqual(other.AssignedEmployees)
        && Answers.SequenceEqual(other.Answers)
        && Notes.SequenceEqual(other.Notes)
        && Materials.SequenceEqual(other.Materials)
        && Hours.SequenceEqual(other.Hours)
        && Photos.SequenceEqual(other.Photos)
        && RunningTimers.SequenceEqual(other.RunningTimers)
        && StepMarks.SequenceEqual(other.StepMarks)
        && FormResults.SequenceEqual(other.FormResults)
        && Equals(Signature, other.Signature)
        && Equals(SentWith, other.SentWith)
        && Equals(SentAt, other.SentAt);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Status, Answers.Length, Hours.Length, Photos.Length);
}
