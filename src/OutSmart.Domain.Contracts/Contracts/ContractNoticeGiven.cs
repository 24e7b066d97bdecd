using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>Notice was given (<see cref="Contract.GiveNotice"/>): the contract no longer renews or restarts and ends on
/// <paramref name="End"/>.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="End">Its last day now.</param>
/// <param name="By">Who gave notice.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ContractNoticeGiven(ContractId ContractId, LocalDate End, EmployeeId By, Instant OccurredAt) : IDomainEvent;
