using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The company or device policy a work order is completed under: what sending requires beyond the workflow.</summary>
/// <remarks>
/// <para><see cref="Default"/> requires a signer name with any signature (SIG-08), allows marking optional steps
/// not applicable, and requires nothing else; cannot-complete is off (WO-08).</para>
/// <para>Two policies are equal when all settings are equal.</para>
/// </remarks>
public sealed record WorkOrderPolicy
{
    private WorkOrderPolicy(bool signatureRequired, bool signerNameRequired, int minimumPhotos, bool hoursRequired, bool cannotCompleteAllowed)
    {
        SignatureRequired = signatureRequired;
        SignerNameRequired = signerNameRequired;
        MinimumPhotos = minimumPhotos;
        HoursRequired = hoursRequired;
        CannotCompleteAllowed = cannotCompleteAllowed;
    }

    /// <summary>The fewest characters of a cannot-complete reason after trimming (WO-08).</summary>
    public const int MinReasonLength = 10;

    /// <summary>Gets the default policy.</summary>
    public static WorkOrderPolicy Default { get; } = new(false, true, 0, false, false);

    /// <summary>Gets a value indicating whether every work order needs a valid, current signature, with or without a signature step (OutSmart <c>SIGNATURE_REQUIRED</c>).</summary>
    public bool SignatureRequired { get; }

    /// <summary>Gets a value indicating whether a signature needs the signer's name, 2–100 characters (SIG-08, OutSmart <c>REQUIRE_MANUAL_SIGNATURECONTACTPERSON</c>).</summary>
    public bool SignerNameRequired { get; }

    /// <summary>Gets the fewest photos the whole work order needs before sending; 0 for none.</summary>
    public int MinimumPhotos { get; }

    /// <summary>Gets a value indicating whether hours must be registered before sending.</summary>
    public bool HoursRequired { get; }

    /// <summary>Gets a value indicating whether a required step may end as cannot complete (WO-08).</summary>
    public bool CannotCompleteAllowed { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="signatureRequired">Whether every work order needs a signature.</param>
    /// <param name="signerNameRequired">Whether a signature needs the signer's name.</param>
    /// <param name="minimumPhotos">The fewest photos per work order; 0 or more.</param>
    /// <param name="hoursRequired">Whether hours are needed before sending.</param>
    /// <param name="cannotCompleteAllowed">Whether required steps may end as cannot complete.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimumPhotos"/> is negative.</exception>
    public static WorkOrderPolicy Create(bool signatureRequired, bool signerNameRequired, int minimumPhotos, bool hoursRequired, bool cannotCompleteAllowed) =>
        new(signatureRequired, signerNameRequired, Guard.Against.Negative(minimumPhotos), hoursRequired, cannotCompleteAllowed);
}
