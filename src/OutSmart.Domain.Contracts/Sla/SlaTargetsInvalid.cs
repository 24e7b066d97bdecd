using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>SLA targets were refused: none was given, one is not a positive duration, or the warning threshold lies outside 0–1.</summary>
/// <param name="Reason">What is wrong, in words a planner understands.</param>
public sealed record SlaTargetsInvalid(string Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SLA_TARGETS_INVALID";

    /// <inheritdoc />
    public string Message => $"The SLA targets are not valid: {Reason}";
}
