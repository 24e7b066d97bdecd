using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>The text is not a contract partition <c>i/n</c> with whole numbers 1 ≤ i ≤ n
/// (<see cref="ContractPartition.Parse"/>).</summary>
/// <param name="Text">The text that was given (at most its first 40 characters).</param>
public sealed record ContractPartitionInvalid(string Text) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_PARTITION_INVALID";

    /// <inheritdoc />
    public string Message => $"'{Text}' is not a partition: write i/n with whole numbers 1 ≤ i ≤ n, for example 2/4.";
}
