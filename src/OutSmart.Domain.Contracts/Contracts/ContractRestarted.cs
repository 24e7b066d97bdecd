using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A contract ending after its term restarted as a successor with the same conditions
/// (<see cref="Contract.Restart"/>).</summary>
/// <param name="ContractId">The ending contract.</param>
/// <param name="SuccessorId">The successor.</param>
/// <param name="SuccessorStart">The successor's first day, the day after this contract's end.</param>
/// <param name="By">Who restarted it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ContractRestarted(ContractId ContractId, ContractId SuccessorId, LocalDate SuccessorStart, EmployeeId By, Instant OccurredAt) : IDomainEvent;
