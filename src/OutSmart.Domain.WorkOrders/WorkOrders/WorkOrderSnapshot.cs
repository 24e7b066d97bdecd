using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The complete state of a work order, for storage adapters: <see cref="WorkOrder.ToSnapshot"/> writes it and <see cref="WorkOrder.Rehydrate"/> reads it.</summary>
/// <remarks>A snapshot is plain data; <see cref="WorkOrder.Rehydrate"/> trusts it. Collections compare by reference.</remarks>
public sealed record WorkOrderSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="id">The id.</param>
    /// <param name="number">The number.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="assetId">The asset, or <see langword="null"/>.</param>
    /// <param name="origin">The origin.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="workflow">The published workflow version (immutable, so shared).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="status">The status.</param>
    /// <param name="assignedEmployees">The assigned employees in order.</param>
    /// <param name="answers">The canonical answers, sorted by field id.</param>
    /// <param name="notes">The notes by step id (empty for general notes), sorted by step id.</param>
    /// <param name="materials">The materials in order.</param>
    /// <param name="hours">The hours in order.</param>
    /// <param name="photos">The photos in order.</param>
    /// <param name="runningTimers">The running timers.</param>
    /// <param name="stepMarks">The step marks.</param>
    /// <param name="formResults">The overall form results by step id (WO-10).</param>
    /// <param name="signature">The signature, or <see langword="null"/>.</param>
    /// <param name="sentWith">The send id, or <see langword="null"/>.</param>
    /// <param name="sentAt">The moment of sending, or <see langword="null"/>.</param>
    public WorkOrderSnapshot(
        WorkOrderId id,
        string number,
        CustomerId customerId,
        AssetId? assetId,
        WorkOrderOrigin origin,
        WorkOrderSchedule schedule,
        Workflow workflow,
        WorkOrderPolicy policy,
        WorkOrderStatus status,
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
        Number = number;
        CustomerId = customerId;
        AssetId = assetId;
        Origin = origin;
        Schedule = schedule;
        Workflow = workflow;
        Policy = policy;
        Status = status;
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

    /// <summary>Gets the id.</summary>
    public WorkOrderId Id { get; }

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

    /// <summary>Gets the published workflow version (immutable, so shared).</summary>
    public Workflow Workflow { get; }

    /// <summary>Gets the policy.</summary>
    public WorkOrderPolicy Policy { get; }

    /// <summary>Gets the status.</summary>
    public WorkOrderStatus Status { get; }

    /// <summary>Gets the assigned employees in order.</summary>
    public ImmutableArray<EmployeeId> AssignedEmployees { get; }

    /// <summary>Gets the canonical answers, sorted by field id.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Answers { get; }

    /// <summary>Gets the notes by step id (empty for general notes), sorted by step id.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Notes { get; }

    /// <summary>Gets the materials in order.</summary>
    public ImmutableArray<MaterialLine> Materials { get; }

    /// <summary>Gets the hours in order.</summary>
    public ImmutableArray<HourRegistration> Hours { get; }

    /// <summary>Gets the photos in order.</summary>
    public ImmutableArray<PhotoReference> Photos { get; }

    /// <summary>Gets the running timers.</summary>
    public ImmutableArray<RunningTimer> RunningTimers { get; }

    /// <summary>Gets the step marks.</summary>
    public ImmutableArray<StepMark> StepMarks { get; }

    /// <summary>Gets the overall form results by step id (WO-10).</summary>
    public ImmutableArray<KeyValuePair<string, FormResult>> FormResults { get; }

    /// <summary>Gets the signature, or <see langword="null"/>.</summary>
    public Signature? Signature { get; }

    /// <summary>Gets the send id, or <see langword="null"/>.</summary>
    public SendId? SentWith { get; }

    /// <summary>Gets the moment of sending, or <see langword="null"/>.</summary>
    public Instant? SentAt { get; }
}
