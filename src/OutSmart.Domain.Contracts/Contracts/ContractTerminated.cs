using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A contract was terminated early (<see cref="Contract.Terminate"/>); generation stops after
/// <paramref name="LastDay"/>.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="LastDay">The last day it serves.</param>
/// <param name="Reason">Why.</param>
/// <param name="By">Who terminated it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ContractTerminated(ContractId ContractId, LocalDate LastDay, CancellationReason Reason, EmployeeId By, Instant OccurredAt) : IDomainEvent;
