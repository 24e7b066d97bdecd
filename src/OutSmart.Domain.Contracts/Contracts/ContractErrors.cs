using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>Contract terms were given a value out of range (CTR-01).</summary>
/// <param name="Reason">Which value and why, in English.</param>
public sealed record ContractTermsInvalid(string Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_TERMS_INVALID";

    /// <inheritdoc />
    public string Message => $"The contract terms are invalid: {Reason}";
}

/// <summary>The contract's service does not fit its kind or its planning: a preventive contract without schedules, a
/// corrective one without SLA targets, yearly orders that cannot fit (CTR-02).</summary>
/// <param name="Reason">What does not fit, in English.</param>
public sealed record ContractServiceInvalid(string Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_SERVICE_INVALID";

    /// <inheritdoc />
    public string Message => $"The contract's service is invalid: {Reason}";
}

/// <summary>The contract was terminated, or its end has passed on the day of the command in its zone: every command
/// answers this (CTR-03).</summary>
/// <param name="ContractId">The contract.</param>
public sealed record ContractReadOnly(ContractId ContractId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_READ_ONLY";

    /// <inheritdoc />
    public string Message => "The contract was terminated or has expired and can no longer change.";
}

/// <summary>The last day of an early termination is before the day before the start, or after the contract's end
/// (CTR-04).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="LastDay">The last day asked for.</param>
/// <param name="Earliest">The earliest allowed last day: the day before the start (nothing is ever served).</param>
/// <param name="Latest">The latest allowed last day, the contract's end, or <see langword="null"/> when it has none yet.</param>
public sealed record ContractTerminationOutsideTerm(ContractId ContractId, LocalDate LastDay, LocalDate Earliest, LocalDate? Latest) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_TERMINATION_OUTSIDE_TERM";

    /// <inheritdoc />
    public string Message => Latest is { } latest
        ? $"A termination's last day must be from {Earliest:uuuu-MM-dd} to {latest:uuuu-MM-dd}; {LastDay:uuuu-MM-dd} is not."
        : $"A termination's last day must be on or after {Earliest:uuuu-MM-dd}; {LastDay:uuuu-MM-dd} is not.";
}

/// <summary>Notice was given on a contract that ends by itself after its term, or notice was already given (CTR-05).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="End">The contract's end, already known.</param>
public sealed record ContractEndAlreadyKnown(ContractId ContractId, LocalDate End) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_END_ALREADY_KNOWN";

    /// <inheritdoc />
    public string Message => $"The contract already ends on {End:uuuu-MM-dd}; no notice is needed.";
}

/// <summary>A restart was asked of a contract whose terms do not restart, that was given notice, or that already has a
/// successor (CTR-06).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="Reason">Why, in English.</param>
public sealed record ContractNotRestartable(ContractId ContractId, string Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_NOT_RESTARTABLE";

    /// <inheritdoc />
    public string Message => $"The contract cannot restart: {Reason}";
}

/// <summary>The notice announcement was asked on a day that is not the contract's announcement day (CTR-07).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="Day">The day asked for.</param>
public sealed record ContractNoticeNotDue(ContractId ContractId, LocalDate Day) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_NOTICE_NOT_DUE";

    /// <inheritdoc />
    public string Message => $"No notice deadline of the contract is announced on {Day:uuuu-MM-dd}.";
}

/// <summary>No contract is stored with this id (CTR-08).</summary>
/// <param name="ContractId">The id that was asked for.</param>
public sealed record ContractNotFound(ContractId ContractId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_NOT_FOUND";

    /// <inheritdoc />
    public string Message => "The contract does not exist.";
}

/// <summary>A change plan was made on another version of the contract than the stored one: the plan is refused and
/// must be made again (CTR-09).</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="PlannedOn">The version the plan was made on.</param>
/// <param name="Current">The contract's version now.</param>
public sealed record ContractChangedSincePlan(ContractId ContractId, AggregateVersion PlannedOn, AggregateVersion Current) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_CHANGED_SINCE_PLAN";

    /// <inheritdoc />
    public string Message => $"The contract changed since the plan was made (version {PlannedOn.Value} then, {Current.Value} now); make the plan again.";
}
