using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>The last day to cancel the current term is near (<see cref="Contract.AnnounceNoticeDeadline"/>): a host
/// raises a follow-up task so that someone decides about renewal in time.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="LastDayToCancel">The last day notice can be given for the term.</param>
/// <param name="TermEnd">The term's last day.</param>
/// <param name="By">Who (which process) announced it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ContractNoticeDeadlineApproaching(ContractId ContractId, LocalDate LastDayToCancel, LocalDate TermEnd, EmployeeId By, Instant OccurredAt) : IDomainEvent;
