namespace OutSmart.Domain.Tasks;

/// <summary>Who has to be done before a task with several assignees can be completed.</summary>
/// <remarks>The numeric values are stable and may be stored. New tasks use <see cref="AnyAssignee"/>.</remarks>
public enum TaskCompletionPolicy
{
    /// <summary>Anyone may complete the task at any time; the default.</summary>
    AnyAssignee = 1,

    /// <summary>Every assignee first finishes their part (<see cref="FollowUpTask.FinishPart"/>); only then can the task be completed.</summary>
    AllAssignees = 2,
}
