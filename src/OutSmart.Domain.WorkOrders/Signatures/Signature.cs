using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A customer signature captured on a work order: the raw ink and the evidence around it (SIG-01, SIG-09).</summary>
/// <remarks>
/// <para>Created only by <see cref="WorkOrder.Sign"/>, which computes <see cref="ContentHash"/> over the work order's
/// signed content, the canonical strokes, the signer name and <see cref="CapturedAt"/>. PNG and SVG are derived from
/// <see cref="Ink"/> by a renderer.</para>
/// <para>Two signatures are equal when all parts are equal.</para>
/// </remarks>
public sealed record Signature
{
    internal Signature(SignatureInk ink, string? signerName, string? signerRole, Instant capturedAt, EmployeeId capturedBy, string deviceId, string appVersion, string contentHash)
    {
        Ink = ink;
        SignerName = signerName;
        SignerRole = signerRole;
        CapturedAt = capturedAt;
        CapturedBy = capturedBy;
        DeviceId = deviceId;
        AppVersion = appVersion;
        ContentHash = contentHash;
    }

    /// <summary>Gets the validated strokes and canvas.</summary>
    public SignatureInk Ink { get; }

    /// <summary>Gets the signer's name, trimmed (2–100 characters), or <see langword="null"/> when the policy did not require one and none was given.</summary>
    public string? SignerName { get; }

    /// <summary>Gets the signer's role, such as <c>customer</c> or <c>tenant</c>, or <see langword="null"/>.</summary>
    public string? SignerRole { get; }

    /// <summary>Gets the moment of capture (UTC).</summary>
    public Instant CapturedAt { get; }

    /// <summary>Gets the employee whose device captured the signature.</summary>
    public EmployeeId CapturedBy { get; }

    /// <summary>Gets the id of the capturing device.</summary>
    public string DeviceId { get; }

    /// <summary>Gets the version of the capturing app.</summary>
    public string AppVersion { get; }

    /// <summary>Gets the SHA-256 content hash (64 lowercase hexadecimal digits) binding the signature to the signed content (SIG-09).</summary>
    public string ContentHash { get; }
}
