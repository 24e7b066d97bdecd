using Ardalis.GuardClauses;

namespace OutSmart.Domain.Abstractions;

/// <summary>Which slice of an ordered query result to return: skip <see cref="Offset"/> items, then take at most <see cref="Limit"/>.</summary>
/// <remarks>The default value is invalid (a limit of zero); use <see cref="First"/> or <see cref="Create"/>.</remarks>
public sealed record PageRequest
{
    /// <summary>The largest page a storage port has to return.</summary>
    public const int MaxLimit = 1000;

    private PageRequest(int offset, int limit)
    {
        Offset = offset;
        Limit = limit;
    }

    /// <summary>Gets the number of items to skip; zero or more.</summary>
    public int Offset { get; }

    /// <summary>Gets the largest number of items to return; 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; }

    /// <summary>Creates a page request.</summary>
    /// <param name="offset">Zero or more items to skip.</param>
    /// <param name="limit">1 to <see cref="MaxLimit"/> items to return.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException"><paramref name="offset"/> is negative or <paramref name="limit"/> is out of range.</exception>
    public static PageRequest Create(int offset, int limit) =>
        new(Guard.Against.Negative(offset), Guard.Against.OutOfRange(limit, nameof(limit), 1, MaxLimit));

    /// <summary>Returns the first page of the given size.</summary>
    /// <param name="limit">1 to <see cref="MaxLimit"/> items.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException"><paramref name="limit"/> is out of range.</exception>
    public static PageRequest First(int limit) => Create(0, limit);

    /// <summary>Returns the request for the page after this one.</summary>
    /// <returns>The same limit, with the offset moved past this page.</returns>
    public PageRequest Next() => new(checked(Offset + Limit), Limit);
}
