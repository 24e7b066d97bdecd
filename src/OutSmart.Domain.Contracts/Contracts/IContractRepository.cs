using System.Collections.Immutable;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>The storage port for contracts; adapters live in <c>OutSmart.Domain.Storage.*</c> packages.</summary>
/// <remarks>
/// <para>Saving compares versions (optimistic concurrency): <see cref="AddAsync"/> and <see cref="SaveAsync"/> store the
/// contract only when the stored version equals the contract's <see cref="Contract.Version"/>, then call
/// <see cref="Contract.MarkSaved"/> with the next version. Domain events stay on the contract for the host.</para>
/// <para>Every read returns a new contract instance: changing it changes nothing in storage until it is saved.</para>
/// <para><see cref="FindGeneratingOnAsync"/> and <see cref="FindGeneratingDuringAsync"/> page in a fixed order, by the id's <see cref="Guid"/> order
/// (<see cref="Guid.CompareTo(Guid)"/>), so that generation streams through any number of contracts one page at a
/// time.</para>
/// <para>Implementations are thread-safe.</para>
/// </remarks>
public interface IContractRepository
{
    /// <summary>Reads one contract.</summary>
    /// <param name="id">The contract's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contract, or <see langword="null"/> when there is none with this id.</returns>
    Task<Contract?> GetAsync(ContractId id, CancellationToken cancellationToken);

    /// <summary>Stores a new contract.</summary>
    /// <param name="contract">A contract that was never saved (<see cref="AggregateVersion.New"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when a contract with this id is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contract"/> was saved before.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> AddAsync(Contract contract, CancellationToken cancellationToken);

    /// <summary>Stores the changes of a contract that was read from this repository.</summary>
    /// <param name="contract">The changed contract.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/> when someone saved it first or it is not stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is <see langword="null"/>.</exception>
    Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Contract contract, CancellationToken cancellationToken);

    /// <summary>Stores the changes of many contracts read from this repository, as one batch: one transaction for
    /// the whole batch, with the version checked per contract.</summary>
    /// <param name="contracts">The changed contracts; may be empty. A contract that appears twice is written once: the
    /// later occurrence finds the version the earlier one stored and gets a <see cref="ConcurrencyConflict"/>.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled batch stores nothing.</param>
    /// <returns>One result per contract, in the order of <paramref name="contracts"/>: <see cref="Success"/> when the
    /// stored version equaled the contract's <see cref="Contract.Version"/> and the contract was written (it is then
    /// marked saved with the next version, as by <see cref="SaveAsync"/>), or <see cref="ConcurrencyConflict"/> when
    /// someone saved it first or it is not stored (that contract is not written and keeps its version). A conflict of
    /// one contract never keeps the others from being written. The batch is atomic: the written contracts become
    /// visible together, and when the batch fails (an exception, a cancellation) none of them is stored and none is
    /// marked saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contracts"/> or one of its items is
    /// <see langword="null"/>.</exception>
    Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<Contract> contracts, CancellationToken cancellationToken);

    /// <summary>Lists the contracts that may generate work orders on a run day: those with
    /// <c>Start − DaysInAdvance ≤ day</c> and <c>day ≤ LastDay</c> (when known), see
    /// <see cref="Contract.MayGenerateOn"/>.</summary>
    /// <param name="day">The run day.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, in the order stated on the interface.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    Task<Page<Contract>> FindGeneratingOnAsync(LocalDate day, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Lists the contracts that may generate work orders on at least one run day of <paramref name="days"/>:
    /// those with <c>Start − DaysInAdvance ≤ days.End</c> and <c>days.Start ≤ LastDay</c> (when known), in the same
    /// fixed order as <see cref="FindGeneratingOnAsync"/>; a one-day interval lists what
    /// <see cref="FindGeneratingOnAsync"/> lists for that day.</summary>
    /// <param name="days">The run days, for example the horizon a catch-up run covers.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, in the order stated on the interface.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or <paramref name="page"/> is
    /// <see langword="null"/>.</exception>
    Task<Page<Contract>> FindGeneratingDuringAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Lists the contracts of a customer, in the order stated on the interface.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="page">Which page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    Task<Page<Contract>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken);
}
