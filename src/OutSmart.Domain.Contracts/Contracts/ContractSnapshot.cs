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
public sealed record ContractSnapshot
{
    /// <summary>Creates a snapshot; nothing is checked.</summary>
    /// <param name="id">The contract id.</param>
    /// <param name="version">The stored version.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="start">The first day.</param>
    /// <param name="zone">The contract's time zone.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="service">What it delivers.</param>
    /// <param name="template">The work-order template.</param>
    /// <param name="planning">How visits become work orders.</param>
    /// <param name="noticeEnd">The end fixed by notice, or <see langword="null"/>.</param>
    /// <param name="termination">The early termination, or <see langword="null"/>.</param>
    /// <param name="predecessorId">The contract this one restarted, or <see langword="null"/>.</param>
    /// <param name="successorId">The contract that restarted this one, or <see langword="null"/>.</param>
    /// <param name="lastCompletions">Per floating schedule name, the day its last visit was completed.</param>
    /// <param name="generatedThrough">The last target date generation handled, or <see langword="null"/>.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="createdBy">Who created it.</param>
    /// <param name="history">The history, oldest first.</param>
    public ContractSnapshot(
        ContractId id,
        AggregateVersion version,
        CustomerId customerId,
        LocalDate start,
        DateTimeZone zone,
        ContractTerms terms,
        ContractService service,
        WorkOrderTemplate template,
        ContractPlanning planning,
        LocalDate? noticeEnd,
        ContractTermination? termination,
        ContractId? predecessorId,
        ContractId? successorId,
        ImmutableSortedDictionary<string, LocalDate> lastCompletions,
        LocalDate? generatedThrough,
        Instant createdAt,
        EmployeeId createdBy,
        ImmutableArray<ContractHistoryEntry> history)
    {
        Id = id;
        Version = version;
        CustomerId = customerId;
        Start = start;
        Zone = zone;
        Terms = terms;
        Service = service;
        Template = template;
        Planning = planning;
        NoticeEnd = noticeEnd;
        Termination = termination;
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        LastCompletions = lastCompletions;
        GeneratedThrough = generatedThrough;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        History = history;
    }

    /// <summary>Gets the contract id.</summary>
    public ContractId Id { get; }

    /// <summary>Gets the stored version.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the contract's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the terms.</summary>
    public ContractTerms Terms { get; }

    /// <summary>Gets what it delivers.</summary>
    public ContractService Service { get; }

    /// <summary>Gets the work-order template.</summary>
    public WorkOrderTemplate Template { get; }

    /// <summary>Gets how visits become work orders.</summary>
    public ContractPlanning Planning { get; }

    /// <summary>Gets the end fixed by notice, or <see langword="null"/>.</summary>
    public LocalDate? NoticeEnd { get; }

    /// <summary>Gets the early termination, or <see langword="null"/>.</summary>
    public ContractTermination? Termination { get; }

    /// <summary>Gets the contract this one restarted, or <see langword="null"/>.</summary>
    public ContractId? PredecessorId { get; }

    /// <summary>Gets the contract that restarted this one, or <see langword="null"/>.</summary>
    public ContractId? SuccessorId { get; }

    /// <summary>Gets per floating schedule name, the day its last visit was completed.</summary>
    public ImmutableSortedDictionary<string, LocalDate> LastCompletions { get; }

    /// <summary>Gets the last target date generation handled, or <see langword="null"/>.</summary>
    public LocalDate? GeneratedThrough { get; }

    /// <summary>Gets when it was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created it.</summary>
    public EmployeeId CreatedBy { get; }

    /// <summary>Gets the history, oldest first.</summary>
    public ImmutableArray<ContractHistoryEntry> History { get; }

    /// <summary>Returns this snapshot with another version, for adapters that store it.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The new snapshot.</returns>
    public ContractSnapshot WithVersion(AggregateVersion version) => new(Id, version, CustomerId, Start, Zone, Terms, Service, Template, Planning, NoticeEnd, Termination, PredecessorId, SuccessorId, LastCompletions, GeneratedThrough, CreatedAt, CreatedBy, History);

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
