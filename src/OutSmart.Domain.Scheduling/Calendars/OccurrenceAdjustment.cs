namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>What happens to an occurrence that falls on a non-working day (a weekend day or a holiday).</summary>
/// <remarks>
/// Used by <see cref="BusinessCalendar.Adjust(NodaTime.LocalDate, OccurrenceAdjustment)"/> and its sequence
/// overloads. Every policy except <see cref="Keep"/> produces only working days.
/// </remarks>
public enum OccurrenceAdjustment
{
    /// <summary>The occurrence stays where it is, on a non-working day too.</summary>
    Keep = 1,

    /// <summary>The occurrence is dropped.</summary>
    Skip = 2,

    /// <summary>The occurrence moves forward to the first working day after it.</summary>
    NextWorkingDay = 3,

    /// <summary>The occurrence moves back to the last working day before it.</summary>
    PreviousWorkingDay = 4,

    /// <summary>
    /// The occurrence moves to the closest working day; when the previous and the next working day are equally far,
    /// the previous one wins, so that an adjusted deadline is never later than a tie allows.
    /// </summary>
    NearestWorkingDay = 5,
}
