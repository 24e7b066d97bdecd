namespace OutSmart.Domain.Contracts;

/// <summary>How a contract schedule finds its dates.</summary>
public enum ScheduleMode
{
    /// <summary>The dates come from the rule, whatever happened to earlier visits (<i>vaste planning</i>).</summary>
    Fixed = 1,

    /// <summary>
    /// The next date is counted from the completion of the previous visit by the rule's interval and frequency
    /// (<i>vlottende planning</i>); the first date is the rule's first occurrence.
    /// </summary>
    Floating = 2,
}
