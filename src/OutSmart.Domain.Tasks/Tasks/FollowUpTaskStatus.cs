namespace OutSmart.Domain.Tasks;

/// <summary>Where a task is in its life cycle (TSK-05).</summary>
/// <remarks>
/// <para>The allowed transitions are: <see cref="NotStarted"/> → <see cref="InProgress"/> → <see cref="Completed"/>;
/// <see cref="NotStarted"/> or <see cref="InProgress"/> → <see cref="Stopped"/>; <see cref="Completed"/> or
/// <see cref="Stopped"/> → <see cref="Closed"/>; <see cref="Completed"/> or <see cref="Stopped"/> → <see cref="InProgress"/>
/// (reopen). <see cref="Closed"/> is final. "Expired" is not a status: it is computed by
/// <see cref="FollowUpTask.IsOverdue"/>.</para>
/// <para>The numeric values are stable and may be stored. The type is not called <c>TaskStatus</c> so that it never clashes
/// with <see cref="System.Threading.Tasks.TaskStatus"/>.</para>
/// </remarks>
public enum FollowUpTaskStatus
{
    /// <summary>Created, nobody has started (open).</summary>
    NotStarted = 1,

    /// <summary>Someone is working on it (open).</summary>
    InProgress = 2,

    /// <summary>The work is done; can be reopened or closed.</summary>
    Completed = 3,

    /// <summary>Abandoned before completion, optionally with a reason; can be reopened or closed.</summary>
    Stopped = 4,

    /// <summary>Archived; a closed task cannot be changed.</summary>
    Closed = 5,
}
