using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>Small helpers for arranging follow-up tasks in one expression.</summary>
public static class FollowUpTaskExtensions
{
    /// <summary>Runs <paramref name="change"/> on the task and returns the same task, so that a test can build and change
    /// a task in one expression: <c>TaskBuilder.ATask().Build().Also(t =&gt; t.Start(actor, now))</c>.</summary>
    /// <param name="task">The task to change.</param>
    /// <param name="change">The change; its result (if any) is ignored.</param>
    /// <returns><paramref name="task"/>.</returns>
    public static FollowUpTask Also(this FollowUpTask task, Action<FollowUpTask> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(task);
        return task;
    }
}
