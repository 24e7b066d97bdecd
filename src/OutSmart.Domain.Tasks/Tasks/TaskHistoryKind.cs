namespace OutSmart.Domain.Tasks;

/// <summary>What a <see cref="TaskHistoryEntry"/> records (TSK-12).</summary>
/// <remarks>The numeric values are stable and may be stored.</remarks>
public enum TaskHistoryKind
{
    /// <summary>The task was created.</summary>
    Created = 1,

    /// <summary>A field changed; <see cref="TaskHistoryEntry.Field"/>, <see cref="TaskHistoryEntry.OldValue"/> and <see cref="TaskHistoryEntry.NewValue"/> say how.</summary>
    FieldChanged = 2,

    /// <summary>The status changed; the old and new values are status names.</summary>
    StatusChanged = 3,

    /// <summary>An employee was assigned; the new value is the employee id.</summary>
    AssigneeAdded = 4,

    /// <summary>An employee was unassigned; the old value is the employee id.</summary>
    AssigneeRemoved = 5,

    /// <summary>A record link was added; the new value is the link.</summary>
    LinkAdded = 6,

    /// <summary>A record link was removed; the old value is the link.</summary>
    LinkRemoved = 7,

    /// <summary>Someone commented; the new value is the comment.</summary>
    Comment = 8,
}
