using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>Small helpers for arranging tasks in one expression.</summary>
internal static class TaskExtensions
{
    /// <summary>Runs <paramref name="change"/> on the task and returns the same task.</summary>
    public static FollowUpTask Also(this FollowUpTask task, Action<FollowUpTask> change)
    {
        change(task);
        return task;
    }
}
