using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.Abstractions;

/// <summary>One page of an ordered query result.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>Equality compares the request, the total and the items in order.</remarks>
public sealed record Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The items on this page, in the query's order.</param>
    /// <param name="request">The request that produced the page.</param>
    /// <param name="totalCount">How many items the whole query has.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="totalCount"/> is negative.</exception>
    public Page(IReadOnlyList<T> items, PageRequest request, int totalCount)
    {
        Items = ImmutableArray.CreateRange(Guard.Against.Null(items));
        Request = Guard.Against.Null(request);
        TotalCount = Guard.Against.Negative(totalCount);
    }

    /// <summary>Gets the items on this page, in the query's order; at most <see cref="PageRequest.Limit"/>. The page keeps its own immutable copy: neither the list it was created from nor a cast of this one can change it.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets the request that produced this page.</summary>
    public PageRequest Request { get; }

    /// <summary>Gets how many items the whole query has, across all pages.</summary>
    public int TotalCount { get; }

    /// <summary>Gets a value indicating whether items follow this page.</summary>
    public bool HasMore => Request.Offset + Items.Count < TotalCount;

    /// <inheritdoc />
    public bool Equals(Page<T>? other) =>
        other is not null && Request == other.Request && TotalCount == other.TotalCount && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Request, TotalCount, Items.Count);
}
