using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>An early termination (beëindiging) recorded on a contract by <see cref="Contract.Terminate"/>.</summary>
/// <remarks>Two terminations are equal when all their values are equal.</remarks>
public sealed record ContractTermination
{
    /// <summary>Creates a termination, for storage adapters reading one back.</summary>
    /// <param name="lastDay">The last day the contract serves (included); nothing is generated for a later target.</param>
    /// <param name="cancellation">The reason and comment.</param>
    /// <param name="by">Who terminated it; not empty.</param>
    /// <param name="at">When it was recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cancellation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is empty.</exception>
    public ContractTermination(LocalDate lastDay, ContractCancellation cancellation, EmployeeId by, Instant at)
    {
        LastDay = lastDay;
        Cancellation = Guard.Against.Null(cancellation);
        By = Guard.Against.Default(by);
        At = at;
    }

    /// <summary>Gets the last day the contract serves (included).</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets the reason and comment.</summary>
    public ContractCancellation Cancellation { get; }

    /// <summary>Gets who terminated it.</summary>
    public EmployeeId By { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant At { get; }
}
