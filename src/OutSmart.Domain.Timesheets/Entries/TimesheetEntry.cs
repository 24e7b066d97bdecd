using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>One timesheet entry (urenregel) of one employee: work or travel time, a break, an expense or kilometres,
/// linked to a work order, project and/or customer, with its approval status and an append-only history.</summary>
/// <remarks>
/// <para>Create an entry with <see cref="Register"/> (by hand) or <see cref="Import"/> (from a work order's hours,
/// keyed by <see cref="ImportKey"/> so that importing twice never creates a second entry, TS-13). Change it only
/// through its commands, which take the acting <see cref="Actor"/> and the current <see cref="Instant"/> last.</para>
/// <para>The status machine (RULES.md 2.3, drawn on <see cref="TimesheetEntryStatus"/>): draft → submitted → approved →
/// exported; submitted → rejected (reason required) → edited → submitted; withdraw before a decision; reopen an
/// approved entry with the approver's role and a reason, never once exported. Every transition appends a
/// <see cref="TimesheetEntryHistoryEntry"/> with actor, instant and reason and records an event.</para>
/// <para>Content can change only in draft or rejected (TS-15), or through an administrator's audited
/// <see cref="CorrectApproved"/> of an approved entry (TS-25); every other edit answers the one read-only refusal
/// <see cref="TimesheetEntryLocked"/>. A command that creates or changes anything on a date in a closed period
/// answers <see cref="TimesheetPeriodLocked"/> (TS-16); exporting is the only command that ignores period locks.</para>
/// <para>Instances are not thread-safe: one command at a time. Storage adapters keep <see cref="TimesheetEntrySnapshot"/>s
/// and compare <see cref="Version"/> on save.</para>
/// </remarks>
public sealed partial class TimesheetEntry : IHasDomainEvents
{
    /// <summary>The longest description, in UTF-16 code units.</summary>
    public const int MaxDescriptionLength = 2000;

    private readonly List<TimesheetEntryHistoryEntry> _history;
    private ReadOnlyCollection<TimesheetEntryHistoryEntry>? _historyView; // a cast back to List<T> cannot change the entry
    private readonly List<IDomainEvent> _events = []; // no array until the first event: a loaded entry that is only read allocates none
    private ReadOnlyCollection<IDomainEvent>? _eventsView; // a cast back to List<T> cannot change the entry

    private TimesheetEntry(TimesheetEntrySnapshot s)
    {
        Id = s.Id;
        Version = s.Version;
        EmployeeId = s.EmployeeId;
        Zone = s.Zone;
        Content = s.Content;
        Links = s.Links;
        Description = s.Description;
        ImportKey = s.ImportKey;
        Status = s.Status;
        ExportBatch = s.ExportBatch;
        CreatedAt = s.CreatedAt;
        CreatedBy = s.CreatedBy;
        _history = new List<TimesheetEntryHistoryEntry>(s.History.Length + 1); // room for the next transition: a bulk approval does not regrow it
        foreach (TimesheetEntryHistoryEntry item in s.History)
        {
            _history.Add(item); // no boxing of the immutable array, unlike AddRange
        }
    }

    /// <summary>Gets the entry's id, chosen by the caller.</summary>
    public TimesheetEntryId Id { get; }

    /// <summary>Gets the version the entry was loaded with; <see cref="AggregateVersion.New"/> until first saved.</summary>
    public AggregateVersion Version { get; private set; }

    /// <summary>Gets whose hours these are.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the employee's zone when the entry was registered; it decides the entry's date.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets what the entry records.</summary>
    public TimesheetEntryContent Content { get; private set; }

    /// <summary>Gets the calendar date of the entry (shorthand for <see cref="TimesheetEntryContent.Date"/>).</summary>
    public LocalDate Date => Content.Date;

    /// <summary>Gets the work order, project and customer the entry is for.</summary>
    public EntryLinks Links { get; private set; }

    /// <summary>Gets the description; possibly empty. It is data: an export neutralises text a spreadsheet would execute.</summary>
    public string Description { get; private set; }

    /// <summary>Gets the import key when the entry came from a work order, otherwise <see langword="null"/>.</summary>
    public ImportKey? ImportKey { get; }

    /// <summary>Gets the approval status.</summary>
    public TimesheetEntryStatus Status { get; private set; }

    /// <summary>Gets the export batch once exported, otherwise <see langword="null"/>.</summary>
    public ExportBatchId? ExportBatch { get; private set; }

    /// <summary>Gets when the entry was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created it.</summary>
    public EmployeeId CreatedBy { get; }

    /// <summary>Gets a value indicating whether the content may change: draft or rejected (TS-15).</summary>
    public bool IsEditable => Status is TimesheetEntryStatus.Draft or TimesheetEntryStatus.Rejected;

    /// <summary>Gets the append-only history, oldest first.</summary>
    public IReadOnlyList<TimesheetEntryHistoryEntry> History => _historyView ??= _history.AsReadOnly();

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    /// <summary>Registers an entry by hand, in draft.</summary>
    /// <param name="id">The new entry's id; not empty.</param>
    /// <param name="employee">Whose hours, with their timesheet settings.</param>
    /// <param name="content">What it records.</param>
    /// <param name="links">What it is for; <see cref="EntryLinks.None"/> for nothing.</param>
    /// <param name="description">A description; trimmed; at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <param name="rules">The rules the content is checked against (errors refuse, warnings do not).</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">Who registers it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The new draft entry; <see cref="TimesheetDisabled"/> when the employee's timesheet is off;
    /// <see cref="TimesheetPeriodLocked"/> when the date is in a closed period; or <see cref="TimesheetEntryInvalid"/>
    /// with every error of the entry's own content (TS-01 … TS-04, TS-27 … TS-29). Rules over several entries (TS-05 and
    /// the daily and weekly limits) are checked by <see cref="TimesheetRules.Validate(IReadOnlyList{TimesheetEntry}, Instant)"/>, as <see cref="TimesheetCommands"/> does.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or the description is too long.</exception>
    public static OneOf<TimesheetEntry, TimesheetDisabled, TimesheetPeriodLocked, TimesheetEntryInvalid> Register(
        TimesheetEntryId id,
        TimesheetEmployee employee,
        TimesheetEntryContent content,
        EntryLinks links,
        string description,
        TimesheetRules rules,
        PeriodLocks locks,
        Actor actor,
        Instant now) =>
        Create(id, null, employee, content, links, description, rules, locks, actor, now);

    /// <summary>Creates an entry from the hours of a sent work order, in draft (TS-13). The host maps a work order's hours
    /// onto this command with plain values; <see cref="TimesheetCommands.ImportFromWorkOrderAsync"/> re-imports instead
    /// when the key exists.</summary>
    /// <param name="id">The new entry's id; not empty.</param>
    /// <param name="key">The work order, source line and employee; the employee must be <paramref name="employee"/>'s.</param>
    /// <param name="employee">Whose hours, with their timesheet settings.</param>
    /// <param name="content">What it records.</param>
    /// <param name="links">The project and customer; the work order link is always the key's work order.</param>
    /// <param name="description">A description; trimmed; at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <param name="rules">The rules the content is checked against.</param>
    /// <param name="locks">The closed periods.</param>
    /// <param name="actor">Who imports it (usually a system actor).</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The same answers as <see cref="Register"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, the key is another employee's, or the description is too long.</exception>
    public static OneOf<TimesheetEntry, TimesheetDisabled, TimesheetPeriodLocked, TimesheetEntryInvalid> Import(
        TimesheetEntryId id,
        ImportKey key,
        TimesheetEmployee employee,
        TimesheetEntryContent content,
        EntryLinks links,
        string description,
        TimesheetRules rules,
        PeriodLocks locks,
        Actor actor,
        Instant now)
    {
        Guard.Against.Null(key);
        Guard.Against.Null(employee);
        Guard.Against.Null(links);
        if (key.EmployeeId != employee.EmployeeId)
        {
            throw new ArgumentException("The import key belongs to another employee.", nameof(key));
        }
        return Create(id, key, employee, content, EntryLinks.Create(key.WorkOrderId, links.ProjectId, links.CustomerId), description, rules, locks, actor, now);
    }

    /// <summary>Turns a stored snapshot back into an entry, without events; for storage adapters.</summary>
    /// <param name="snapshot">The snapshot, as returned by <see cref="ToSnapshot"/>.</param>
    /// <returns>A new entry that shares no mutable state with the snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its references is null.</exception>
    /// <exception cref="ArgumentException">The snapshot breaks an invariant: an empty id, an undefined status, an export
    /// batch on an entry that is not exported (or none on one that is), an import key of another employee or without
    /// the work order link, a description that is too long or untrimmed, a default history, or a status that is not
    /// the last history line's.</exception>
    public static TimesheetEntry Rehydrate(TimesheetEntrySnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Default(snapshot.Id, nameof(snapshot));
        Guard.Against.Default(snapshot.EmployeeId, nameof(snapshot));
        Guard.Against.Default(snapshot.CreatedBy, nameof(snapshot));
        Guard.Against.Null(snapshot.Zone, nameof(snapshot));
        Guard.Against.Null(snapshot.Content, nameof(snapshot));
        Guard.Against.Null(snapshot.Links, nameof(snapshot));
        Guard.Against.Null(snapshot.Description, nameof(snapshot));
        Guard.Against.EnumOutOfRange(snapshot.Status, nameof(snapshot));
        Check(snapshot.ExportBatch is { IsEmpty: false } == (snapshot.Status == TimesheetEntryStatus.Exported), "An entry carries an export batch exactly when it is exported.");
        Check(snapshot.ImportKey is null || (snapshot.ImportKey.EmployeeId == snapshot.EmployeeId && snapshot.Links.WorkOrderId == snapshot.ImportKey.WorkOrderId), "An import key is the employee's and names the linked work order.");
        Check(snapshot.Description.Length <= MaxDescriptionLength && snapshot.Description.Trim().Length == snapshot.Description.Length, "The description is trimmed and not too long.");
        Check(!snapshot.History.IsDefaultOrEmpty && !snapshot.History.Contains(null!), "The history is missing.");
        Check(snapshot.History[0].Action is TimesheetEntryAction.Registered or TimesheetEntryAction.Imported, "The history starts with the registration or import.");
        Check(snapshot.History[^1].To == snapshot.Status, "The status is the one the last history line led to.");
        return new TimesheetEntry(snapshot);

        static void Check(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(snapshot));
            }
        }
    }

    /// <summary>Returns the entry's complete state as immutable data, for storage adapters.</summary>
    /// <returns>A snapshot that <see cref="Rehydrate"/> turns back into an equal entry.</returns>
    public TimesheetEntrySnapshot ToSnapshot() => new(
        Id, Version, EmployeeId, Zone, Content, Links, Description, ImportKey, Status, ExportBatch, CreatedAt, CreatedBy, [.. _history]);

    /// <summary>Records that a storage adapter saved the entry; for storage adapters.</summary>
    /// <param name="savedVersion">The version now stored: <see cref="Version"/> plus one.</param>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> does not follow <see cref="Version"/>.</exception>
    public void MarkSaved(AggregateVersion savedVersion) => Version = Version.ConfirmSaved(savedVersion);

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();

    private static OneOf<TimesheetEntry, TimesheetDisabled, TimesheetPeriodLocked, TimesheetEntryInvalid> Create(
        TimesheetEntryId id,
        ImportKey? key,
        TimesheetEmployee employee,
        TimesheetEntryContent content,
        EntryLinks links,
        string description,
        TimesheetRules rules,
        PeriodLocks locks,
        Actor actor,
        Instant now)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(employee);
        Guard.Against.Null(content);
        Guard.Against.Null(links);
        string text = CheckDescription(description);
        Guard.Against.Null(rules);
        Guard.Against.Null(locks);
        Guard.Against.Null(actor);
        if (!employee.IsEnabled)
        {
            return new TimesheetDisabled(employee.EmployeeId);
        }
        if (locks.IsLocked(content.Date))
        {
            return new TimesheetPeriodLocked(content.Date);
        }
        TimesheetValidation validation = rules.ValidateContent(id, employee, content, now);
        if (!validation.IsValid)
        {
            return new TimesheetEntryInvalid(validation.Errors);
        }
        TimesheetEntryAction action = key is null ? TimesheetEntryAction.Registered : TimesheetEntryAction.Imported;
        var entry = new TimesheetEntry(new TimesheetEntrySnapshot(
            id, AggregateVersion.New, employee.EmployeeId, employee.Zone, content, links, text, key, TimesheetEntryStatus.Draft,
            null, now, actor.EmployeeId,
            [TimesheetEntryHistoryEntry.Create(action, TimesheetEntryStatus.Draft, TimesheetEntryStatus.Draft, actor.EmployeeId, now, null)]));
        entry.Raise(new TimesheetEntryRegistered(id, employee.EmployeeId, actor.EmployeeId, now));
        return entry;
    }

    private static string CheckDescription(string description)
    {
        Guard.Against.Null(description);
        string trimmed = description.Trim();
        Guard.Against.OutOfRange(trimmed.Length, nameof(description), 0, MaxDescriptionLength);
        return trimmed;
    }

    // One command raises one event: the first gets an array of one, not List's default of four (bulk approval of
    // 100,000 entries allocates 2.4 MB less).
    private void Raise(IDomainEvent domainEvent)
    {
        if (_events.Capacity == 0)
        {
            _events.Capacity = 1;
        }
        _events.Add(domainEvent);
    }

    private void Record(TimesheetEntryAction action, TimesheetEntryStatus to, Actor actor, Instant now, string? reason)
    {
        _history.Add(TimesheetEntryHistoryEntry.For(action, Status, to, actor.EmployeeId, now, reason));
        Status = to;
    }
}
