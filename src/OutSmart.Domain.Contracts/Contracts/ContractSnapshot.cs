using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>The complete state of a <see cref="Contract"/> as plain immutable data, for storage adapters.</summary>
/// <remarks>
/// <para>Get one with <see cref="Contract.ToSnapshot"/> and turn it back into a contract with
/// <see cref="Contract.Rehydrate"/>, which checks it and refuses an inconsistent one with an
/// <see cref="ArgumentException"/>. The constructor stores what it is given without checking it.</para>
/// <para>Store the zone by its id and look it up again when reading.</para>
/// <para>Two snapshots are equal when all their values are equal, collections compared item by item in order (a default
/// array equals only another default array).</para>
/// </remarks>
/// <param name="Id">The contract id.</param>
/// <param name="Version">The stored version.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Start">The first day.</param>
/// <param name="Zone">The contract's time zone.</param>
/// <param name="Terms">The terms.</param>
/// <param name="Service">What it delivers.</param>
/// <param name="Template">The work-order template.</param>
/// <param name="Planning">How visits become work orders.</param>
/// <param name="NoticeEnd">The end fixed by notice, or <see langword="null"/>.</param>
/// <param name="Termination">The early termination, or <see langword="null"/>.</param>
/// <param name="PredecessorId">The contract this one restarted, or <see langword="null"/>.</param>
/// <param name="SuccessorId">The contract that restarted this one, or <see langword="null"/>.</param>
/// <param name="LastCompletions">Per floating schedule name, the day its last visit was completed.</param>
/// <param name="GeneratedThrough">The last target date generation handled, or <see langword="null"/>.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="History">The history, oldest first.</param>
public sealed record ContractSnapshot(
    ContractId Id,
    AggregateVersion Version,
    CustomerId CustomerId,
    LocalDate Start,
    DateTimeZone Zone,
    ContractTerms Terms,
    ContractService Service,
    WorkOrderTemplate Template,
    ContractPlanning Planning,
    LocalDate? NoticeEnd,
    ContractTermination? Termination,
    ContractId? PredecessorId,
    ContractId? SuccessorId,
    ImmutableSortedDictionary<string, LocalDate> LastCompletions,
    LocalDate? GeneratedThrough,
    Instant CreatedAt,
    EmployeeId CreatedBy,
    ImmutableArray<ContractHistoryEntry> History)
{
    /// <summary>Returns this snapshot with another version, for adapters that store it.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The new snapshot.</returns>
    public ContractSnapshot WithVersion(AggregateVersion version) => this with { Version = version };

    /// <inheritdoc />
    public bool Equals(ContractSnapshot? other) =>
        other is not null && Id == other.Id && Version == other.Version && CustomerId == other.CustomerId
        && Start == other.Start && Equals(Zone, other.Zone) && Equals(Terms, other.Terms) && Equals(Service, other.Service)
        && Equals(Template, other.Template) && Equals(Planning, other.Planning) && NoticeEnd == other.NoticeEnd
        && Equals(Termination, other.Termination) && PredecessorId == other.PredecessorId && SuccessorId == other.SuccessorId
        && (LastCompletions is null ? other.LastCompletions is null : other.LastCompletions is not null && LastCompletions.SequenceEqual(other.LastCompletions))
        && GeneratedThrough == other.GeneratedThrough && CreatedAt == other.CreatedAt && CreatedBy == other.CreatedBy
        && (History.IsDefault || other.History.IsDefault ? History.IsDefault && other.History.IsDefault : History.SequenceEqual(other.History));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Start, History.IsDefault ? -1 : History.Length);
}
