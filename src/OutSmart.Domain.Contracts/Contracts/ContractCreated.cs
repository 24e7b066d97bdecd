using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A contract was created (<see cref="Contract.Create"/>) or started as a restart's successor.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="CustomerId">Its customer.</param>
/// <param name="Kind">What it delivers.</param>
/// <param name="Start">Its first day.</param>
/// <param name="By">Who created it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ContractCreated(ContractId ContractId, CustomerId CustomerId, ContractKind Kind, LocalDate Start, EmployeeId By, Instant OccurredAt) : IDomainEvent;
