using System.Globalization;
using System.Text;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class ContentHashTests
{
    [Fact]
    public void ToCanonicalJson_WhenCoordinatesHaveDecimals_WritesThemAsZeroHashHash()
    {
        SignaturePoint[] stroke = [new SignaturePoint(10.5, 20.05, 0, 0.3333f), new SignaturePoint(0, 123.4, 5, 1f), .. Inks.Zigzag(12, startTime: 10)];
        SignatureInk ink = SignatureInk.Create(Inks.Canvas, [stroke]).AsT0;

        string json = Encoding.UTF8.GetString(ContentHash.ToCanonicalJson(Fixtures.Plan().ToContent(), ink, null, Inks.SignedAt));

        Assert.Contains("\"canvas\":{\"width\":600,\"height\":200}", json);
        Assert.Contains("\"strokes\":[[[10.5,20.05,0,0.33],[0,123.4,5,1],[50,50,10]", json);
        Assert.Contains("\"signer\":null", json);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    [InlineData(0.1)]
    [InlineData(1.99)]
    [InlineData(599.99)]
    [InlineData(3999.5)]
    [InlineData(100.07)]
    public void ToCanonicalJson_ForAnyRoundedCoordinate_MatchesInvariantZeroHashHash(double x)
    {
        SignaturePoint[] stroke = [new SignaturePoint(x, 10, 0), .. Inks.Zigzag(12, startTime: 10)];
        var canvas = CanvasSize.Create(4000, 400).AsT0;
        SignatureInk ink = SignatureInk.Create(canvas, [stroke], SignatureInkPolicy.Default.WithInkThresholds(1, 1, 0, 0)).AsT0;

        string json = Encoding.UTF8.GetString(ContentHash.ToCanonicalJson(Fixtures.Plan().ToContent(), ink, null, Inks.SignedAt));

        Assert.Contains($"[[[{x.ToString("0.##", CultureInfo.InvariantCulture)},10,0]", json);
    }
}
