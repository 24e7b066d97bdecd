namespace OutSmart.Domain.Tasks;

/// <summary>The collections of a task that have an upper limit.</summary>
/// <remarks>The numeric values are stable and may be stored.</remarks>
public enum TaskLimit
{
    /// <summary>At most <see cref="TaskParticipants.MaxAssignees"/> assignees (TSK-02).</summary>
    Assignees = 1,

    /// <summary>At most <see cref="FollowUpTask.MaxReminders"/> reminders (TSK-08).</summary>
    Reminders = 2,

    /// <summary>At most <see cref="FollowUpTask.MaxLinks"/> record links (TSK-09).</summary>
    Links = 3,

    /// <summary>At most <see cref="FollowUpTask.MaxChecklistItems"/> checklist items (TSK-11).</summary>
    ChecklistItems = 4,

    /// <summary>At most <see cref="FollowUpTask.MaxSubtasks"/> subtasks (TSK-11).</summary>
    Subtasks = 5,
}
