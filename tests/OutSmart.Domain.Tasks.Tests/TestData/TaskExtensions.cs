namespace OutSmart.Domain.Tasks.Tests.TestData;

/// <summary>Small helpers for arranging tasks in one expression.</summary>
public static class TaskExtensions
{
    /// <summary>Runs <paramref name="change"/> on the task and returns the same task.</summary>
    public static FollowUpTask Also(this FollowUpTask task, Action<FollowUpTask> change)
    {
        change(task);
        return task;
    }
}
