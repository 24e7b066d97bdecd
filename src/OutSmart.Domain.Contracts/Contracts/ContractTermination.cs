using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>An early termination (beëindiging) recorded on a contract by <see cref="Contract.Terminate"/>.</summary>
/// <param name="LastDay">The last day the contract serves (included); nothing is generated for a later target.</param>
/// <param name="Cancellation">The reason and comment.</param>
/// <param name="By">Who terminated it.</param>
/// <param name="At">When it was recorded.</param>
public sealed record ContractTermination(LocalDate LastDay, ContractCancellation Cancellation, EmployeeId By, Instant At);
