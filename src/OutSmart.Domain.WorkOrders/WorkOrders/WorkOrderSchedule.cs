using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;

namespace OutSmart.Domain.WorkOrders;

/// <summary>When a work order should happen: a planned local date and time in a zone, or a deadline date.</summary>
/// <remarks>
/// <para>A future appointment is stored as local date and time plus the zone and resolved to an instant as late as
/// possible by <see cref="ToPlannedInstant"/>, with <see cref="Resolvers.LenientResolver"/>: a time in a spring-forward
/// gap moves forward by the gap, an ambiguous autumn time takes the earlier instant.</para>
/// <para>Two schedules are equal when their parts are equal (zones by id).</para>
/// </remarks>
public sealed record WorkOrderSchedule
{
    private WorkOrderSchedule(LocalDateTime? plannedAt, DateTimeZone? zone, LocalDate? deadline)
    {
        PlannedAt = plannedAt;
        Zone = zone;
        Deadline = deadline;
    }

    /// <summary>Gets the planned local date and time, or <see langword="null"/> for a deadline.</summary>
    public LocalDateTime? PlannedAt { get; }

    /// <summary>Gets the zone of <see cref="PlannedAt"/>, or <see langword="null"/> for a deadline.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the last day the work may happen (included), or <see langword="null"/> for a planned time.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Creates a schedule for a planned local date and time.</summary>
    /// <param name="plannedAt">The local date and time.</param>
    /// <param name="zone">The zone it is in, for example <c>Europe/Amsterdam</c>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public static WorkOrderSchedule At(LocalDateTime plannedAt, DateTimeZone zone) => new(plannedAt, Guard.Against.Null(zone), null);

    /// <summary>Creates a schedule with only a deadline.</summary>
    /// <param name="deadline">The last day, included.</param>
    /// <returns>The schedule.</returns>
    public static WorkOrderSchedule Before(LocalDate deadline) => new(null, null, deadline);

    /// <summary>Resolves the planned time to an instant with the lenient resolver.</summary>
    /// <returns>The instant, or <see langword="null"/> for a deadline.</returns>
    public Instant? ToPlannedInstant() =>
        PlannedAt is { } local && Zone is { } zone ? zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant() : null;

    /// <inheritdoc />
    public bool Equals(WorkOrderSchedule? other) =>
        other is not null && PlannedAt == other.PlannedAt && Deadline == other.Deadline && Zone?.Id == other.Zone?.Id;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PlannedAt, Deadline, Zone?.Id);
}
