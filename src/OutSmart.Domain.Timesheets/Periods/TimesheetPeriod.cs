using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A company-wide timesheet period (urenperiode), such as a week or a month, that can be closed so that
/// nothing in it can be created or changed any more (TS-16), and reopened only by someone with the override
/// permission, with a reason, in an audit trail.</summary>
/// <remarks>
/// <para>Periods are company-wide, not per employee: payroll closes a week or month for everyone at once, and a lock
/// that differs per employee is the leak the landscape warns about. Stored periods never overlap.</para>
/// <para>The entry commands take the locks as a <see cref="PeriodLocks"/> value; <see cref="TimesheetCommands"/> reads
/// them from <see cref="ITimesheetPeriodRepository"/> for every command.</para>
/// <para>Instances are not thread-safe: one command at a time.</para>
/// </remarks>
public sealed class TimesheetPeriod : IHasDomainEvents
{
    private readonly List<TimesheetPeriodHistoryEntry> _history;
    private ReadOnlyCollection<TimesheetPeriodHistoryEntry>? _historyView; // a cast back to List<T> cannot change the period
    private readonly List<IDomainEvent> _events = [];
    private ReadOnlyCollection<IDomainEvent>? _eventsView;

    private TimesheetPeriod(TimesheetPeriodSnapshot s)
    {
        Id = s.Id;
        Version = s.Version;
        Days = s.Days;
        IsClosed = s.IsClosed;
        _history = [.. s.History];
    }

    /// <summary>Gets the period's id.</summary>
    public TimesheetPeriodId Id { get; }

    /// <summary>Gets the version the period was loaded with; <see cref="AggregateVersion.New"/> until first saved.</summary>
    public AggregateVersion Version { get; private set; }

    /// <summary>Gets the days of the period, both ends included.</summary>
    public DateInterval Days { get; }

    /// <summary>Gets a value indicating whether the period is closed (locked).</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Gets the audit trail of closes and reopenings, oldest first.</summary>
    public IReadOnlyList<TimesheetPeriodHistoryEntry> History => _historyView ??= _history.AsReadOnly();

    /// <inheritdoc />
    public IReadOnlyList<IDomainEvent> DomainEvents => _eventsView ??= _events.AsReadOnly();

    /// <summary>Opens a new, unlocked period.</summary>
    /// <param name="id">Not empty.</param>
    /// <param name="days">The days, both ends included.</param>
    /// <returns>The open period.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    public static TimesheetPeriod Open(TimesheetPeriodId id, DateInterval days)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(days);
        return new TimesheetPeriod(new TimesheetPeriodSnapshot(id, AggregateVersion.New, days, false, []));
    }

    /// <summary>Closes the period: from now on nothing in it can be created or changed.</summary>
    /// <param name="actor">Who closes it; needs <see cref="TimesheetPermissions.Admin"/> or <see cref="TimesheetPermissions.OverrideLock"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TimesheetPeriodTransitionInvalid"/> when closed already, or
    /// <see cref="TimesheetPeriodOverrideRequired"/> when the actor lacks both permissions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public OneOf<Success, TimesheetPeriodTransitionInvalid, TimesheetPeriodOverrideRequired> Close(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsClosed)
        {
            return new TimesheetPeriodTransitionInvalid(Id, true);
        }
        if (!actor.HasPermission(TimesheetPermissions.Admin) && !actor.HasPermission(TimesheetPermissions.OverrideLock))
        {
            return new TimesheetPeriodOverrideRequired(Id, TimesheetPermissions.Admin);
        }
        IsClosed = true;
        _history.Add(TimesheetPeriodHistoryEntry.Create(true, actor.EmployeeId, now, null));
        _events.Add(new TimesheetPeriodClosed(Id, Days, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Reopens a closed period: the explicit override of the lock, audited with who, when and why.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who; needs <see cref="TimesheetPermissions.OverrideLock"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/>, <see cref="TimesheetPeriodTransitionInvalid"/> when open, or
    /// <see cref="TimesheetPeriodOverrideRequired"/> without the override permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="actor"/> is null.</exception>
    public OneOf<Success, TimesheetPeriodTransitionInvalid, TimesheetPeriodOverrideRequired> Reopen(TimesheetReason reason, Actor actor, Instant now)
    {
        Guard.Against.Null(reason);
        Guard.Against.Null(actor);
        if (!IsClosed)
        {
            return new TimesheetPeriodTransitionInvalid(Id, false);
        }
        if (!actor.HasPermission(TimesheetPermissions.OverrideLock))
        {
            return new TimesheetPeriodOverrideRequired(Id, TimesheetPermissions.OverrideLock);
        }
        IsClosed = false;
        _history.Add(TimesheetPeriodHistoryEntry.Create(false, actor.EmployeeId, now, reason.Text));
        _events.Add(new TimesheetPeriodReopened(Id, Days, actor.EmployeeId, now));
        return new Success();
    }

    /// <summary>Turns a stored snapshot back into a period; for storage adapters.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its references is null.</exception>
    /// <exception cref="ArgumentException">The snapshot is inconsistent: an empty id, a default history, or a closed
    /// state that does not match the last history line.</exception>
    public static TimesheetPeriod Rehydrate(TimesheetPeriodSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Default(snapshot.Id, nameof(snapshot));
        Guard.Against.Null(snapshot.Days, nameof(snapshot));
        if (snapshot.History.IsDefault || snapshot.History.Contains(null!))
        {
            throw new ArgumentException("History is missing.", nameof(snapshot));
        }
        bool closed = !snapshot.History.IsEmpty && snapshot.History[^1].Closed;
        if (closed != snapshot.IsClosed)
        {
            throw new ArgumentException("A period is closed exactly when its last history line closed it.", nameof(snapshot));
        }
        return new TimesheetPeriod(snapshot);
    }

    /// <summary>Returns the period's state as immutable data, for storage adapters.</summary>
    /// <returns>A snapshot that <see cref="Rehydrate"/> turns back into an equal period.</returns>
    public TimesheetPeriodSnapshot ToSnapshot() => new(Id, Version, Days, IsClosed, [.. _history]);

    /// <summary>Records that a storage adapter saved the period; for storage adapters.</summary>
    /// <param name="savedVersion">The version now stored: <see cref="Version"/> plus one.</param>
    /// <exception cref="ArgumentException"><paramref name="savedVersion"/> does not follow <see cref="Version"/>.</exception>
    public void MarkSaved(AggregateVersion savedVersion) => Version = Version.ConfirmSaved(savedVersion);

    /// <inheritdoc />
    public void ClearDomainEvents() => _events.Clear();
}
