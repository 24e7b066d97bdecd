using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// The moment a work order was created and what happened to it since (paused, resumed, responded, on site, resolved):
/// the only input, beside the calendar, from which an <see cref="SlaClock"/> computes deadlines and states.
/// </summary>
/// <remarks>
/// <para>Every log is valid: the events are in time order (equal instants keep their order), none is before
/// <see cref="Created"/>, pauses and resumes alternate starting with a pause, and each of
/// <see cref="SlaEventKind.Responded"/>, <see cref="SlaEventKind.OnSite"/> and <see cref="SlaEventKind.Resolved"/>
/// happens at most once. The clock keeps no counters: editing the log (or the calendar) and reading it again gives
/// the answer as if it had always been so.</para>
/// <para>Instances are immutable and thread-safe. Two logs are equal when their creation instants and events, in
/// order, are equal.</para>
/// </remarks>
public sealed class SlaEventLog : IEquatable<SlaEventLog>
{
    private SlaEventLog(Instant created, ImmutableArray<SlaEvent> events)
    {
        Created = created;
        Events = events;
    }

    /// <summary>Gets the moment the work order was created: the clock starts here.</summary>
    public Instant Created { get; }

    /// <summary>Gets the events in time order.</summary>
    public ImmutableArray<SlaEvent> Events { get; }

    /// <summary>Gets a value indicating whether the last pause has not been resumed.</summary>
    public bool IsPaused => Events.LastOrDefault(e => e.Kind is SlaEventKind.Paused or SlaEventKind.Resumed)?.Kind == SlaEventKind.Paused;

    /// <summary>Starts a log without events.</summary>
    /// <param name="created">The moment the work order was created.</param>
    /// <returns>The log.</returns>
    public static SlaEventLog Start(Instant created) => new(created, []);

    /// <summary>Creates a log from events recorded elsewhere.</summary>
    /// <param name="created">The moment the work order was created.</param>
    /// <param name="events">The events in time order.</param>
    /// <returns>The log, or <see cref="SlaEventLogInvalid"/> naming the first event that breaks a rule of the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is or contains <see langword="null"/>.</exception>
    public static OneOf<SlaEventLog, SlaEventLogInvalid> Create(Instant created, IEnumerable<SlaEvent> events)
    {
        Guard.Against.Null(events);
        ImmutableArray<SlaEvent> list = [.. events];
        if (list.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(events), "An SLA event in the list is null.");
        }
        bool paused = false;
        var seen = new HashSet<SlaEventKind>();
        for (int index = 0; index < list.Length; index++)
        {
            SlaEvent current = list[index];
            if (index > 0 && current.At < list[index - 1].At)
            {
                return new SlaEventLogInvalid(SlaEventLogProblem.OutOfOrder, index, current.Kind, current.At);
            }
            if (current.At < created)
            {
                return new SlaEventLogInvalid(SlaEventLogProblem.BeforeCreated, index, current.Kind, current.At);
            }
            switch (current.Kind)
            {
                case SlaEventKind.Paused or SlaEventKind.Resumed:
                    if (paused == (current.Kind == SlaEventKind.Paused))
                    {
                        return new SlaEventLogInvalid(SlaEventLogProblem.PauseMismatch, index, current.Kind, current.At);
                    }
                    paused = !paused;
                    break;
                default:
                    if (!seen.Add(current.Kind))
                    {
                        return new SlaEventLogInvalid(SlaEventLogProblem.Repeated, index, current.Kind, current.At);
                    }
                    break;
            }
        }
        return new SlaEventLog(created, list);
    }

    /// <summary>Returns this log with <paramref name="event"/> recorded last; this log does not change.</summary>
    /// <param name="event">What happened; not earlier than the last event.</param>
    /// <returns>The longer log, or <see cref="SlaEventLogInvalid"/> when the event breaks a rule of the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is <see langword="null"/>.</exception>
    public OneOf<SlaEventLog, SlaEventLogInvalid> Record(SlaEvent @event)
    {
        Guard.Against.Null(@event);
        return Create(Created, Events.Add(@event));
    }

    /// <summary>Returns when the event that ends <paramref name="kind"/> happened.</summary>
    /// <param name="kind">The target.</param>
    /// <returns>The instant, or <see langword="null"/> when it has not happened.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined value.</exception>
    public Instant? GetEndOf(SlaTargetKind kind)
    {
        SlaEventKind ending = Guard.Against.EnumOutOfRange(kind) switch
        {
            SlaTargetKind.Response => SlaEventKind.Responded,
            SlaTargetKind.OnSite => SlaEventKind.OnSite,
            _ => SlaEventKind.Resolved,
        };
        foreach (SlaEvent e in Events)
        {
            if (e.Kind == ending)
            {
                return e.At;
            }
        }
        return null;
    }

    /// <summary>Returns the pauses in time order: each from its <see cref="SlaEventKind.Paused"/> to the next <see cref="SlaEventKind.Resumed"/>, the last one open (no end) while the clock is paused.</summary>
    internal List<Interval> GetPauses()
    {
        var pauses = new List<Interval>();
        Instant? start = null;
        foreach (SlaEvent e in Events)
        {
            if (e.Kind == SlaEventKind.Paused)
            {
                start = e.At;
            }
            else if (e.Kind == SlaEventKind.Resumed && start is { } from)
            {
                pauses.Add(new Interval(from, e.At));
                start = null;
            }
        }
        if (start is { } open)
        {
            pauses.Add(new Interval(open, null));
        }
        return pauses;
    }

    /// <inheritdoc/>
    public bool Equals(SlaEventLog? other) =>
        other is not null && (ReferenceEquals(this, other) || (Created == other.Created && Events.SequenceEqual(other.Events)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaEventLog);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Created);
        foreach (SlaEvent e in Events)
        {
            hash.Add(e);
        }
        return hash.ToHashCode();
    }
}
