using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A customer signature captured on a work order: the raw ink and the evidence around it (SIG-01, SIG-09, SIG-12).</summary>
/// <remarks>
/// <para>Captured by <see cref="WorkOrder.Sign"/>,
/// which computes <see cref="ContentHash"/> over the work order's signed content, the canonical strokes, the signer
/// name and <see cref="CapturedAt"/>. PNG and SVG are derived from <see cref="Ink"/> by a renderer.</para>
/// <para>The moment of capture is kept as an <see cref="Instant"/> plus the UTC offset the device had
/// (<see cref="CapturedOffset"/>). Only the instant is hashed; the offset, like the role, device, app version and
/// <see cref="Location"/>, is evidence for display and audit that the hash does not cover.</para>
/// <para>Storage adapters restore a stored signature with <see cref="Rehydrate"/>.</para>
/// <para>Two signatures are equal when all parts are equal.</para>
/// </remarks>
public sealed record Signature
{
    private Signature(SignatureInk ink, string? signerName, string? signerRole, Instant capturedAt, Offset capturedOffset, EmployeeId capturedBy, string deviceId, string appVersion, SignatureLocation? location, string contentHash)
    {
        Ink = ink;
        SignerName = signerName;
        SignerRole = signerRole;
        CapturedAt = capturedAt;
        CapturedOffset = capturedOffset;
        CapturedBy = capturedBy;
        DeviceId = deviceId;
        AppVersion = appVersion;
        Location = location;
        ContentHash = contentHash;
    }

    /// <summary>Gets the validated strokes and canvas.</summary>
    public SignatureInk Ink { get; }

    /// <summary>Gets the signer's name, trimmed (2–100 characters), or <see langword="null"/> when the policy did not require one and none was given.</summary>
    public string? SignerName { get; }

    /// <summary>Gets the signer's role, such as <c>customer</c> or <c>tenant</c>, or <see langword="null"/>.</summary>
    public string? SignerRole { get; }

    /// <summary>Gets the moment of capture (UTC); this is the value the content hash covers.</summary>
    public Instant CapturedAt { get; }

    /// <summary>Gets the UTC offset the capturing device had at <see cref="CapturedAt"/>, for showing the local time of signing.</summary>
    /// <remarks>Display evidence only: it is not part of the content hash (SIG-09). <see cref="Offset.Zero"/> when the device's offset was not given.</remarks>
    public Offset CapturedOffset { get; }

    /// <summary>Gets the employee whose device captured the signature.</summary>
    public EmployeeId CapturedBy { get; }

    /// <summary>Gets the id of the capturing device, trimmed.</summary>
    public string DeviceId { get; }

    /// <summary>Gets the version of the capturing app, trimmed.</summary>
    public string AppVersion { get; }

    /// <summary>Gets where the signature was captured, or <see langword="null"/> (the default: GPS is personal data, SIG-12).</summary>
    public SignatureLocation? Location { get; }

    /// <summary>Gets the SHA-256 content hash (64 lowercase hexadecimal digits) binding the signature to the signed content (SIG-09).</summary>
    public string ContentHash { get; }

    /// <summary>Restores a signature from stored values, for storage adapters; nothing is recomputed.</summary>
    /// <param name="ink">The ink, restored with <see cref="SignatureInk.Create"/> from the stored strokes and canvas.</param>
    /// <param name="signerName">The stored signer name, or <see langword="null"/>.</param>
    /// <param name="signerRole">The stored signer role, or <see langword="null"/>.</param>
    /// <param name="capturedAt">The stored moment of capture.</param>
    /// <param name="capturedOffset">The stored UTC offset of the device.</param>
    /// <param name="capturedBy">The employee whose device captured it.</param>
    /// <param name="deviceId">The device id.</param>
    /// <param name="appVersion">The app version.</param>
    /// <param name="location">The stored location, or <see langword="null"/>.</param>
    /// <param name="contentHash">The stored content hash: 64 lowercase hexadecimal digits.</param>
    /// <returns>The signature.</returns>
    /// <remarks>The hash is not checked against the work order here: a work order holding a signature whose hash does
    /// not match its content reports the signature as stale (SIG-10), so tampered storage blocks sending rather
    /// than passing silently.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ink"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="capturedBy"/> is empty, <paramref name="deviceId"/> or
    /// <paramref name="appVersion"/> is blank, <paramref name="contentHash"/> is not 64 lowercase hexadecimal digits,
    /// <paramref name="signerName"/> is not a valid <see cref="WorkOrders.SignerName"/> as stored (2–100 characters,
    /// trimmed), or <paramref name="signerRole"/> is blank or untrimmed: values a capture never stores.</exception>
    public static Signature Rehydrate(
        SignatureInk ink,
        string? signerName,
        string? signerRole,
        Instant capturedAt,
        Offset capturedOffset,
        EmployeeId capturedBy,
        string deviceId,
        string appVersion,
        SignatureLocation? location,
        string contentHash)
    {
        Guard.Against.Null(ink);
        Guard.Against.Expression(x => x.IsEmpty, capturedBy, "The employee id must not be empty.");
        Guard.Against.NullOrWhiteSpace(deviceId);
        Guard.Against.NullOrWhiteSpace(appVersion);
        Guard.Against.InvalidSha256Hex(contentHash);
        if (signerName is not null && !global::OutSmart.Domain.WorkOrders.SignerName.Create(signerName).Match(name => name.Value == signerName, _ => false))
        {
            throw new ArgumentException($"A stored signer name is {(global::OutSmart.Domain.WorkOrders.SignerName.MinLength)}–{(global::OutSmart.Domain.WorkOrders.SignerName.MaxLength)} characters without surrounding white space.", nameof(signerName));
        }
        if (signerRole is not null && (string.IsNullOrWhiteSpace(signerRole) || signerRole != signerRole.Trim()))
        {
            throw new ArgumentException("A stored signer role is non-blank and trimmed, or null.", nameof(signerRole));
        }
        return new Signature(ink, signerName, signerRole, capturedAt, capturedOffset, capturedBy, deviceId, appVersion, location, contentHash);
    }

    /// <summary>Returns the moment of capture as the device showed it: <see cref="CapturedAt"/> at <see cref="CapturedOffset"/>.</summary>
    /// <returns>The local date and time of signing with its offset.</returns>
    public OffsetDateTime ToOffsetDateTime() => CapturedAt.WithOffset(CapturedOffset);

    /// <summary>Captures a signature from the typed values of <c>WorkOrder.Sign</c>.</summary>
    /// <param name="ink">The validated ink.</param>
    /// <param name="signerName">The signer's name, or <see langword="null"/>.</param>
    /// <param name="capturedAt">The moment of capture (the command's <c>now</c>).</param>
    /// <param name="capturedBy">The capturing employee, resolved with <see cref="SignatureEvidence.CapturedByOr"/>.</param>
    /// <param name="evidence">The evidence of the capture.</param>
    /// <param name="contentHash">The content hash computed over the signed content.</param>
    /// <returns>The signature.</returns>
    internal static Signature Capture(SignatureInk ink, SignerName? signerName, Instant capturedAt, EmployeeId capturedBy, SignatureEvidence evidence, string contentHash) =>
        new(ink, signerName?.Value, evidence.SignerRole, capturedAt, evidence.DeviceOffset, capturedBy, evidence.DeviceId, evidence.AppVersion, evidence.Location, contentHash);
}
