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

        string json = Encoding.UTF8.GetString(ContentHash.ToCanonicalJson(WorkOrderFixtures.Plan().ToContent(), ink, null, Inks.SignedAt));

        Assert.Contains("\"canvas\":{\"width\":600,\"height\":200}", json);
        Assert.Contains("\"strokes\":[[[10.5,20.05,0,0.3333],[0,123.4,5,1],[50,50,10]", json);
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

        string json = Encoding.UTF8.GetString(ContentHash.ToCanonicalJson(WorkOrderFixtures.Plan().ToContent(), ink, null, Inks.SignedAt));

        Assert.Contains($"[[[{x.ToString("0.##", CultureInfo.InvariantCulture)},10,0]", json);
    }

    [Fact]
    public void Compute_WhenInksDifferOnlyInPressureAtTheThirdDecimal_HashesDiffer()
    {
        SignatureInk firm = SignatureInk.Create(Inks.Canvas, [Inks.Zigzag(12, pressure: 0.501f)]).AsT0;
        SignatureInk firmer = SignatureInk.Create(Inks.Canvas, [Inks.Zigzag(12, pressure: 0.504f)]).AsT0;
        WorkOrderContent content = WorkOrderFixtures.Plan().ToContent();

        string first = ContentHash.Compute(content, firm, null, Inks.SignedAt);
        string second = ContentHash.Compute(content, firmer, null, Inks.SignedAt);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Compute_WhenCanvasesDifferOnlyAtTheThirdDecimal_HashesDiffer()
    {
        SignatureInk narrow = SignatureInk.Create(CanvasSize.Create(600.001, 200).AsT0, [Inks.Zigzag(12)]).AsT0;
        SignatureInk wide = SignatureInk.Create(CanvasSize.Create(600.004, 200).AsT0, [Inks.Zigzag(12)]).AsT0;
        WorkOrderContent content = WorkOrderFixtures.Plan().ToContent();

        string first = ContentHash.Compute(content, narrow, null, Inks.SignedAt);
        string second = ContentHash.Compute(content, wide, null, Inks.SignedAt);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Compute_WhenHourDurationsDifferBelowAMillisecond_HashesDiffer()
    {
        var date = new NodaTime.LocalDate(2025, 11, 20);
        WorkOrderContent shorter = Content(hours: [HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", date, NodaTime.Duration.FromNanoseconds(3_600_000_000_001))]);
        WorkOrderContent longer = Content(hours: [HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", date, NodaTime.Duration.FromNanoseconds(3_600_000_000_002))]);

        string first = ContentHash.Compute(shorter, Inks.Valid(), null, Inks.SignedAt);
        string second = ContentHash.Compute(longer, Inks.Valid(), null, Inks.SignedAt);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Compute_WhenAnAnswerHoldsALoneSurrogate_HashesWithoutThrowingAndDiffersFromAnotherSurrogate()
    {
        WorkOrderContent high = Content(answers: [new("remark", "a\ud800")]);
        WorkOrderContent low = Content(answers: [new("remark", "a\udc00")]);

        string first = ContentHash.Compute(high, Inks.Valid(), null, Inks.SignedAt);
        string second = ContentHash.Compute(low, Inks.Valid(), null, Inks.SignedAt);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void ToCanonicalJson_WhenDurationIsWholeMilliseconds_WritesAnIntegerAsBefore()
    {
        WorkOrderContent content = Content(hours: [HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new NodaTime.LocalDate(2025, 11, 20), NodaTime.Duration.FromMinutes(90))]);

        string json = Encoding.UTF8.GetString(ContentHash.ToCanonicalJson(content, Inks.Valid(), null, Inks.SignedAt));

        Assert.Contains("\"durationMs\":5400000}", json);
    }

    internal static WorkOrderContent Content(
        IEnumerable<HourRegistration>? hours = null,
        IEnumerable<MaterialLine>? materials = null,
        IEnumerable<KeyValuePair<string, string>>? answers = null,
        IEnumerable<string>? photos = null,
        IEnumerable<KeyValuePair<string, string>>? notes = null) =>
        new(WorkOrderFixtures.OrderId, "WO-1", WorkOrderFixtures.Customer, [.. hours ?? []], [.. materials ?? []], [.. answers ?? []], [.. photos ?? []], [.. notes ?? []], []);
}
