namespace OutSmart.Domain.Tasks;

/// <summary>How urgent a task is (TSK-07).</summary>
/// <remarks>The numeric values are stable, ordered from least to most urgent, and may be stored. New tasks default to <see cref="Normal"/>.</remarks>
public enum TaskPriority
{
    /// <summary>Can wait.</summary>
    Low = 1,

    /// <summary>The default priority.</summary>
    Normal = 2,

    /// <summary>Should be done before normal work.</summary>
    High = 3,

    /// <summary>Needs attention now.</summary>
    Urgent = 4,
}
