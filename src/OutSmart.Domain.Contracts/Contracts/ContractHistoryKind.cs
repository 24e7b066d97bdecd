namespace OutSmart.Domain.Contracts;

/// <summary>What a <see cref="ContractHistoryEntry"/> records.</summary>
public enum ContractHistoryKind
{
    /// <summary>The contract was created.</summary>
    Created = 1,

    /// <summary>Notice was given.</summary>
    NoticeGiven = 2,

    /// <summary>The contract was terminated early.</summary>
    Terminated = 3,

    /// <summary>A successor was started.</summary>
    Restarted = 4,

    /// <summary>The last day to cancel was announced.</summary>
    NoticeAnnounced = 5,

    /// <summary>The schedules or planning changed (a change plan was applied).</summary>
    PlanningChanged = 6,

    /// <summary>A visit of a floating schedule was completed.</summary>
    VisitCompleted = 7,
}
