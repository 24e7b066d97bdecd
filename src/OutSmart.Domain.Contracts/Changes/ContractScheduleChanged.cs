using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A change plan was applied to a contract (<see cref="Contract.ApplyChange"/>): its schedules and planning
/// changed from <paramref name="EffectiveFrom"/> on. The host withdraws the plan's
/// <see cref="ChangePlan.WorkOrdersToCancel"/> and <see cref="ChangePlan.WorkOrdersToMove"/>; generation creates the
/// moved and added occurrences under their new keys.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="EffectiveFrom">The day of the edit.</param>
/// <param name="Moved">How many occurrences moved.</param>
/// <param name="Added">How many were added.</param>
/// <param name="Cancelled">How many were cancelled.</param>
/// <param name="By">Who applied it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record ContractScheduleChanged(ContractId ContractId, LocalDate EffectiveFrom, int Moved, int Added, int Cancelled, EmployeeId By, Instant OccurredAt) : IDomainEvent;
