using FsCheck.Xunit;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignatureInkFormatTests
{
    [Fact]
    public void Parse_WhenFormatOfSample_ReturnsEqualInk()
    {
        SignatureInk ink = Inks.Sample;

        var parsed = SignatureInkFormat.Parse(SignatureInkFormat.Format(ink));

        Assert.Equal(ink, parsed.AsT0);
    }

    [Fact]
    public void Format_WhenInk_StartsWithHeaderAndCanvas()
    {
        string text = SignatureInkFormat.Format(Inks.Valid(12));

        Assert.StartsWith("OSSIG1 600 200\n50,50,0 70,120,16", text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("OSSIG2 600 200\n1,2,3")]
    [InlineData("OSSIG1 600\n1,2,3")]
    [InlineData("OSSIG1 600 200\n1,2")]
    [InlineData("OSSIG1 600 200\n1,2,x")]
    [InlineData("OSSIG1 600 200\n1,2,3,hard")]
    [InlineData(null)]
    public void Parse_WhenMalformed_ReturnsMalformed(string? text)
    {
        Assert.Equal(SignatureRejectionReason.Malformed, SignatureInkFormat.Parse(text).AsT1.Reason);
    }

    [Fact]
    public void Parse_WhenCanvasInvalid_ReturnsCanvasInvalid()
    {
        var rejected = SignatureInkFormat.Parse("OSSIG1 50 200\n1,2,3").AsT1;

        Assert.Equal("SIGNATURE_CANVAS_INVALID", rejected.Code);
    }

    [Property(MaxTest = 300)]
    public bool Parse_ForAnyString_NeverThrows(string? text) =>
        SignatureInkFormat.Parse(text).Match(_ => true, r => r.Code.Length > 0)
        && SignatureInkFormat.Parse("OSSIG1 600 200\n" + text).Match(_ => true, r => r.Code.Length > 0);
}
