using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// A service agreement with a customer (onderhouds- of servicecontract): what it delivers (preventive schedules, an
/// SLA, yearly orders), its terms, its dates, and how its visits become work orders. The
/// <see cref="ContractGenerationService"/> plans its work orders exactly once per occurrence.
/// </summary>
/// <remarks>
/// <para>The status is derived for a day by <see cref="StatusOn"/> from the start, the end and a termination; it is
/// never set by hand. A contract serves the days from <see cref="Start"/> to <see cref="LastDay"/> (both included):
/// no visit is generated for a target outside them.</para>
/// <para>Read-only refusal: once a termination is recorded, or when the day of the command's <c>now</c> in the
/// contract's zone is after its <see cref="End"/>, every command answers <see cref="ContractReadOnly"/>.</para>
/// <para>The version advances only on a successful save (<see cref="MarkSaved"/>). Instances are not thread-safe.</para>
/// </remarks>
public sealed partial class Contract : IHasDomainEvents
{
    private readonly List<ContractHistoryEntry> _history;
    private ReadOnlyCollection<ContractHistoryEntry>? _historyView; // a cast back to List<T> cannot change the aggregate
    private readonly List<IDomainEvent> _events = [];
    private ReadOnlyCollection<IDomainEvent>? _eventsView; // a cast back to List<T> cannot change the aggregate

    private Contract(ContractSnapshot s)
    {
        Id = s.Id;
        Version = s.Version;
        CustomerId = s.CustomerId;
        Start = s.Start;
        Zone = s.Zone;
        Terms = s.Terms;
        Service = s.Service;
        Template = s.Template;
        Planning = s.Planning;
        NoticeEnd = s.NoticeEnd;
        Termination = s.Termination;
        PredecessorId = s.PredecessorId;
        SuccessorId = s.SuccessorId;
        LastCompletions = s.LastCompletions;
        GeneratedThrough = s.GeneratedThrough;
        CreatedAt = s.CreatedAt;
        CreatedBy = s.CreatedBy;
        _history = [.. s.History];
    }

    /// <summary>Gets the id.</summary>
    public ContractId Id { get; }

    /// <summary>Gets the stored version; <see cref="AggregateVersion.New"/> until the first save.</summary>
    public AggregateVersion Version { get; private set; }

    /// <summary>Gets the customer (klant).</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the first day the contract serves (ingangsdatum).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the contract's time zone: visits are planned at local times in it and "today" is read in it.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the terms.</summary>
    public ContractTerms Terms { get; }

    /// <summary>Gets what the contract delivers.</summary>
    public ContractService Service { get; private set; }

    /// <summary>Gets the kind of contract, <see cref="ContractService.Kind"/>.</summary>
    public ContractKind Kind => Service.Kind;

    /// <summary>Gets the work-order template.</summary>
    public WorkOrderTemplate Template { get; private set; }

    /// <summary>Gets how visits become work orders.</summary>
    public ContractPlanning Planning { get; private set; }

    /// <summary>Gets the termination, or <see langword="null"/> when none was recorded.</summary>
    public ContractTermination? Termination { get; private set; }

    /// <summary>Gets the contract this one restarted, or <see langword="null"/>.</summary>
    public ContractId? PredecessorId { get; }

    /// <summary>Gets the successor started by <see cref="Restart"/>, or <see langword="null"/>.</summary>
    public ContractId? SuccessorId { get; private set; }

    /// <summary>Gets, per floating schedule name, the day its last visit was completed (ordinal name order).</summary>
    public ImmutableSortedDictionary<string, LocalDate> LastCompletions { get; private set; }

    /// <summary>Gets when the contract was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created it.</summary>
    public EmployeeId CreatedBy { get; }

    /// <summary>Gets the history, oldest first.</summary>
    public IReadOnlyList<ContractHistoryEntry> History => _historyView ??= _history.AsReadOnly();

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    private LocalDate? NoticeEnd { get; set; }

    /// <summary>Creates a contract and records <see cref="ContractCreated"/>.</summary>
    /// <param name="id">The id; not empty.</param>
    /// <param name="customerId">The customer; not empty.</param>
    /// <param name="start">The first day.</param>
    /// <param name="zone">The contract's time zone, for example <c>Europe/Amsterdam</c>.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="service">What it delivers.</param>
    /// <param name="template">The work-order template.</param>
    /// <param name="planning">How visits become work orders; <see cref="ContractPlanning.Default"/> for the defaults.</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The contract, at <see cref="AggregateVersion.New"/>. A contract that can never produce a visit is still
    /// created; <see cref="FindWarnings"/> says why.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public static Contract Create(
        ContractId id,
        CustomerId customerId,
        LocalDate start,
        DateTimeZone zone,
        ContractTerms terms,
        ContractService service,
        WorkOrderTemplate template,
        ContractPlanning planning,
        Actor actor,
        Instant now) =>
        Open(id, customerId, start, zone, terms, service, template, planning, null, actor, now);

    /// <summary>Validates a snapshot and returns the contract it describes.</summary>
    /// <param name="snapshot">The snapshot, for example read from storage.</param>
    /// <returns>The contract, with no domain events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or a part of it is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The snapshot is inconsistent: it describes a contract the commands could not
    /// have produced.</exception>
    public static Contract Rehydrate(ContractSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Default(snapshot.Id, nameof(snapshot));
        Guard.Against.Default(snapshot.CustomerId, nameof(snapshot));
        Guard.Against.Default(snapshot.CreatedBy, nameof(snapshot));
        Guard.Against.Null(snapshot.Zone, nameof(snapshot));
        Guard.Against.Null(snapshot.Terms, nameof(snapshot));
        Guard.Against.Null(snapshot.Service, nameof(snapshot));
        Guard.Against.Null(snapshot.Template, nameof(snapshot));
        Guard.Against.Null(snapshot.Planning, nameof(snapshot));
        Guard.Against.Null(snapshot.LastCompletions, nameof(snapshot));
        Check(ContractTerms.IsValid(snapshot.Terms), "The terms are invalid.");
        // Service and planning are valid by construction: their only constructors are their validating factories.
        Check(snapshot.NoticeEnd is null || snapshot.Terms.Continuation != ContractContinuation.Ends, "Only a renewing or restarting contract takes notice.");
        Check(snapshot.NoticeEnd is not { } n || n >= snapshot.Terms.FirstTermEnd(snapshot.Start), "Notice ends a contract at the end of a term.");
        Check(snapshot.SuccessorId is null || (snapshot.Terms.Continuation == ContractContinuation.Restarts && snapshot.NoticeEnd is null && snapshot.SuccessorId != snapshot.Id), "Only a restarting contract without notice has a successor.");
        Check(snapshot.PredecessorId != snapshot.Id, "A contract does not restart itself.");
        Check(snapshot.Termination is not { } t || (t.Cancellation is not null && t.LastDay >= snapshot.Start.PlusDays(-1) && !t.By.IsEmpty), "The termination is invalid.");
        Check(snapshot.LastCompletions.Keys.All(k => snapshot.Service.Schedules.Any(s => s.Name == k)), "A completion names an unknown schedule.");
        Check(!snapshot.History.IsDefault && !snapshot.History.Contains(null!), "History is missing.");
        return new Contract(snapshot);

        static void Check(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(snapshot));
            }
        }
    }

    /// <summary>Returns the contract's state as a snapshot that shares nothing mutable with it.</summary>
    /// <returns>The snapshot.</returns>
    public ContractSnapshot ToSnapshot() => new(
        Id, Version, CustomerId, Start, Zone, Terms, Service, Template, Planning, NoticeEnd, Termination, PredecessorId,
        SuccessorId, LastCompletions, GeneratedThrough, CreatedAt, CreatedBy, [.. _history]);

    /// <summary>Confirms a successful save; called by storage adapters.</summary>
    /// <param name="savedVersion">The version storage assigned, the next after <see cref="Version"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> is not the next version.</exception>
    public void MarkSaved(AggregateVersion savedVersion) => Version = Version.ConfirmSaved(savedVersion);

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();

    private static Contract Open(
        ContractId id,
        CustomerId customerId,
        LocalDate start,
        DateTimeZone zone,
        ContractTerms terms,
        ContractService service,
        WorkOrderTemplate template,
        ContractPlanning planning,
        ContractId? predecessor,
        Actor actor,
        Instant now)
    {
        Guard.Against.Default(id);
        Guard.Against.Default(customerId);
        Guard.Against.Null(zone);
        Guard.Against.Null(terms);
        Guard.Against.Null(service);
        Guard.Against.Null(template);
        Guard.Against.Null(planning);
        Guard.Against.Null(actor);
        var contract = new Contract(new ContractSnapshot(
            id, AggregateVersion.New, customerId, start, zone, terms, service, template, planning, null, null, predecessor,
            null, ImmutableSortedDictionary.Create<string, LocalDate>(StringComparer.Ordinal), null, now, actor.EmployeeId, []));
        contract.Record(actor, now, ContractHistoryKind.Created, predecessor is { } p ? $"restart of {p.Value:D}" : $"{service.Kind} from {start:uuuu-MM-dd}");
        contract._events.Add(new ContractCreated(id, customerId, service.Kind, start, actor.EmployeeId, now));
        return contract;
    }

    // Every command checks this first, so a terminated or expired contract gives one refusal whatever was asked.
    private bool IsRefusedAsReadOnly(Instant now, out ContractReadOnly refusal)
    {
        refusal = new ContractReadOnly(Id);
        return Termination is not null || (End is { } end && now.InZone(Zone).Date > end);
    }

    private void Record(Actor actor, Instant now, ContractHistoryKind kind, string detail) =>
        _history.Add(ContractHistoryEntry.For(actor, now, kind, detail));
}
