namespace OutSmart.Domain.Contracts;

/// <summary>What happens when a contract's term runs out.</summary>
public enum ContractContinuation
{
    /// <summary>The contract ends after its first term.</summary>
    Ends = 1,

    /// <summary>The contract renews itself (stilzwijgende verlenging) by the renewal period until notice is given; the
    /// schedules continue seamlessly.</summary>
    RenewsAutomatically = 2,

    /// <summary>The contract ends after its first term and a successor contract with the same conditions starts the
    /// next day (<see cref="Contract.Restart"/>), unless notice was given.</summary>
    Restarts = 3,
}
