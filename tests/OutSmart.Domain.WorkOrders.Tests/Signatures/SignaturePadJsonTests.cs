using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Signatures;

public sealed class SignaturePadJsonTests
{
    private const string TwoStrokes =
        """
        [{"penColor":"black","dotSize":0,"points":[
          {"x":50,"y":50,"time":1700000000000,"pressure":0},{"x":70,"y":120,"time":1700000000016,"pressure":0},
          {"x":90,"y":50,"time":1700000000032,"pressure":0},{"x":110,"y":120,"time":1700000000048,"pressure":0},
          {"x":130,"y":50,"time":1700000000064,"pressure":0},{"x":150,"y":120,"time":1700000000080,"pressure":0}]},
         {"points":[
          {"x":200,"y":60,"time":1700000000500,"pressure":0.8},{"x":220,"y":130,"time":1700000000516,"pressure":0.6},
          {"x":240,"y":60,"time":1700000000532,"pressure":0.4},{"x":260,"y":130,"time":1700000000548,"pressure":0.5},
          {"x":280,"y":60,"time":1700000000564,"pressure":0.7}]}]
        """;

    [Fact]
    public void Parse_WhenCommittedSample_ReturnsValidInkOnCanvas()
    {
        var ink = SignaturePadJson.Parse(Inks.SampleJson, Inks.Canvas).AsT0;

        Assert.Equal(Inks.Canvas, ink.Canvas);
        Assert.InRange(ink.PointCount, 150, 400);
        Assert.Contains(ink.Strokes, s => s.IsDot);
        Assert.Equal(0, ink.Strokes[0].Points[0].TimeMs);
    }

    [Fact]
    public void Parse_WhenPointGroups_ReadsStrokesAndRebasesTime()
    {
        var ink = SignaturePadJson.Parse(TwoStrokes, Inks.Canvas).AsT0;

        Assert.Equal(2, ink.Strokes.Length);
        Assert.Equal(new SignaturePoint(50, 50, 0), ink.Strokes[0].Points[0]);
        Assert.Equal(564, ink.Strokes[1].Points[^1].TimeMs);
    }

    [Fact]
    public void Parse_WhenPressureIsZero_StoresUnknownAndKeepsRealPressure()
    {
        var ink = SignaturePadJson.Parse(TwoStrokes, Inks.Canvas).AsT0;

        Assert.All(ink.Strokes[0].Points, p => Assert.Null(p.Pressure));
        Assert.Equal(0.8f, ink.Strokes[1].Points[0].Pressure);
    }

    [Fact]
    public void Parse_WhenNoCanvasGiven_DerivesItFromInkBounds()
    {
        var ink = SignaturePadJson.Parse(TwoStrokes, null).AsT0;

        Assert.Equal(CanvasSize.Create(280, 130).AsT0, ink.Canvas);
    }

    [Fact]
    public void Parse_WhenGroupsAreBareArrays_ReadsOlderFormat()
    {
        const string json = """[[{"x":50,"y":50,"time":0},{"x":70,"y":120,"time":16},{"x":90,"y":50,"time":32},{"x":110,"y":120,"time":48},{"x":130,"y":50,"time":64},{"x":150,"y":120,"time":80},{"x":170,"y":50,"time":96},{"x":190,"y":120,"time":112},{"x":210,"y":50,"time":128},{"x":230,"y":120,"time":144}]]""";

        Assert.Equal(10, SignaturePadJson.Parse(json, Inks.Canvas).AsT0.PointCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{\"points\":[]}")]
    [InlineData("[1,2]")]
    [InlineData("[{\"points\":[{\"x\":\"1\",\"y\":2,\"time\":0}]}]")]
    [InlineData("[{\"points\":[{\"y\":2,\"time\":0}]}]")]
    [InlineData("[{\"points\":[{\"x\":1,\"y\":2}]}]")]
    [InlineData("[{\"points\":[{\"x\":1e400,\"y\":2,\"time\":0}]}]")]
    [InlineData("[{\"points\":[{\"x\":1,\"y\":2,\"time\":1e300}]}]")]
    [InlineData("[{\"points\":[{\"x\":1,\"y\":2,\"time\":0,\"pressure\":\"hard\"}]}]")]
    [InlineData("[{\"points\":[[1,2,3]]}]")]
    [InlineData(null)]
    public void Parse_WhenMalformed_ReturnsMalformed(string? json)
    {
        var result = SignaturePadJson.Parse(json, Inks.Canvas);

        var rejected = Assert.IsType<SignatureRejected>(result.Value);
        Assert.Equal(SignatureRejectionReason.Malformed, rejected.Reason);
        Assert.Equal("SIGNATURE_MALFORMED", rejected.Code);
    }

    [Fact]
    public void Parse_WhenEmptyArray_ReturnsEmpty()
    {
        Assert.Equal(SignatureRejectionReason.Empty, SignaturePadJson.Parse("[]", null).AsT1.Reason);
    }

    [Fact]
    public void Parse_WhenLargerThanOneMegabyte_ReturnsTooLarge()
    {
        string json = "[" + new string(' ', 1_000_001) + "]";

        Assert.Equal(SignatureRejectionReason.TooLarge, SignaturePadJson.Parse(json, Inks.Canvas).AsT1.Reason);
    }

    [Fact]
    public void Parse_WhenPointFarOutsideGivenCanvas_ReturnsPointOutOfRange()
    {
        var small = CanvasSize.Create(200, 100).AsT0;

        Assert.Equal(SignatureRejectionReason.PointOutOfRange, SignaturePadJson.Parse(TwoStrokes, small).AsT1.Reason);
    }

    [Property(MaxTest = 300)]
    public bool Parse_ForAnyString_NeverThrows(string? json) =>
        SignaturePadJson.Parse(json, null).Match(_ => true, r => r.Code.Length > 0);

    [Property(MaxTest = 200)]
    public Property Parse_ForArbitraryPointGroups_NeverThrows() =>
        Prop.ForAll(
            Gen.ListOf(Gen.ListOf(Gen.Elements(-1e308, -10.0, 0.0, 0.5, 55.5, 199.99, 600.0, 4001.0, double.Epsilon)))
                .Select(groups => "[" + string.Join(",", groups.Select(g => "{\"points\":[" + string.Join(",", g.Select((v, i) =>
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"x\":{v:R},\"y\":{v / 2:R},\"time\":{i * 16},\"pressure\":{Math.Abs(v) % 1.5:R}}}"))) + "]}")) + "]")
                .ToArbitrary(),
            json => SignaturePadJson.Parse(json, null).Match(_ => true, r => r.Code.Length > 0));

    // Attribute strings are stored as UTF-8, which cannot hold a lone surrogate, so "{S}" stands for one here.
    [Theory]
    [InlineData("[{\"points\":[]}]{S}", 0xD800)]
    [InlineData("[{\"points\":[],\"penColor\":\"bl{S}ck\"}]", 0xDC00)]
    [InlineData("[{\"points\":[{\"x\":50,\"y\":50,\"time\":0,\"note\":\"{S}\"}]}]", 0xDBFF)]
    [InlineData("{S}", 0xDBFF)]
    public void Parse_WhenTextHoldsALoneSurrogate_ReturnsMalformed(string template, int surrogate)
    {
        string json = template.Replace("{S}", ((char)surrogate).ToString());

        var result = SignaturePadJson.Parse(json, Inks.Canvas);

        Assert.Equal(SignatureRejectionReason.Malformed, result.AsT1.Reason);
    }

    [Theory]
    [InlineData("""[{"points":[{"x":50,"x":60,"y":50,"time":0}]}]""")]
    [InlineData("""[{"points":[],"points":[{"x":50,"y":50,"time":0}]}]""")]
    [InlineData("""[{"penColor":"black","penColor":"red","points":[]}]""")]
    [InlineData("""[{"points":[{"x":50,"\u0078":60,"y":50,"time":0}]}]""")]
    [InlineData("""[{"meta":{"a":1,"a":2},"points":[]}]""")]
    public void Parse_WhenAnObjectRepeatsAKey_ReturnsDuplicateKey(string json)
    {
        var result = SignaturePadJson.Parse(json, Inks.Canvas);

        Assert.Equal(SignatureRejectionReason.DuplicateKey, result.AsT1.Reason);
        Assert.Equal("SIGNATURE_DUPLICATE_KEY", result.AsT1.Code);
    }

    [Fact]
    public void Parse_WhenKeysDifferOnlyInCase_TreatsThemAsDistinct()
    {
        string json = TwoStrokes.Replace("\"dotSize\":0", "\"dotSize\":0,\"DotSize\":1");

        var result = SignaturePadJson.Parse(json, Inks.Canvas);

        Assert.True(result.IsT0);
    }

    [Property(MaxTest = 500)]
    public Property Parse_ForTextsBuiltFromJsonPiecesSurrogatesAndRepeatedKeys_NeverThrows() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(
                    "[", "]", "{", "}", ",", ":", "\"points\"", "\"x\"", "\"y\"", "\"time\"", "\"pressure\"", "\"x\":1,\"x\":2",
                    "1", "-0", "1e999", "null", "\"\\ud800\"", "\ud800", "\udc00", "\ud83d\ude00", "\"", "\\", " "))
                .Select(pieces => string.Concat(pieces))
                .ToArbitrary(),
            json => SignaturePadJson.Parse(json, null).Match(_ => true, r => r.Code.Length > 0));
}
