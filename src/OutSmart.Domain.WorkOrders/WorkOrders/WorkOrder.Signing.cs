using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    // The content a staleness answer was computed for: the immutable collections by reference and the signature.
    // Immutable collections change only by being replaced, so a matching key means the same content.
    private (ContentKey Key, Signature Signature, bool Stale)? _staleness;

    /// <summary>Gets a value indicating whether there is a signature and the content it covers changed after signing (SIG-10).</summary>
    /// <remarks>Decided from the content itself: the content hash of the current <see cref="ToContent"/> is compared with
    /// the signature's <see cref="Signature.ContentHash"/>. The answer is remembered for the exact content it was
    /// computed for (immutable collections compared by reference), so asking again without a change costs nothing.</remarks>
    public bool IsSignatureStale
    {
        get
        {
            if (Signature is not { } signature)
            {
                return false;
            }
            ContentKey key = new(_answers, _notes, _results, _hours, _materials, _photos);
            if (_staleness is { } known && known.Key.Is(key) && ReferenceEquals(known.Signature, signature))
            {
                return known.Stale;
            }
            bool stale = !string.Equals(
                ContentHash.Compute(ToContent(), signature.Ink, signature.SignerName, signature.CapturedAt),
                signature.ContentHash,
                StringComparison.Ordinal);
            _staleness = (key, signature, stale);
            return stale;
        }
    }

    /// <summary>Captures the customer's signature, replacing any earlier one, binds it to the current content (SIG-09) and records <see cref="SignatureCaptured"/>.</summary>
    /// <param name="ink">The validated ink.</param>
    /// <param name="signerName">The signer's name, or <see langword="null"/> when none was given; required when the policy says so (SIG-08).</param>
    /// <param name="evidence">The device, app, offset, role and optional location of the capture (SIG-01, SIG-12).</param>
    /// <param name="actor">Who captures it.</param>
    /// <param name="now">The moment of capture; hashed and kept as <see cref="Signature.CapturedAt"/>.</param>
    /// <returns><see cref="Success"/>, <see cref="SignerNameRequired"/>, <see cref="StepPreviousIncomplete"/> (sequential
    /// workflow, before the signature step) or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/>, <paramref name="ink"/> or <paramref name="evidence"/> is <see langword="null"/>.</exception>
    public OneOf<Success, SignerNameRequired, StepPreviousIncomplete, WorkOrderReadOnly> Sign(SignatureInk ink, SignerName? signerName, SignatureEvidence evidence, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(ink);
        Guard.Against.Null(evidence);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (signerName is null && Policy.SignerNameRequired)
        {
            return new SignerNameRequired(Id);
        }
        if (Workflow.Steps.FirstOrDefault(s => s.Kind == StepKind.Signature) is { } step && CheckSequence(step) is { } previous)
        {
            return previous;
        }
        string hash = ContentHash.Compute(ToContent(), ink, signerName?.Value, now);
        EmployeeId capturedBy = evidence.CapturedByOr(actor);
        Signature = Signature.Capture(ink, signerName, now, capturedBy, evidence, hash);
        return RecordWork(new SignatureCaptured(Id, hash, signerName?.Value, capturedBy, evidence.DeviceId, now, evidence.DeviceOffset, evidence.Location, actor.EmployeeId));
    }

    /// <summary>Removes the signature before sending and records <see cref="SignatureCleared"/>; without a signature nothing happens (SIG-11).</summary>
    /// <param name="actor">Who clears it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> ClearSignature(Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (Signature is not { } signature)
        {
            return new Success();
        }
        Signature = null;
        return RecordWork(new SignatureCleared(Id, signature.ContentHash, actor.EmployeeId, now));
    }

    internal string? SignatureProblem() =>
        Signature is { SignerName: null } && Policy.SignerNameRequired ? "the name of the person signing is missing" : null;

    private readonly record struct ContentKey(
        ImmutableSortedDictionary<string, string> Answers,
        ImmutableSortedDictionary<string, string> Notes,
        ImmutableSortedDictionary<string, FormResult> Results,
        ImmutableList<HourRegistration> Hours,
        ImmutableList<MaterialLine> Materials,
        ImmutableList<PhotoReference> Photos)
    {
        public bool Is(ContentKey other) =>
            ReferenceEquals(Answers, other.Answers) && ReferenceEquals(Notes, other.Notes) && ReferenceEquals(Results, other.Results)
            && ReferenceEquals(Hours, other.Hours) && ReferenceEquals(Materials, other.Materials) && ReferenceEquals(Photos, other.Photos);
    }
}
