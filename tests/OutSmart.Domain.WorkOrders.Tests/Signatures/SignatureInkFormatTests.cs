using FsCheck;
using FsCheck.Fluent;
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

        Assert.Equal(SignatureRejectionReason.CanvasInvalid, rejected.Reason);
        Assert.Equal("SIGNATURE_INK_CANVAS_INVALID", rejected.Code);
    }

    [Property(MaxTest = 300)]
    public bool Parse_ForAnyString_NeverThrows(string? text) =>
        SignatureInkFormat.Parse(text).Match(_ => true, r => r.Code.Length > 0)
        && SignatureInkFormat.Parse("OSSIG1 600 200\n" + text).Match(_ => true, r => r.Code.Length > 0);

    [Property(MaxTest = 500)]
    public Property Parse_ForTextsBuiltFromFormatPiecesAndSurrogates_NeverThrows() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(
                    "OSSIG1", " ", "\n", "\r", ",", "600", "200", "-9223372036854775808", "9223372036854775807", "NaN", "Infinity",
                    "1e999", "0.5", "-1", "\ud800", "\udc00", "\ud83d\ude00", "OSSIG1 600 200\n"))
                .Select(pieces => string.Concat(pieces))
                .ToArbitrary(),
            text => SignatureInkFormat.Parse(text).Match(_ => true, r => r.Code.Length > 0));
}
