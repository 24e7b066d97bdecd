using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>One line of an entry's append-only history: what happened, the status before and after, who, when and why.</summary>
/// <remarks>Two lines are equal when all their properties are equal.</remarks>
public sealed record TimesheetEntryHistoryEntry
{
    private TimesheetEntryHistoryEntry(TimesheetEntryAction action, TimesheetEntryStatus from, TimesheetEntryStatus to, EmployeeId actor, Instant at, string? reason)
    {
        Action = action;
        From = from;
        To = to;
        Actor = actor;
        At = at;
        Reason = reason;
    }

    /// <summary>Gets what happened.</summary>
    public TimesheetEntryAction Action { get; }

    /// <summary>Gets the status before.</summary>
    public TimesheetEntryStatus From { get; }

    /// <summary>Gets the status after.</summary>
    public TimesheetEntryStatus To { get; }

    /// <summary>Gets who did it; never empty.</summary>
    public EmployeeId Actor { get; }

    /// <summary>Gets when it happened (a UTC instant).</summary>
    public Instant At { get; }

    /// <summary>Gets the reason (for a rejection or reopening) or what changed (for an edit), or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>Creates a line; used by the entry and by storage adapters that read one back.</summary>
    /// <param name="action">A defined action.</param>
    /// <param name="from">A defined status.</param>
    /// <param name="to">A defined status.</param>
    /// <param name="actor">Not empty.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The reason, or <see langword="null"/>.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentException">An enum is undefined or <paramref name="actor"/> is empty.</exception>
    public static TimesheetEntryHistoryEntry Create(TimesheetEntryAction action, TimesheetEntryStatus from, TimesheetEntryStatus to, EmployeeId actor, Instant at, string? reason)
    {
        Guard.Against.EnumOutOfRange(action);
        Guard.Against.EnumOutOfRange(from);
        Guard.Against.EnumOutOfRange(to);
        Guard.Against.Default(actor);
        return new TimesheetEntryHistoryEntry(action, from, to, actor, at, reason);
    }

    // For the entry's own commands, whose values are valid by construction: no checks on the hot path of bulk approval.
    internal static TimesheetEntryHistoryEntry For(TimesheetEntryAction action, TimesheetEntryStatus from, TimesheetEntryStatus to, EmployeeId actor, Instant at, string? reason) =>
        new(action, from, to, actor, at, reason);
}
