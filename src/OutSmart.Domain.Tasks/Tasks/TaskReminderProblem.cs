namespace OutSmart.Domain.Tasks;

/// <summary>Why a reminder was refused (TSK-08).</summary>
public enum TaskReminderProblem
{
    /// <summary>The reminder would fire before the moment it was added.</summary>
    InPast = 1,

    /// <summary>The reminder counts back from the due moment, but the task has no due or only a due date.</summary>
    NeedsDueMoment = 2,
}
