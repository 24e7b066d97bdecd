using System.Collections.Concurrent;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>The store behind every in-memory repository: snapshots by id, with the version compared on save, a
/// duplicate id refused on add, and paged queries in the aggregate's fixed order.</summary>
/// <typeparam name="TId">The aggregate's typed id.</typeparam>
/// <typeparam name="TSnapshot">The aggregate's immutable snapshot.</typeparam>
/// <remarks>
/// <para>Writes check and store under one lock; reads do not wait for writes. A query scans a moment-in-time copy of
/// the stored snapshots (O(n)), sorts the matches and rehydrates only the requested page.</para>
/// <para>A write takes the aggregate's unsaved snapshot (at the version the aggregate was loaded with) and, once it
/// is stored at the next version, calls the aggregate's <c>MarkSaved</c> with that version.</para>
/// </remarks>
/// <param name="aggregateType">The aggregate's type name, reported in a <see cref="ConcurrencyConflict"/>.</param>
/// <param name="idOf">Reads the id of a snapshot.</param>
/// <param name="guidOf">Reads the value of an id, reported in a <see cref="ConcurrencyConflict"/> and used to break
/// ties in the query order.</param>
/// <param name="versionOf">Reads the version of a snapshot.</param>
/// <param name="withVersion">Copies a snapshot at another version.</param>
/// <param name="order">The queries' fixed order before the id: for example by creation instant.</param>
internal sealed class SnapshotStore<TId, TSnapshot>(
    string aggregateType,
    Func<TSnapshot, TId> idOf,
    Func<TId, Guid> guidOf,
    Func<TSnapshot, AggregateVersion> versionOf,
    Func<TSnapshot, AggregateVersion, TSnapshot> withVersion,
    Comparison<TSnapshot> order)
    where TId : notnull
    where TSnapshot : class
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<TId, TSnapshot> _snapshots = new();

    /// <summary>Gets how many snapshots are stored.</summary>
    public int Count => _snapshots.Count;

    /// <summary>Gets a moment-in-time copy of the stored snapshots; writes made meanwhile are not seen.</summary>
    public ICollection<TSnapshot> Snapshots => _snapshots.Values;

    /// <summary>Returns the stored snapshot with the id, or <see langword="null"/> when there is none.</summary>
    public TSnapshot? Find(TId id)
    {
        _snapshots.TryGetValue(id, out TSnapshot? snapshot);
        return snapshot;
    }

    /// <summary>Stores a snapshot whose id is not stored yet.</summary>
    /// <param name="unsaved">The snapshot of an aggregate that was never saved.</param>
    /// <param name="markSaved">Tells the aggregate the version it is stored at.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>, or a <see cref="ConcurrencyConflict"/> when the id is stored already.</returns>
    public OneOf<Success, ConcurrencyConflict> Add(TSnapshot unsaved, Action<AggregateVersion> markSaved, CancellationToken cancellationToken) =>
        Add<ConcurrencyConflict>(unsaved, static _ => null, markSaved, cancellationToken)
            .Match<OneOf<Success, ConcurrencyConflict>>(static success => success, static conflict => conflict, static conflict => conflict);

    /// <summary>Stores a snapshot whose id is not stored yet and whose unique keys are free.</summary>
    /// <typeparam name="TRefusal">The refusal for a key that is taken.</typeparam>
    /// <param name="unsaved">The snapshot of an aggregate that was never saved.</param>
    /// <param name="claimKeys">Runs under the store's lock once the id is known to be free, with the snapshot about to
    /// be stored: returns the refusal when one of its unique keys is taken, or records the keys and returns
    /// <see langword="null"/>; the snapshot is then stored.</param>
    /// <param name="markSaved">Tells the aggregate the version it is stored at.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>; a <see cref="ConcurrencyConflict"/> when the id is stored already; or the
    /// refusal of <paramref name="claimKeys"/>.</returns>
    public OneOf<Success, ConcurrencyConflict, TRefusal> Add<TRefusal>(
        TSnapshot unsaved, Func<TSnapshot, TRefusal?> claimKeys, Action<AggregateVersion> markSaved, CancellationToken cancellationToken)
        where TRefusal : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion next = versionOf(unsaved).Next();
        TSnapshot stored = withVersion(unsaved, next);
        TId id = idOf(unsaved);
        lock (_lock)
        {
            if (_snapshots.TryGetValue(id, out TSnapshot? existing))
            {
                return Conflict(unsaved, versionOf(existing));
            }
            if (claimKeys(stored) is { } refusal)
            {
                return refusal;
            }
            _snapshots[id] = stored;
        }
        markSaved(next);
        return new Success();
    }

    /// <summary>Stores many snapshots under one lock, one after another in input order, as <see cref="Add{TRefusal}"/>
    /// would one by one: an item whose id is stored (also by an earlier item) gets the conflict, an item whose key is
    /// taken gets the refusal, and the others are stored. Nothing is stored when cancelled before the lock.</summary>
    /// <typeparam name="TRefusal">The refusal for a key that is taken.</typeparam>
    /// <param name="items">The snapshots of aggregates that were never saved, each with its aggregate's <c>MarkSaved</c>.</param>
    /// <param name="claimKeys">As for <see cref="Add{TRefusal}"/>.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns>One result per item, in input order.</returns>
    public ImmutableArray<OneOf<Success, ConcurrencyConflict, TRefusal>> AddMany<TRefusal>(
        IReadOnlyList<(TSnapshot Unsaved, Action<AggregateVersion> MarkSaved)> items, Func<TSnapshot, TRefusal?> claimKeys, CancellationToken cancellationToken)
        where TRefusal : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var results = ImmutableArray.CreateBuilder<OneOf<Success, ConcurrencyConflict, TRefusal>>(items.Count);
        lock (_lock)
        {
            foreach ((TSnapshot unsaved, _) in items)
            {
                TSnapshot stored = withVersion(unsaved, versionOf(unsaved).Next());
                if (_snapshots.TryGetValue(idOf(unsaved), out TSnapshot? existing))
                {
                    results.Add(Conflict(unsaved, versionOf(existing)));
                }
                else if (claimKeys(stored) is { } refusal)
                {
                    results.Add(refusal);
                }
                else
                {
                    _snapshots[idOf(unsaved)] = stored;
                    results.Add(new Success());
                }
            }
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (results[i].IsT0)
            {
                items[i].MarkSaved(versionOf(items[i].Unsaved).Next());
            }
        }
        return results.MoveToImmutable();
    }

    /// <summary>Replaces a stored snapshot when it is still at the version the aggregate was loaded with.</summary>
    /// <param name="unsaved">The snapshot of the changed aggregate, at the version it was loaded with.</param>
    /// <param name="markSaved">Tells the aggregate the version it is stored at.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>, or a <see cref="ConcurrencyConflict"/> when the stored version differs or
    /// nothing is stored under the id.</returns>
    /// <remarks>Unique keys are not claimed again: they are fixed when the aggregate is added.</remarks>
    public OneOf<Success, ConcurrencyConflict> Save(TSnapshot unsaved, Action<AggregateVersion> markSaved, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AggregateVersion loaded = versionOf(unsaved);
        AggregateVersion next = loaded.Next();
        TSnapshot stored = withVersion(unsaved, next);
        TId id = idOf(unsaved);
        lock (_lock)
        {
            if (!_snapshots.TryGetValue(id, out TSnapshot? existing))
            {
                return Conflict(unsaved, null);
            }
            if (versionOf(existing) != loaded)
            {
                return Conflict(unsaved, versionOf(existing));
            }
            _snapshots[id] = stored;
        }
        markSaved(next);
        return new Success();
    }

    /// <summary>Saves many aggregates as one batch (see <see cref="SaveMany(IReadOnlyList{ValueTuple{TSnapshot, Action{AggregateVersion}}}, CancellationToken)"/>),
    /// taking each one's unsaved snapshot and <c>MarkSaved</c>.</summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="aggregates">The changed aggregates; none may be null.</param>
    /// <param name="snapshotOf">Takes an aggregate's snapshot.</param>
    /// <param name="markSavedOf">Gets what tells an aggregate the version it is stored at.</param>
    /// <param name="parameterName">The caller's parameter, named when an aggregate is null.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns>Per aggregate, in input order, <see cref="Success"/> or <see cref="ConcurrencyConflict"/>.</returns>
    public ImmutableArray<OneOf<Success, ConcurrencyConflict>> SaveMany<TAggregate>(
        IReadOnlyList<TAggregate> aggregates,
        Func<TAggregate, TSnapshot> snapshotOf,
        Func<TAggregate, Action<AggregateVersion>> markSavedOf,
        string parameterName,
        CancellationToken cancellationToken)
        where TAggregate : class
    {
        Guard.Against.Null(aggregates, parameterName);
        var items = new List<(TSnapshot, Action<AggregateVersion>)>(aggregates.Count);
        foreach (TAggregate aggregate in aggregates)
        {
            Guard.Against.Null(aggregate, parameterName);
            items.Add((snapshotOf(aggregate), markSavedOf(aggregate)));
        }
        return SaveMany(items, cancellationToken);
    }

    /// <summary>Replaces many stored snapshots as one batch: under one lock, each only when it is still at the version
    /// its aggregate was loaded with.</summary>
    /// <param name="items">Per aggregate, the snapshot of the changed aggregate (at the version it was loaded with) and
    /// what tells the aggregate the version it is stored at.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns>Per item, in input order, what <see cref="Save"/> would have answered had the items been saved one after
    /// another; the written ones become visible together.</returns>
    public ImmutableArray<OneOf<Success, ConcurrencyConflict>> SaveMany(
        IReadOnlyList<(TSnapshot Unsaved, Action<AggregateVersion> MarkSaved)> items, CancellationToken cancellationToken)
    {
        Guard.Against.Null(items);
        cancellationToken.ThrowIfCancellationRequested();
        var results = ImmutableArray.CreateBuilder<OneOf<Success, ConcurrencyConflict>>(items.Count);
        lock (_lock)
        {
            var written = new Dictionary<TId, TSnapshot>();
            foreach ((TSnapshot unsaved, _) in items)
            {
                AggregateVersion loaded = versionOf(unsaved);
                TId id = idOf(unsaved);
                TSnapshot? existing = written.TryGetValue(id, out TSnapshot? pending) ? pending : Find(id);
                if (existing is null || versionOf(existing) != loaded)
                {
                    results.Add(Conflict(unsaved, existing is null ? null : versionOf(existing)));
                    continue;
                }
                written[id] = withVersion(unsaved, loaded.Next());
                results.Add(new Success());
            }
            foreach ((TId id, TSnapshot stored) in written)
            {
                _snapshots[id] = stored;
            }
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (results[i].IsT0)
            {
                items[i].MarkSaved(versionOf(items[i].Unsaved).Next());
            }
        }
        return results.MoveToImmutable();
    }

    /// <summary>Returns one page of the stored snapshots that match, in the fixed order (then by id), rehydrated.</summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="predicate">Selects the matching snapshots.</param>
    /// <param name="page">The page to return.</param>
    /// <param name="rehydrate">Rehydrates a snapshot on the page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page, with the number of all matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public Page<TAggregate> Query<TAggregate>(
        Func<TSnapshot, bool> predicate, PageRequest page, Func<TSnapshot, TAggregate> rehydrate, CancellationToken cancellationToken)
    {
        Guard.Against.Null(page);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = new List<TSnapshot>();
        foreach (TSnapshot snapshot in Snapshots)
        {
            if (predicate(snapshot))
            {
                matches.Add(snapshot);
            }
        }
        matches.Sort(Compare);
        var items = new List<TAggregate>(Math.Min(page.Limit, Math.Max(0, matches.Count - page.Offset)));
        for (int i = page.Offset; i < matches.Count && items.Count < page.Limit; i++)
        {
            items.Add(rehydrate(matches[i]));
        }
        return new Page<TAggregate>(items, page, matches.Count);
    }

    private int Compare(TSnapshot a, TSnapshot b)
    {
        int byOrder = order(a, b);
        return byOrder != 0 ? byOrder : guidOf(idOf(a)).CompareTo(guidOf(idOf(b)));
    }

    private ConcurrencyConflict Conflict(TSnapshot unsaved, AggregateVersion? actual) =>
        new(aggregateType, guidOf(idOf(unsaved)), versionOf(unsaved), actual);
}
