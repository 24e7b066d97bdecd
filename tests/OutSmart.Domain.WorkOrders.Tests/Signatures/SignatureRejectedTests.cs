namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureRejectedTests
{
    [Fact]
    public void Code_ForEveryReason_IsItsOwnAndNotTheCodeOfSignatureCanvasInvalid()
    {
        var codes = Enum.GetValues<SignatureRejectionReason>().Select(reason => new SignatureRejected(reason, "detail").Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(new SignatureCanvasInvalid(50, 200).Code, codes);
        Assert.Equal("SIGNATURE_INK_CANVAS_INVALID", new SignatureRejected(SignatureRejectionReason.CanvasInvalid, "detail").Code);
    }

    [Fact]
    public void Code_WhenReasonIsUndefined_ReturnsSignatureRejectedRatherThanTheSendGatesSignatureInvalid()
    {
        var rejected = new SignatureRejected((SignatureRejectionReason)99, "detail");

        string code = rejected.Code;

        Assert.Equal("SIGNATURE_REJECTED", code);
    }
}
