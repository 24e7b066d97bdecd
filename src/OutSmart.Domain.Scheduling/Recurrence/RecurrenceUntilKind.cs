namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>How the <c>UNTIL</c> bound of a recurrence rule was written.</summary>
public enum RecurrenceUntilKind
{
    /// <summary>A floating local date and time, <c>UNTIL=20261231T170000</c>.</summary>
    Floating = 0,

    /// <summary>A UTC date and time, <c>UNTIL=20261231T170000Z</c>; compared as an instant in zoned evaluation.</summary>
    Utc = 1,

    /// <summary>A date only, <c>UNTIL=20261231</c>; every occurrence on that date or earlier is included.</summary>
    Date = 2,
}
