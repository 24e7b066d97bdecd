using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>One line of a period's audit trail: closed or reopened, by whom, when and why.</summary>
/// <remarks>Two lines are equal when all their properties are equal.</remarks>
public sealed record TimesheetPeriodHistoryEntry
{
    private TimesheetPeriodHistoryEntry(bool closed, EmployeeId actor, Instant at, string? reason)
    {
        Closed = closed;
        Actor = actor;
        At = at;
        Reason = reason;
    }

    /// <summary>Gets a value indicating whether the period was closed (<see langword="true"/>) or reopened.</summary>
    public bool Closed { get; }

    /// <summary>Gets who did it; never empty.</summary>
    public EmployeeId Actor { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets why it was reopened; <see langword="null"/> for a close.</summary>
    public string? Reason { get; }

    /// <summary>Creates a line; used by the period and by storage adapters.</summary>
    /// <param name="closed">Closed or reopened.</param>
    /// <param name="actor">Not empty.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The reason of a reopening, or <see langword="null"/>.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is empty.</exception>
    public static TimesheetPeriodHistoryEntry Create(bool closed, EmployeeId actor, Instant at, string? reason) =>
        new(closed, Guard.Against.Default(actor), at, reason);
}
