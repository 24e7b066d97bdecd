using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// The SLA clock of a corrective work order (<i>SLA-klok</i>): deadlines and states as a pure function of the business
/// calendar and the work order's <see cref="SlaEventLog"/>, never of stored counters, so they cannot drift when the log
/// or the calendar is edited.
/// </summary>
/// <remarks>
/// <para>Business time runs only inside the working intervals of <see cref="Hours"/>, in its zone, as real elapsed
/// time (a day worked around the clock lasts 23 or 25 hours when the clocks change), from the log's
/// <see cref="SlaEventLog.Created"/>, and stands still while the clock is paused (from a pause to the next resume).
/// Holidays have no working time.</para>
/// <para>A target's deadline is the earliest instant at which the business time counted reaches the target, counting
/// the pauses that began before the target's event (all of them while it has not happened) and no later ones. If the
/// clock is paused, the event has not happened and the target had not been reached when the pause began, the deadline
/// is not known yet.</para>
/// <para>Instances are immutable and thread-safe when the holiday calendar is; equality is reference equality.</para>
/// </remarks>
public sealed class SlaClock
{
    private static readonly SlaTargetKind[] Kinds = [SlaTargetKind.Response, SlaTargetKind.OnSite, SlaTargetKind.Resolution];

    private SlaClock(BusinessHours hours, SlaTargets targets)
    {
        Hours = hours;
        Targets = targets;
    }

    /// <summary>Gets the working hours, holidays and zone the clock counts in.</summary>
    public BusinessHours Hours { get; }

    /// <summary>Gets the targets the clock measures.</summary>
    public SlaTargets Targets { get; }

    /// <summary>Creates a clock.</summary>
    /// <param name="hours">The working hours, holidays and zone to count in.</param>
    /// <param name="targets">The targets; an <see cref="SlaPolicy"/> gives them per priority.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SlaClock Create(BusinessHours hours, SlaTargets targets)
    {
        Guard.Against.Null(hours);
        Guard.Against.Null(targets);
        return new SlaClock(hours, targets);
    }

    /// <summary>Reads the clock at <paramref name="now"/>: a deadline and a state for each target.</summary>
    /// <param name="log">The work order's creation and events.</param>
    /// <param name="now">The moment of reading; not before the creation or the last event.</param>
    /// <returns>
    /// <para>The reading. Each target's <see cref="SlaTargetReading.State"/> is the first that applies:
    /// <see cref="SlaState.Met"/> when its event happened at or before the deadline, or while the deadline was not
    /// known; <see cref="SlaState.Breached"/> when it happened after the deadline, or has not happened and
    /// <paramref name="now"/> is after the deadline; <see cref="SlaState.Paused"/> when the deadline is not known;
    /// <see cref="SlaState.AtRisk"/> when the business time counted at <paramref name="now"/> is at least
    /// <see cref="SlaTargets.WarningThreshold"/> × the target; otherwise <see cref="SlaState.OnTrack"/>.</para>
    /// <para>Or <see cref="SlaEventLogInvalid"/> when <paramref name="now"/> is before the creation
    /// (<see cref="SlaEventLogProblem.ReadBeforeCreated"/>) or before an event (<see cref="SlaEventLogProblem.AfterNow"/>); or <see cref="WorkingTimeNotFound"/> when a
    /// deadline lies beyond <see cref="BusinessCalendar.MaxSearchDays"/> days without working time.</para>
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is <see langword="null"/>.</exception>
    public OneOf<SlaReading, SlaEventLogInvalid, WorkingTimeNotFound> Read(SlaEventLog log, Instant now)
    {
        Guard.Against.Null(log);
        if (now < log.Created)
        {
            return new SlaEventLogInvalid(SlaEventLogProblem.ReadBeforeCreated, -1, null, now);
        }
        if (log.Events.Length > 0 && log.Events[^1].At > now)
        {
            SlaEvent last = log.Events[^1];
            return new SlaEventLogInvalid(SlaEventLogProblem.AfterNow, log.Events.Length - 1, last.Kind, last.At);
        }
        List<Interval> pauses = log.GetPauses();
        var readings = ImmutableArray.CreateBuilder<SlaTargetReading>(Kinds.Length);
        foreach (SlaTargetKind kind in Kinds)
        {
            if (Targets.GetTarget(kind) is not { } target)
            {
                continue;
            }
            Instant? at = log.GetEndOf(kind);
            List<Interval> counted = at is { } happened ? pauses.FindAll(p => p.Start < happened) : pauses;
            if (FindDeadline(log.Created, target, counted).TryPickT1(out WorkingTimeNotFound notFound, out Instant? deadline))
            {
                return notFound;
            }
            Duration elapsed = Hours.Between(log.Created, at ?? now, counted);
            readings.Add(new SlaTargetReading(kind, target, deadline, Decide(target, deadline, at, elapsed, now), at, elapsed));
        }
        return new SlaReading(now, readings.ToImmutable());
    }

    private SlaState Decide(Duration target, Instant? deadline, Instant? at, Duration elapsed, Instant now)
    {
        if (at is { } happened)
        {
            return deadline is not { } due || happened <= due ? SlaState.Met : SlaState.Breached;
        }
        if (deadline is not { } known)
        {
            return SlaState.Paused;
        }
        if (now > known)
        {
            return SlaState.Breached;
        }
        // Exact decimal arithmetic, so that 0.6 × 2 hours is 72 minutes and not a nanosecond either side.
        decimal used = elapsed.ToInt64Nanoseconds();
        return used >= Targets.WarningThreshold * target.ToInt64Nanoseconds() ? SlaState.AtRisk : SlaState.OnTrack;
    }

    /// <summary>The earliest instant at which the business time from <paramref name="created"/>, outside <paramref name="pauses"/>, reaches <paramref name="target"/>; <see langword="null"/> when an open pause begins first.</summary>
    private OneOf<Instant?, WorkingTimeNotFound> FindDeadline(Instant created, Duration target, List<Interval> pauses)
    {
        Instant cursor = created;
        Duration remaining = target;
        foreach (Interval pause in pauses)
        {
            if (pause.Start > cursor)
            {
                Duration available = Hours.Between(cursor, pause.Start);
                if (available >= remaining)
                {
                    return ToNullable(Hours.Add(cursor, remaining));
                }
                remaining -= available;
            }
            if (!pause.HasEnd)
            {
                return (Instant?)null;
            }
            cursor = Instant.Max(cursor, pause.End);
        }
        return ToNullable(Hours.Add(cursor, remaining));
    }

    private static OneOf<Instant?, WorkingTimeNotFound> ToNullable(OneOf<Instant, WorkingTimeNotFound> result) =>
        result.Match<OneOf<Instant?, WorkingTimeNotFound>>(instant => (Instant?)instant, notFound => notFound);
}
