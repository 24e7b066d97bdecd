using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A schedule edit with its consequence, made by <see cref="ContractChangeService.ProposeAsync"/> and shown to
/// the planner before it is saved; <see cref="ContractChangeService.ApplyAsync"/> saves it only when the contract is
/// still at <see cref="Version"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ContractChangeProposal
{
    internal ContractChangeProposal(ContractId contractId, AggregateVersion version, ImmutableArray<ContractSchedule> schedules, ContractPlanning planning, ChangePlan plan)
    {
        ContractId = contractId;
        Version = version;
        Schedules = schedules;
        Planning = planning;
        Plan = plan;
    }

    /// <summary>Gets the contract.</summary>
    public ContractId ContractId { get; }

    /// <summary>Gets the contract's version the plan was made on.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets the schedules after the edit.</summary>
    public ImmutableArray<ContractSchedule> Schedules { get; }

    /// <summary>Gets the planning (days in advance, employee, objects, missed policy) after the edit.</summary>
    public ContractPlanning Planning { get; }

    /// <summary>Gets the change plan: keep, move, add or cancel per future occurrence, and the not-started work orders
    /// it cancels or moves.</summary>
    public ChangePlan Plan { get; }
}
