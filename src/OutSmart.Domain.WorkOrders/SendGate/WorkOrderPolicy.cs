using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The company or device policy a work order is completed under: what sending requires beyond the workflow.</summary>
/// <remarks>
/// <para>Start from <see cref="Default"/> and change one setting at a time with the <c>With…</c> methods, each of which
/// returns a new policy, for example <c>WorkOrderPolicy.Default.WithSignatureRequired(true).WithMinimumPhotos(2)</c>.</para>
/// <para><see cref="Default"/> requires a signer name with any signature (SIG-08), allows marking optional steps
/// not applicable, and requires nothing else: no signature, no photos, no hours; cannot-complete is off (WO-08).</para>
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

    /// <summary>Gets the default policy: signer name required, nothing else required, cannot-complete not allowed.</summary>
    public static WorkOrderPolicy Default { get; } = new(false, true, 0, false, false);

    /// <summary>Gets a value indicating whether every work order needs a valid, current signature, with or without a signature step (OutSmart <c>SIGNATURE_REQUIRED</c>).</summary>
    public bool SignatureRequired { get; }

    /// <summary>Gets a value indicating whether a signature needs the signer's name (SIG-08, OutSmart <c>REQUIRE_MANUAL_SIGNATURECONTACTPERSON</c>).</summary>
    public bool SignerNameRequired { get; }

    /// <summary>Gets the fewest photos the whole work order needs before sending; 0 for none.</summary>
    public int MinimumPhotos { get; }

    /// <summary>Gets a value indicating whether hours must be registered before sending.</summary>
    public bool HoursRequired { get; }

    /// <summary>Gets a value indicating whether a required step may end as cannot complete (WO-08).</summary>
    public bool CannotCompleteAllowed { get; }

    /// <summary>Returns this policy with <see cref="SignatureRequired"/> set; this one does not change.</summary>
    /// <param name="required">Whether every work order needs a signature.</param>
    /// <returns>The new policy.</returns>
    public WorkOrderPolicy WithSignatureRequired(bool required) => new(required, SignerNameRequired, MinimumPhotos, HoursRequired, CannotCompleteAllowed);

    /// <summary>Returns this policy with <see cref="SignerNameRequired"/> set; this one does not change.</summary>
    /// <param name="required">Whether a signature needs the signer's name.</param>
    /// <returns>The new policy.</returns>
    public WorkOrderPolicy WithSignerNameRequired(bool required) => new(SignatureRequired, required, MinimumPhotos, HoursRequired, CannotCompleteAllowed);

    /// <summary>Returns this policy with <see cref="MinimumPhotos"/> set; this one does not change.</summary>
    /// <param name="minimum">The fewest photos per work order; 0 or more.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is negative.</exception>
    public WorkOrderPolicy WithMinimumPhotos(int minimum) => new(SignatureRequired, SignerNameRequired, Guard.Against.Negative(minimum), HoursRequired, CannotCompleteAllowed);

    /// <summary>Returns this policy with <see cref="HoursRequired"/> set; this one does not change.</summary>
    /// <param name="required">Whether hours are needed before sending.</param>
    /// <returns>The new policy.</returns>
    public WorkOrderPolicy WithHoursRequired(bool required) => new(SignatureRequired, SignerNameRequired, MinimumPhotos, required, CannotCompleteAllowed);

    /// <summary>Returns this policy with <see cref="CannotCompleteAllowed"/> set; this one does not change.</summary>
    /// <param name="allowed">Whether required steps may end as cannot complete.</param>
    /// <returns>The new policy.</returns>
    public WorkOrderPolicy WithCannotCompleteAllowed(bool allowed) => new(SignatureRequired, SignerNameRequired, MinimumPhotos, HoursRequired, allowed);
}
