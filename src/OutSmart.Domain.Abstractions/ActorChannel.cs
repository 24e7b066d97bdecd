namespace OutSmart.Domain.Abstractions;

/// <summary>Where a command comes from; device policies apply to commands from the mobile app only.</summary>
public enum ActorChannel
{
    /// <summary>The back office (web application or an integration acting for an office user).</summary>
    BackOffice = 1,

    /// <summary>The technician's mobile app (apparaat), subject to the company's device policy.</summary>
    MobileApp = 2,

    /// <summary>The system itself, such as a scheduler generating work from a contract.</summary>
    System = 3,
}
