using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>What <see cref="ContractChangeService.ApplyAsync"/> did: the saved contract and what became of each
/// generated work order the plan named.</summary>
/// <remarks>Immutable. Every work order of <see cref="ChangePlan.WorkOrdersToCancel"/> and
/// <see cref="ChangePlan.WorkOrdersToMove"/> is in exactly one of <see cref="Cancelled"/>, <see cref="Rescheduled"/>
/// and <see cref="LeftAlone"/>, each in plan order.</remarks>
public sealed record ContractChangeApplied
{
    /// <summary>Creates the result.</summary>
    /// <param name="contract">The saved contract.</param>
    /// <param name="cancelled">The work orders cancelled.</param>
    /// <param name="rescheduled">The work orders given a new time on the same target date.</param>
    /// <param name="leftAlone">The work orders left as they were.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is <see langword="null"/>.</exception>
    public ContractChangeApplied(Contract contract, ImmutableArray<WorkOrderId> cancelled, ImmutableArray<WorkOrderId> rescheduled, ImmutableArray<WorkOrderId> leftAlone)
    {
        Contract = Guard.Against.Null(contract);
        Cancelled = cancelled.IsDefault ? [] : cancelled;
        Rescheduled = rescheduled.IsDefault ? [] : rescheduled;
        LeftAlone = leftAlone.IsDefault ? [] : leftAlone;
    }

    /// <summary>Gets the saved contract.</summary>
    public Contract Contract { get; }

    /// <summary>Gets the work orders that were cancelled (<see cref="WorkOrder.Cancel"/>): the plan cancelled them, or
    /// moved them to another target date, which is another occurrence key; generation plans the new date.</summary>
    public ImmutableArray<WorkOrderId> Cancelled { get; }

    /// <summary>Gets the work orders moved to another time or employee on the same target date
    /// (<see cref="WorkOrder.Reschedule"/>).</summary>
    public ImmutableArray<WorkOrderId> Rescheduled { get; }

    /// <summary>Gets the work orders left as they were because work on them started (or they were sent, cancelled,
    /// removed or saved by someone else) after the plan was made.</summary>
    public ImmutableArray<WorkOrderId> LeftAlone { get; }

    /// <inheritdoc />
    public bool Equals(ContractChangeApplied? other) =>
        other is not null && ReferenceEquals(Contract, other.Contract) && Cancelled.SequenceEqual(other.Cancelled)
        && Rescheduled.SequenceEqual(other.Rescheduled) && LeftAlone.SequenceEqual(other.LeftAlone);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Contract.Id, Cancelled.Length, Rescheduled.Length, LeftAlone.Length);
}
