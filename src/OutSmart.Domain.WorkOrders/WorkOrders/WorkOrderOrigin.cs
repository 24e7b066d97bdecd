using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Where a work order came from: entered by hand, or planned by a contract for one occurrence date.</summary>
/// <remarks>
/// <para>The contract occurrence key (contract id + occurrence date) makes contract planning idempotent: planning the
/// same occurrence twice finds the same key.</para>
/// <para>Two origins are equal when their contract and date are equal.</para>
/// </remarks>
public sealed record WorkOrderOrigin
{
    private WorkOrderOrigin(ContractId? contractId, LocalDate? occurrenceDate)
    {
        ContractId = contractId;
        OccurrenceDate = occurrenceDate;
    }

    /// <summary>Gets the origin of a work order entered by hand.</summary>
    public static WorkOrderOrigin Manual { get; } = new(null, null);

    /// <summary>Gets the contract that planned the work order, or <see langword="null"/> when manual.</summary>
    public ContractId? ContractId { get; }

    /// <summary>Gets the occurrence date of the contract schedule, or <see langword="null"/> when manual.</summary>
    public LocalDate? OccurrenceDate { get; }

    /// <summary>Gets a value indicating whether a contract planned the work order.</summary>
    public bool IsContractOccurrence => ContractId is not null;

    /// <summary>Creates the origin of a work order planned by a contract.</summary>
    /// <param name="contractId">The contract.</param>
    /// <param name="occurrenceDate">The occurrence date of its schedule.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ArgumentException"><paramref name="contractId"/> is empty.</exception>
    public static WorkOrderOrigin FromContractOccurrence(ContractId contractId, LocalDate occurrenceDate)
    {
        Guard.Against.Expression(id => id.IsEmpty, contractId, "The contract id must not be empty.");
        return new(contractId, occurrenceDate);
    }

    /// <summary>Returns <c>manual</c> or <c>contract {id} @ {date}</c>.</summary>
    /// <returns>The origin as text.</returns>
    public override string ToString() =>
        ContractId is { } id ? $"contract {id} @ {OccurrenceDate:uuuu-MM-dd}" : "manual";
}
