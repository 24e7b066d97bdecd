namespace OutSmart.Domain.Tasks;

/// <summary>What the next occurrence of a recurring task counts from (TSK-10).</summary>
/// <remarks>The numeric values are stable and may be stored.</remarks>
public enum TaskRecurrenceBasis
{
    /// <summary>From the due of the completed occurrence: a fixed rhythm ("every first Monday"), whenever the work was done.</summary>
    DueDate = 1,

    /// <summary>From the day the occurrence was completed ("three months after the last service").</summary>
    Completion = 2,
}
