using System.Collections.Immutable;
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
/// <para>All members are safe to call from several threads. Writes check the version and store under a lock. Beside
/// the snapshots the repository keeps, in <see cref="Guid"/> order, each contract's customer and generation window
/// (<see cref="Contract.MayGenerateOn"/>) as of its latest stored version, so a page of a query costs one pass over
/// that list and rehydrates only the contracts on the page.</para>
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

    private readonly Lock _entriesLock = new();
    private readonly List<Entry> _entries = []; // in Guid order, with the generation window of the latest stored version

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
            Remember(contract);
        }
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(Contract contract, CancellationToken cancellationToken)
    {
        Guard.Against.Null(contract);
        OneOf<Success, ConcurrencyConflict> result = _store.Save(contract.ToSnapshot(), contract.MarkSaved, cancellationToken);
        if (result.IsT0)
        {
            Remember(contract);
        }
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<Contract> contracts, CancellationToken cancellationToken)
    {
        ImmutableArray<OneOf<Success, ConcurrencyConflict>> results =
            _store.SaveMany(contracts, c => c.ToSnapshot(), c => c.MarkSaved, nameof(contracts), cancellationToken);
        for (int i = 0; i < contracts.Count; i++)
        {
            if (results[i].IsT0)
            {
                Remember(contracts[i]);
            }
        }
        return Task.FromResult(results);
    }

    /// <inheritdoc />
    public Task<Page<Contract>> FindGeneratingOnAsync(LocalDate day, PageRequest page, CancellationToken cancellationToken) =>
        Query(window => window.Overlaps(day, day), page, cancellationToken);

    /// <inheritdoc />
    public Task<Page<Contract>> FindGeneratingDuringAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        return Query(window => window.Overlaps(days.Start, days.End), page, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Contract>> FindByCustomerAsync(CustomerId customerId, PageRequest page, CancellationToken cancellationToken) =>
        Query(window => window.Customer == customerId, page, cancellationToken);

    private Task<Page<Contract>> Query(Func<Window, bool> predicate, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = new List<ContractId>(page.Limit);
        int matched = 0;
        lock (_entriesLock)
        {
            foreach (Entry entry in _entries)
            {
                if (!predicate(entry.Window))
                {
                    continue;
                }
                if (matched >= page.Offset && ids.Count < page.Limit)
                {
                    ids.Add(entry.Id);
                }
                matched++;
            }
        }
        var items = new List<Contract>(ids.Count);
        foreach (ContractId id in ids)
        {
            items.Add(Contract.Rehydrate(_store.Find(id)!));
        }
        return Task.FromResult(new Page<Contract>(items, page, matched));
    }

    // Remembers what the queries need of a version just stored, so they need not rehydrate it; a later version wins.
    private void Remember(Contract contract)
    {
        var window = new Window(contract.Version, contract.CustomerId, contract.Start.PlusDays(-contract.Planning.DaysInAdvance), contract.LastDay);
        lock (_entriesLock)
        {
            int index = _entries.BinarySearch(new Entry(contract.Id, window), EntryOrder.Instance);
            if (index < 0)
            {
                _entries.Insert(~index, new Entry(contract.Id, window));
            }
            else if (_entries[index].Window.Version < window.Version)
            {
                _entries[index] = new Entry(contract.Id, window);
            }
        }
    }

    private readonly record struct Entry(ContractId Id, Window Window);

    private sealed class EntryOrder : IComparer<Entry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(Entry x, Entry y) => x.Id.Value.CompareTo(y.Id.Value);
    }

    private readonly record struct Window(AggregateVersion Version, CustomerId Customer, LocalDate From, LocalDate? Last)
    {
        public bool Overlaps(LocalDate first, LocalDate last) => From <= last && (Last is not { } end || first <= end);
    }
}
