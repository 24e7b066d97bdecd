using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>When a work order should happen: a planned local date and time in a zone, or a deadline date.</summary>
/// <remarks>
/// <para>A future appointment is stored as a <see cref="LocalDateTimeInZone"/> (local date and time plus the zone) and
/// resolved to an instant as late as possible, by <see cref="ToPlannedInstant"/>, with the zone's rules as they are
/// known then and <see cref="Resolvers.LenientResolver"/>: a time in a spring-forward gap moves forward by the gap, an
/// ambiguous autumn time takes the earlier instant. A change in the zone's rules therefore never moves the appointment
/// on the wall clock.</para>
/// <para>Two schedules are equal when their parts are equal (zones by id).</para>
/// </remarks>
public sealed record WorkOrderSchedule
{
    private WorkOrderSchedule(LocalDateTimeInZone? plannedAt, LocalDate? deadline)
    {
        PlannedAt = plannedAt;
        Deadline = deadline;
    }

    /// <summary>Gets the planned local date and time with its zone, or <see langword="null"/> for a deadline.</summary>
    public LocalDateTimeInZone? PlannedAt { get; }

    /// <summary>Gets the last day the work may happen (included), or <see langword="null"/> for a planned time.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Creates a schedule for a planned local date and time in a zone.</summary>
    /// <param name="plannedAt">The local date and time and its zone.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plannedAt"/> is <see langword="null"/>.</exception>
    public static WorkOrderSchedule At(LocalDateTimeInZone plannedAt) => new(Guard.Against.Null(plannedAt), null);

    /// <summary>Creates a schedule for a planned local date and time; shorthand for <see cref="At(LocalDateTimeInZone)"/>.</summary>
    /// <param name="plannedAt">The local date and time.</param>
    /// <param name="zone">The zone it is in, for example <c>Europe/Amsterdam</c>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public static WorkOrderSchedule At(LocalDateTime plannedAt, DateTimeZone zone) => At(LocalDateTimeInZone.Create(plannedAt, zone));

    /// <summary>Creates a schedule with only a deadline.</summary>
    /// <param name="deadline">The last day, included.</param>
    /// <returns>The schedule.</returns>
    public static WorkOrderSchedule Before(LocalDate deadline) => new(null, deadline);

    /// <summary>Resolves the planned time to an instant now, with the zone's current rules; see the remarks on the type.</summary>
    /// <returns>The instant, or <see langword="null"/> for a deadline.</returns>
    public Instant? ToPlannedInstant() => PlannedAt?.Resolve();
}
