using NodaTime;

namespace OutSmart.Domain.WorkOrders.Tests.TestData;

/// <summary>Signature ink for tests: the committed sample and simple generated strokes.</summary>
internal static class Inks
{
    public static readonly CanvasSize Canvas = WorkOrderFixtures.Canvas;

    public static string SampleJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "signature.json"));

    public static SignatureInk Sample => SignaturePadJson.Parse(SampleJson, Canvas).AsT0;

    /// <summary>A zigzag from (50, 50) to the right: <paramref name="points"/> points 20 units apart horizontally.</summary>
    public static SignaturePoint[] Zigzag(int points, double startX = 50, long startTime = 0, float? pressure = null) =>
        [.. Enumerable.Range(0, points).Select(i => new SignaturePoint(startX + (i * 20), i % 2 == 0 ? 50 : 120, startTime + (i * 16), pressure))];

    public static SignatureInk Valid(int points = 20) => SignatureInk.Create(Canvas, [Zigzag(points)]).AsT0;

    public static readonly Instant SignedAt = WorkOrderFixtures.SignedAt;
}
