using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;

namespace OutSmart.Domain.Storage.Relational;

/// <summary>An <see cref="IContractRepository"/> over a relational database (table <c>contracts</c>).</summary>
/// <remarks>
/// <para>Each add or save is one transaction, compared on version (<c>UPDATE … WHERE id = @id AND version =
/// @expected</c>); <see cref="SaveManyAsync"/> writes a whole batch in one transaction, each row only where its version
/// still matches. Every read rehydrates a new contract from the stored snapshot, so a caller never holds stored
/// state.</para>
/// <para>Beside the snapshot each row keeps what the queries need, recomputed on every save (a termination, notice or
/// renewal moves them): the customer, the first run day that may generate (<see cref="Contract.Start"/> minus
/// <see cref="ContractPlanning.DaysInAdvance"/>) and <see cref="Contract.LastDay"/> (null while unknown).
/// <see cref="FindGeneratingOnAsync"/> and <see cref="FindByCustomerAsync"/> run on indexes over those columns and page
/// in <see cref="Guid"/> order of the id, as the port states.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public sealed class RelationalContractRepository : IContractRepository
{
    private readonly AggregateRows<ContractSnapshot> _rows;

    /// <summary>Creates a repository over a store.</summary>
    /// <param name="store">The database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public RelationalContractRepository(RelationalStore store)
    {
        Guard.Against.Null(store);
        _rows = new AggregateRows<ContractSnapshot>(store, nameof(Contract), store.Dialect.SelectContractVersion);
    }

    private SqlDialect Dialect => _rows.Dialect;

    /// <inheritdoc />
    public async Task<Contract?> GetAsync(ContractId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ContractSnapshot? snapshot = await _rows.FindAsync(Dialect.SelectContract, [("id", Keys.Id(id.Value))], cancellationToken).ConfigureAwait(false);
        return snapshot is null ? null : Contract.Rehydrate(snapshot);
    }

    /// <inheritdoc />
    public async Task<OneOf<Success, ConcurrencyConflict>> AddAsync(Contract contract, CancellationToken cancellationToken)
    {
        Guard.Against.Null(contract);
        if (contract.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a contract that was never saved can be added; use SaveAsync.", nameof(contract));
        }
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = contract.Version.Next();
        var inserted = await _rows.InsertAsync(Dialect.InsertContract, Row(contract, next), AggregateRows<ContractSnapshot>.NoSideRows, cancellationToken).ConfigureAwait(false);
        if (inserted == AggregateRows<ContractSnapshot>.Insert.UniqueViolation)
        {
            return await _rows.ConflictOnAddAsync(contract.Id.Value, CancellationToken.None).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"A unique index refused contract {contract.Id.Value}, but no contract has its id.");
        }
        contract.MarkSaved(next);
        return new Success();
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Contract contract, CancellationToken cancellationToken)
    {
        Guard.Against.Null(contract);
        cancellationToken.ThrowIfCancellationRequested();
        return _rows.SaveAsync(UpdateOf(contract), contract.MarkSaved, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<Contract> contracts, CancellationToken cancellationToken) =>
        _rows.SaveManyAsync(contracts, UpdateOf, static (contract, version) => contract.MarkSaved(version), nameof(contracts), cancellationToken);

    /// <inheritdoc />
    public Task<Page<Contract>> FindGeneratingOnAsync(LocalDate day, PageRequest page, CancellationToken cancellationToken) =>
        FindGeneratingDuringAsync(new DateInterval(day, day), page, cancellationToken);

    /// <inheritdoc />
    public Task<Page<Contract>> FindGeneratingDuringAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(page);
        return _rows.PageAsync(
            Dialect.SelectContractsGenerating, Dialect.CountContractsGenerating, [("from", Keys.Date(days.Start)), ("to", Keys.Date(days.End))], page, Contract.Rehydrate, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Contract>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        return _rows.PageAsync(Dialect.SelectContractsByCustomer, Dialect.CountContractsByCustomer, [("customer", Keys.Id(customerId.Value))], page, Contract.Rehydrate, cancellationToken);
    }

    private AggregateRows<ContractSnapshot>.Update UpdateOf(Contract contract)
    {
        AggregateVersion loaded = contract.Version;
        return new(Dialect.UpdateContract, [.. Row(contract, loaded.Next()), ("expected", loaded.Value)], contract.Id.Value, loaded, AggregateRows<ContractSnapshot>.NoSideRows);
    }

    // The row of the contract as stored at the version: the query columns (recomputed from the contract's current state)
    // and the snapshot.
    private static (string Name, object? Value)[] Row(Contract contract, AggregateVersion version) =>
    [
        ("id", Keys.Id(contract.Id.Value)),
        ("version", version.Value),
        ("customer", Keys.Id(contract.CustomerId.Value)),
        ("generate_from", Keys.Date(contract.Start.PlusDays(-contract.Planning.DaysInAdvance))),
        ("last_day", contract.LastDay is { } last ? Keys.Date(last) : null),
        ("snapshot", SnapshotJson.Write(contract.ToSnapshot().WithVersion(version))),
    ];
}
