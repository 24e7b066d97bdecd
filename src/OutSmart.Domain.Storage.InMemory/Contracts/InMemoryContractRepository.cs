using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="IContractRepository"/>: the reference adapter for tests, samples and
/// prototypes.</summary>
/// <remarks>
/// <para>Contracts are kept as <see cref="ContractSnapshot"/>s, so a caller never holds the stored state: every read
/// rehydrates a new <see cref="Contract"/>, and a change is visible to others only after a successful save.</para>
/// <para>All members are safe to call from several threads. Writes check the version and store under a lock. The ids
/// are kept in <see cref="Guid"/> order, so a page of <see cref="FindGeneratingOnAsync"/> costs one pass over the
/// stored ids and rehydrates only the contracts on the page; the generation window of each stored version is
/// remembered, so the pass does not rehydrate the contracts it skips.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryContractRepository : IContractRepository
{
    private readonly SnapshotStore<ContractId, ContractSnapshot> _store = new(
        nameof(Contract),
        idOf: static s => s.Id,
        guidOf: static id => id.Value,
        versionOf: static s => s.Version,
        withVersion: static (s, version) => s.WithVersion(version),
        order: static (_, _) => 0);

    private readonly Lock _idsLock = new();
    private readonly List<Guid> _orderedIds = [];
    private readonly ConcurrentDictionary<ContractId, Window> _windows = new();

    /// <summary>Gets how many contracts are stored.</summary>
    public int Count => _store.Count;

    /// <inheritdoc />
    public Task<Contract?> GetAsync(ContractId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Find(id) is { } snapshot ? Contract.Rehydrate(snapshot) : null);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> AddAsync(Contract contract, CancellationToken cancellationToken)
    {
        Guard.Against.Null(contract);
        if (contract.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a contract that was never saved can be added; use SaveAsync.", nameof(contract));
        }
        OneOf<Success, ConcurrencyConflict> result = _store.Add(contract.ToSnapshot(), contract.MarkSaved, cancellationToken);
        if (result.IsT0)
        {
            lock (_idsLock)
            {
                int index = _orderedIds.BinarySearch(contract.Id.Value);
                _orderedIds.Insert(~index, contract.Id.Value);
            }
        }
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Contract contract, CancellationToken cancellationToken)
    {
        Guard.Against.Null(contract);
        return Task.FromResult(_store.Save(contract.ToSnapshot(), contract.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Page<Contract>> FindGeneratingOnAsync(LocalDate day, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => WindowOf(s).Includes(day), page, cancellationToken);

    /// <inheritdoc />
    public Task<Page<Contract>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) =>
        Query(s => s.CustomerId == customerId, page, cancellationToken);

    private Task<Page<Contract>> Query(Func<ContractSnapshot, bool> predicate, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        Guid[] ids;
        lock (_idsLock)
        {
            ids = [.. _orderedIds];
        }
        var items = new List<Contract>(Math.Min(page.Limit, ids.Length));
        int matched = 0;
        foreach (Guid id in ids)
        {
            if (_store.Find(new ContractId(id)) is not { } snapshot || !predicate(snapshot))
            {
                continue;
            }
            if (matched >= page.Offset && items.Count < page.Limit)
            {
                items.Add(Contract.Rehydrate(snapshot));
            }
            matched++;
        }
        return Task.FromResult(new Page<Contract>(items, page, matched));
    }

    private Window WindowOf(ContractSnapshot snapshot)
    {
        if (_windows.TryGetValue(snapshot.Id, out Window known) && known.Version == snapshot.Version)
        {
            return known;
        }
        Contract contract = Contract.Rehydrate(snapshot);
        var window = new Window(snapshot.Version, contract.Start.PlusDays(-contract.Planning.DaysInAdvance), contract.LastDay);
        _windows[snapshot.Id] = window;
        return window;
    }

    private readonly record struct Window(AggregateVersion Version, LocalDate From, LocalDate? Last)
    {
        public bool Includes(LocalDate day) => day >= From && (Last is not { } last || day <= last);
    }
}
