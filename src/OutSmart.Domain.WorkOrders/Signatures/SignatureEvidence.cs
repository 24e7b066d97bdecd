using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The evidence recorded around a signature capture: who signed in which role, which employee's device
/// captured it, the device and app, the device's UTC offset and, optionally, where (SIG-01, SIG-12).</summary>
/// <remarks>
/// <para>None of this is covered by the content hash (SIG-09): it is evidence for display and audit. The moment of
/// capture itself is the command's <c>now</c>; <see cref="DeviceOffset"/> only says how the device showed it.</para>
/// <para><see cref="CapturedBy"/> is optional: <see langword="null"/> means the employee of the command's
/// <see cref="Actor"/> captured it, which is the usual case; give it when a back office records a capture made on
/// another employee's device. <see cref="CapturedByOr"/> resolves it.</para>
/// <para>Two evidences are equal when all parts are equal (strings ordinally).</para>
/// </remarks>
public sealed record SignatureEvidence
{
    private SignatureEvidence(string deviceId, string appVersion, Offset deviceOffset, string? signerRole, EmployeeId? capturedBy, SignatureLocation? location)
    {
        DeviceId = deviceId;
        AppVersion = appVersion;
        DeviceOffset = deviceOffset;
        SignerRole = signerRole;
        CapturedBy = capturedBy;
        Location = location;
    }

    /// <summary>Gets the id of the capturing device, trimmed; never blank.</summary>
    public string DeviceId { get; }

    /// <summary>Gets the version of the capturing app, trimmed; never blank.</summary>
    public string AppVersion { get; }

    /// <summary>Gets the UTC offset the device had at capture, for showing the local time of signing (SIG-01); <see cref="Offset.Zero"/> when unknown.</summary>
    public Offset DeviceOffset { get; }

    /// <summary>Gets the signer's role, such as <c>customer</c> or <c>tenant</c>, trimmed; <see langword="null"/> when none was given.</summary>
    public string? SignerRole { get; }

    /// <summary>Gets the employee whose device captured the signature, or <see langword="null"/> for the command's actor.</summary>
    public EmployeeId? CapturedBy { get; }

    /// <summary>Gets the GPS evidence, or <see langword="null"/> (the default: a location is personal data, SIG-12).</summary>
    public SignatureLocation? Location { get; }

    /// <summary>Creates the evidence of one capture.</summary>
    /// <param name="deviceId">The id of the capturing device; not blank. Trimmed.</param>
    /// <param name="appVersion">The version of the capturing app; not blank. Trimmed.</param>
    /// <param name="deviceOffset">The device's UTC offset at capture; <see cref="Offset.Zero"/> when unknown.</param>
    /// <param name="signerRole">The signer's role, or <see langword="null"/>; a blank role is stored as <see langword="null"/>.</param>
    /// <param name="capturedBy">The employee whose device captured it, or <see langword="null"/> for the command's actor; not empty when given.</param>
    /// <param name="location">The GPS evidence, or <see langword="null"/>.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deviceId"/> or <paramref name="appVersion"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="deviceId"/> or <paramref name="appVersion"/> is blank, or
    /// <paramref name="capturedBy"/> is the empty id. These are facts the app always knows, so a missing one is a programmer error.</exception>
    public static SignatureEvidence Create(
        string deviceId,
        string appVersion,
        Offset deviceOffset,
        string? signerRole = null,
        EmployeeId? capturedBy = null,
        SignatureLocation? location = null)
    {
        Guard.Against.NullOrWhiteSpace(deviceId);
        Guard.Against.NullOrWhiteSpace(appVersion);
        if (capturedBy is { IsEmpty: true })
        {
            throw new ArgumentException("The employee id must not be empty.", nameof(capturedBy));
        }
        string? role = string.IsNullOrWhiteSpace(signerRole) ? null : signerRole.Trim();
        return new SignatureEvidence(deviceId.Trim(), appVersion.Trim(), deviceOffset, role, capturedBy, location);
    }

    /// <summary>Returns the employee who captured the signature: <see cref="CapturedBy"/>, or the actor's employee when it is not given.</summary>
    /// <param name="actor">The actor of the signing command.</param>
    /// <returns>The capturing employee; never empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public EmployeeId CapturedByOr(Actor actor)
    {
        Guard.Against.Null(actor);
        return CapturedBy ?? actor.EmployeeId;
    }
}
