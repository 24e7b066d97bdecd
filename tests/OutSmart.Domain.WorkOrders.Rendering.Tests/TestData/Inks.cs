namespace OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;

/// <summary>Known signatures for rendering tests: the sample from <c>samples/signatures</c> and small hand-made inks.</summary>
internal static class Inks
{
    /// <summary>A policy that accepts a single dot or a short line, for inks below the SIG-07 thresholds.</summary>
    public static readonly SignatureInkPolicy Lenient = SignatureInkPolicy.Default.WithInkThresholds(1, 1, 0, 0);

    public static CanvasSize Canvas600x200 { get; } = CanvasSize.Create(600, 200).AsT0;

    /// <summary>The sample signature (signature_pad JSON) on a 600×200 canvas.</summary>
    public static SignatureInk Sample()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "signature.json"));
        return SignaturePadJson.Parse(json, Canvas600x200).AsT0;
    }

    /// <summary>A single tap at (300, 100).</summary>
    public static SignatureInk Dot() => Create([[new SignaturePoint(300, 100, 0)]]);

    /// <summary>A horizontal line from (100, 100) to (500, 100), drawn at constant speed.</summary>
    public static SignatureInk Line() => Create([Points(41, i => (100 + (10 * i), 100))]);

    /// <summary>An S-curve over the canvas whose speed rises and falls, so the width varies.</summary>
    public static SignatureInk Curve()
    {
        var points = new List<SignaturePoint>();
        long time = 0;
        for (int i = 0; i <= 60; i++)
        {
            double t = i / 60.0;
            double x = 80 + (440 * t);
            double y = 100 + (60 * Math.Sin(2 * Math.PI * t));
            points.Add(new SignaturePoint(Math.Round(x, 2), Math.Round(y, 2), time));
            time += 8 + (int)(24 * Math.Abs(Math.Cos(Math.PI * t)));
        }
        return Create([points]);
    }

    /// <summary>Creates an ink with the lenient policy; fails the test when the strokes are refused.</summary>
    public static SignatureInk Create(IEnumerable<IEnumerable<SignaturePoint>> strokes, CanvasSize? canvas = null) =>
        SignatureInk.Create(canvas ?? Canvas600x200, strokes, Lenient).Match(
            ink => ink,
            rejected => throw new InvalidOperationException($"Test ink refused: {rejected.Code} {rejected.Detail}"));

    private static List<SignaturePoint> Points(int count, Func<int, (double X, double Y)> at)
    {
        var points = new List<SignaturePoint>(count);
        for (int i = 0; i < count; i++)
        {
            (double x, double y) = at(i);
            points.Add(new SignaturePoint(x, y, 16L * i));
        }
        return points;
    }

    public static SignatureRenderOptions Options(int width, int height) => SignatureRenderOptions.Create(width, height).AsT0;
}
