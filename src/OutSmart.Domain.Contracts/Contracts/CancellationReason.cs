namespace OutSmart.Domain.Contracts;

/// <summary>Why a contract was terminated early (reden van opzegging).</summary>
public enum CancellationReason
{
    /// <summary>The customer asked for it.</summary>
    CustomerRequest = 1,

    /// <summary>The customer did not pay.</summary>
    NonPayment = 2,

    /// <summary>The objects are gone or the service is no longer needed.</summary>
    ServiceNoLongerNeeded = 3,

    /// <summary>A new contract replaces this one.</summary>
    Replaced = 4,

    /// <summary>Another reason, told in the comment.</summary>
    Other = 5,
}
