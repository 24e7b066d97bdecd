namespace OutSmart.Domain.Contracts;

/// <summary>A contract's status on a given day, derived from its dates and termination by
/// <see cref="Contract.StatusOn"/>; never set by hand.</summary>
public enum ContractStatus
{
    /// <summary>The day is before the start (concept).</summary>
    Draft = 1,

    /// <summary>The contract runs and its end is not in sight (actief).</summary>
    Active = 2,

    /// <summary>The contract runs, its last day is known and the day is within the notice period before it
    /// (lopend af).</summary>
    Ending = 3,

    /// <summary>The day is after the contract's end (verlopen).</summary>
    Expired = 4,

    /// <summary>The day is after the last day of an early termination (beëindigd).</summary>
    Terminated = 5,
}
