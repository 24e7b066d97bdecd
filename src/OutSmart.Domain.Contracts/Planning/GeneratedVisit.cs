using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>A work order already generated from a contract, as a schedule change sees it.</summary>
/// <param name="WorkOrder">The work order.</param>
/// <param name="Key">Its occurrence key.</param>
/// <param name="State">Not started, started or completed.</param>
/// <param name="Planned">Its planned start, or <see langword="null"/> for a deadline-only work order.</param>
/// <param name="Employee">Its employee, or <see langword="null"/>.</param>
public sealed record GeneratedVisit(WorkOrderId WorkOrder, OccurrenceKey Key, GeneratedVisitState State, LocalDateTimeInZone? Planned, EmployeeId? Employee)
{
    /// <summary>Gets whether a schedule change may still move or cancel it: only when not started.</summary>
    public bool IsChangeable => State == GeneratedVisitState.NotStarted;
}

/// <summary>What a schedule change does to one future occurrence of one schedule (and object).</summary>
/// <param name="Action">Keep, move, add or cancel.</param>
/// <param name="Schedule">The schedule's name.</param>
/// <param name="Asset">The object, for a contract with one work order per object.</param>
/// <param name="OldTarget">The target under the current schedule, or <see langword="null"/> for an added occurrence.</param>
/// <param name="NewTarget">The target under the changed schedule, or <see langword="null"/> for a cancelled one.</param>
/// <param name="WorkOrder">The generated work order concerned, or <see langword="null"/> when none was generated yet.</param>
/// <param name="NewVisit">The occurrence as the changed schedule plans it, or <see langword="null"/> for a cancellation.</param>
public sealed record ChangePlanEntry(
    ChangeAction Action,
    string Schedule,
    AssetId? Asset,
    LocalDate? OldTarget,
    LocalDate? NewTarget,
    GeneratedVisit? WorkOrder,
    PlannedVisit? NewVisit)
{
    /// <summary>Gets the date the entry is ordered by: the old target, or the new one for an added occurrence.</summary>
    public LocalDate Date => OldTarget ?? NewTarget ?? default;
}
