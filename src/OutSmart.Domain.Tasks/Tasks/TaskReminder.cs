using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Tasks;

/// <summary>When the task's owner and assignees are reminded of it (TSK-08): at a fixed instant, or a duration before the due moment.</summary>
/// <remarks>
/// <para>A relative reminder needs a task whose due is a moment (<see cref="TaskDue.At(LocalDateTime, DateTimeZone)"/>): a
/// date-only due has no time to count back from. It follows the due when the task is rescheduled, and counts back from
/// the due moment as resolved when it is asked (<see cref="FiresAt"/>), so it follows a change in the zone's rules too.</para>
/// <para>Two reminders are equal when they are of the same kind with the same instant or offset.</para>
/// </remarks>
public sealed record TaskReminder
{
    private TaskReminder(Instant? at, Duration? beforeDue)
    {
        At = at;
        BeforeDue = beforeDue;
    }

    /// <summary>Gets the fixed instant of an absolute reminder; otherwise <see langword="null"/>.</summary>
    public Instant? At { get; }

    /// <summary>Gets how long before the due moment a relative reminder fires; otherwise <see langword="null"/>.</summary>
    public Duration? BeforeDue { get; }

    /// <summary>Creates a reminder at a fixed instant.</summary>
    /// <param name="at">When to remind.</param>
    /// <returns>The reminder.</returns>
    public static TaskReminder AtInstant(Instant at) => new(at, null);

    /// <summary>Creates a reminder a duration before the task's due moment.</summary>
    /// <param name="offset">Zero or more; how long before the due moment to remind.</param>
    /// <returns>The reminder.</returns>
    /// <exception cref="ArgumentException"><paramref name="offset"/> is negative.</exception>
    public static TaskReminder Before(Duration offset)
    {
        if (offset < Duration.Zero)
        {
            throw new ArgumentException("The offset must not be negative.", nameof(offset));
        }
        return new TaskReminder(null, offset);
    }

    /// <summary>Returns the instant this reminder fires for a task with the given due.</summary>
    /// <param name="due">The task's due, or <see langword="null"/>.</param>
    /// <returns>The instant, or <see langword="null"/> when the reminder is relative and the due is missing or date-only.
    /// A relative reminder resolves the due moment with its zone's current rules.</returns>
    public Instant? FiresAt(TaskDue? due) =>
        At ?? (due?.ResolveMoment() is { } moment ? moment - BeforeDue!.Value : null);

    /// <summary>Returns the reminder for display.</summary>
    /// <returns>For example <c>at 2026-03-02T08:00:00Z</c> or <c>1:00:00 before due</c>.</returns>
    public override string ToString() => At is { } at
        ? $"at {at}"
        : $"{BeforeDue!.Value.ToString("H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} before due";
}
