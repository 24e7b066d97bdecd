namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>The <c>FREQ</c> of a recurrence rule (RFC 5545 section 3.3.10): the size of one recurrence interval.</summary>
/// <remarks>The values are ordered from the shortest to the longest interval.</remarks>
public enum RecurrenceFrequency
{
    /// <summary>Every second (<c>FREQ=SECONDLY</c>).</summary>
    Secondly = 0,

    /// <summary>Every minute (<c>FREQ=MINUTELY</c>).</summary>
    Minutely = 1,

    /// <summary>Every hour (<c>FREQ=HOURLY</c>).</summary>
    Hourly = 2,

    /// <summary>Every day (<c>FREQ=DAILY</c>).</summary>
    Daily = 3,

    /// <summary>Every week, starting on the rule's week start (<c>FREQ=WEEKLY</c>).</summary>
    Weekly = 4,

    /// <summary>Every month (<c>FREQ=MONTHLY</c>).</summary>
    Monthly = 5,

    /// <summary>Every year (<c>FREQ=YEARLY</c>).</summary>
    Yearly = 6,
}
