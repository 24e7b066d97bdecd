using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The complete state of a work order, for storage adapters: <see cref="WorkOrder.ToSnapshot"/> writes it and <see cref="WorkOrder.Rehydrate"/> reads it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Number">The number.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="AssetId">The asset, or <see langword="null"/>.</param>
/// <param name="Origin">The origin.</param>
/// <param name="Schedule">The schedule.</param>
/// <param name="Workflow">The published workflow version (immutable, so shared).</param>
/// <param name="Policy">The policy.</param>
/// <param name="Status">The status.</param>
/// <param name="AssignedEmployees">The assigned employees in order.</param>
/// <param name="Answers">The canonical answers, sorted by field id.</param>
/// <param name="Notes">The notes by step id (empty for general notes), sorted by step id.</param>
/// <param name="Materials">The materials in order.</param>
/// <param name="Hours">The hours in order.</param>
/// <param name="Photos">The photos in order.</param>
/// <param name="RunningTimers">The running timers.</param>
/// <param name="StepMarks">The step marks.</param>
/// <param name="Signature">The signature, or <see langword="null"/>.</param>
/// <param name="SentWith">The send id, or <see langword="null"/>.</param>
/// <param name="SentAt">The moment of sending, or <see langword="null"/>.</param>
/// <remarks>A snapshot is plain data; <see cref="WorkOrder.Rehydrate"/> trusts it. Collections compare by reference.</remarks>
public sealed record WorkOrderSnapshot(
    WorkOrderId Id,
    string Number,
    CustomerId CustomerId,
    AssetId? AssetId,
    WorkOrderOrigin Origin,
    WorkOrderSchedule Schedule,
    Workflow Workflow,
    WorkOrderPolicy Policy,
    WorkOrderStatus Status,
    ImmutableArray<EmployeeId> AssignedEmployees,
    ImmutableArray<KeyValuePair<string, string>> Answers,
    ImmutableArray<KeyValuePair<string, string>> Notes,
    ImmutableArray<MaterialLine> Materials,
    ImmutableArray<HourRegistration> Hours,
    ImmutableArray<PhotoReference> Photos,
    ImmutableArray<RunningTimer> RunningTimers,
    ImmutableArray<StepMark> StepMarks,
    Signature? Signature,
    SendId? SentWith,
    Instant? SentAt);
