using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>A work order already generated from a contract, as a schedule change sees it.</summary>
public sealed record GeneratedVisit
{
    /// <summary>Creates the view of a generated work order.</summary>
    /// <param name="workOrder">The work order.</param>
    /// <param name="key">Its occurrence key.</param>
    /// <param name="state">Not started, started or completed.</param>
    /// <param name="planned">Its planned start, or <see langword="null"/> for a deadline-only work order.</param>
    /// <param name="employee">Its employee, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public GeneratedVisit(WorkOrderId workOrder, OccurrenceKey key, GeneratedVisitState state, LocalDateTimeInZone? planned, EmployeeId? employee)
    {
        WorkOrder = workOrder;
        Key = Guard.Against.Null(key);
        State = state;
        Planned = planned;
        Employee = employee;
    }

    /// <summary>Gets the work order.</summary>
    public WorkOrderId WorkOrder { get; }

    /// <summary>Gets its occurrence key.</summary>
    public OccurrenceKey Key { get; }

    /// <summary>Gets whether it is not started, started or completed.</summary>
    public GeneratedVisitState State { get; }

    /// <summary>Gets its planned start, or <see langword="null"/> for a deadline-only work order.</summary>
    public LocalDateTimeInZone? Planned { get; }

    /// <summary>Gets its employee, or <see langword="null"/>.</summary>
    public EmployeeId? Employee { get; }

    /// <summary>Gets whether a schedule change may still move or cancel it: only when not started.</summary>
    public bool IsChangeable => State == GeneratedVisitState.NotStarted;
}

/// <summary>What a schedule change does to one future occurrence of one schedule (and object).</summary>
public sealed record ChangePlanEntry
{
    internal ChangePlanEntry(ChangeAction action, string schedule, AssetId? asset, LocalDate? oldTarget, LocalDate? newTarget, GeneratedVisit? workOrder, PlannedVisit? newVisit)
    {
        Action = action;
        Schedule = schedule;
        Asset = asset;
        OldTarget = oldTarget;
        NewTarget = newTarget;
        WorkOrder = workOrder;
        NewVisit = newVisit;
    }

    /// <summary>Gets what happens: keep, move, add or cancel.</summary>
    public ChangeAction Action { get; }

    /// <summary>Gets the schedule's name.</summary>
    public string Schedule { get; }

    /// <summary>Gets the object, for a contract with one work order per object.</summary>
    public AssetId? Asset { get; }

    /// <summary>Gets the target under the current schedule, or <see langword="null"/> for an added occurrence.</summary>
    public LocalDate? OldTarget { get; }

    /// <summary>Gets the target under the changed schedule, or <see langword="null"/> for a cancelled one.</summary>
    public LocalDate? NewTarget { get; }

    /// <summary>Gets the generated work order concerned, or <see langword="null"/> when none was generated yet.</summary>
    public GeneratedVisit? WorkOrder { get; }

    /// <summary>Gets the occurrence as the changed schedule plans it, or <see langword="null"/> for a cancellation.</summary>
    public PlannedVisit? NewVisit { get; }

    /// <summary>Gets the date the entry is ordered by: the old target, or the new one for an added occurrence.</summary>
    public LocalDate Date => OldTarget ?? NewTarget ?? default;
}
