namespace OutSmart.Domain.Tasks;

/// <summary>Questions about a <see cref="FollowUpTaskStatus"/>.</summary>
public static class FollowUpTaskStatusExtensions
{
    /// <summary>Tells whether a task in this status is open: <see cref="FollowUpTaskStatus.NotStarted"/> or <see cref="FollowUpTaskStatus.InProgress"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for the open statuses; only open tasks can be overdue, get progress or reminders.</returns>
    public static bool IsOpen(this FollowUpTaskStatus status) =>
        status is FollowUpTaskStatus.NotStarted or FollowUpTaskStatus.InProgress;
}
