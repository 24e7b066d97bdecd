namespace OutSmart.Domain.Tasks;

/// <summary>The task commands a company can switch off for the mobile app (TSK-13).</summary>
public enum TaskDeviceAction
{
    /// <summary>Creating a task.</summary>
    Create = 1,

    /// <summary>Changing a task's title, description, priority, owner or assignees.</summary>
    Edit = 2,

    /// <summary>Changing a task's start or due.</summary>
    ChangeDueDate = 3,
}
