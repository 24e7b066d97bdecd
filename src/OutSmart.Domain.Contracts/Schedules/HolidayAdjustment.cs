namespace OutSmart.Domain.Contracts;

/// <summary>
/// What a contract schedule does with a date of its rule that falls on a non-working day (a Saturday, a Sunday or a
/// holiday of the schedule's holiday calendar, <i>feestdag</i>).
/// </summary>
public enum HolidayAdjustment
{
    /// <summary>The visit stays on the non-working day.</summary>
    Keep = 1,

    /// <summary>The visit is dropped.</summary>
    Skip = 2,

    /// <summary>The visit moves forward to the first working day after it.</summary>
    NextWorkingDay = 3,

    /// <summary>The visit moves back to the last working day before it.</summary>
    PreviousWorkingDay = 4,

    /// <summary>The visit moves to the closest working day; a tie goes to the previous working day.</summary>
    NearestWorkingDay = 5,
}
