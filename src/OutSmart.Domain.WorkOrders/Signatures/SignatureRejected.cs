using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Signature ink was refused; nothing was stored.</summary>
/// <param name="Reason">Which rule refused the ink.</param>
/// <param name="Detail">An English detail for logs and support, such as the offending stroke and point.</param>
/// <remarks>
/// <para><see cref="Code"/> is one code per reason, each listed in docs/rules.md and used by no other error type:
/// <c>SIGNATURE_MALFORMED</c>, <c>SIGNATURE_POINT_OUT_OF_RANGE</c>, <c>SIGNATURE_INK_CANVAS_INVALID</c> (the canvas
/// stored with the ink breaks SIG-03; <see cref="SignatureCanvasInvalid"/> keeps <c>SIGNATURE_CANVAS_INVALID</c> for
/// <see cref="CanvasSize.Create"/>), <c>SIGNATURE_TOO_LARGE</c>, <c>SIGNATURE_TIME_INVALID</c>, <c>SIGNATURE_EMPTY</c>,
/// <c>SIGNATURE_TOO_SIMPLE</c> or <c>SIGNATURE_DUPLICATE_KEY</c>; a reason outside the enum answers
/// <c>SIGNATURE_REJECTED</c>. <see cref="Message"/> is what a technician or customer sees.</para>
/// </remarks>
public sealed record SignatureRejected(SignatureRejectionReason Reason, string Detail) : IDomainError
{
    /// <inheritdoc />
    public string Code => Reason switch
    {
        SignatureRejectionReason.Malformed => "SIGNATURE_MALFORMED",
        SignatureRejectionReason.PointOutOfRange => "SIGNATURE_POINT_OUT_OF_RANGE",
        SignatureRejectionReason.CanvasInvalid => "SIGNATURE_INK_CANVAS_INVALID",
        SignatureRejectionReason.TooLarge => "SIGNATURE_TOO_LARGE",
        SignatureRejectionReason.TimeInvalid => "SIGNATURE_TIME_INVALID",
        SignatureRejectionReason.Empty => "SIGNATURE_EMPTY",
        SignatureRejectionReason.TooSimple => "SIGNATURE_TOO_SIMPLE",
        SignatureRejectionReason.DuplicateKey => "SIGNATURE_DUPLICATE_KEY",
        _ => "SIGNATURE_REJECTED",
    };

    /// <inheritdoc />
    public string Message => Reason switch
    {
        SignatureRejectionReason.TooLarge => "The signature is too large. Please sign again.",
        SignatureRejectionReason.Empty or SignatureRejectionReason.TooSimple => "The signature is empty or too small. Please sign again.",
        _ => $"Signature data is invalid ({Detail}).",
    };
}
