using FsCheck;
using FsCheck.Fluent;

namespace OutSmart.Domain.WorkOrders.Tests.Arbitraries;

/// <summary>Raw strokes as a capture device might send them: random walks on a canvas, including close and duplicate points and a margin overshoot.</summary>
public sealed record RawInk(CanvasSize Canvas, IReadOnlyList<IReadOnlyList<SignaturePoint>> Strokes)
{
    public override string ToString() =>
        $"{Canvas}: " + string.Join(" | ", Strokes.Select(s => string.Join(" ", s.Select(p => $"({p.X:0.###},{p.Y:0.###},{p.TimeMs},{p.Pressure})"))));
}

public static class InkArbitraries
{
    public static Arbitrary<RawInk> RawInks() =>
        (from width in Gen.Choose(200, 800)
         from height in Gen.Choose(100, 300)
         from strokeCount in Gen.Choose(1, 4)
         from strokes in Gen.ArrayOf(Stroke(width, height), strokeCount)
         select new RawInk(CanvasSize.Create(width, height).AsT0, Timed(strokes))).ToArbitrary();

    private static Gen<(double X, double Y, float? P)[]> Stroke(int width, int height) =>
        from count in Gen.Choose(1, 40)
        from steps in Gen.ArrayOf(
            from dx in Gen.Choose(-3000, 3000)
            from dy in Gen.Choose(-3000, 3000)
            from jitter in Gen.Choose(0, 9)
            select (dx / 100.0, dy / 100.0, jitter),
            count)
        from startX in Gen.Choose(0, width)
        from startY in Gen.Choose(0, height)
        from pressure in Gen.Elements<float?>(null, 0.5f, 0.25f, 1f)
        select Walk(startX, startY, steps, width, height, pressure);

    private static (double X, double Y, float? P)[] Walk(double x, double y, (double Dx, double Dy, int Jitter)[] steps, int width, int height, float? pressure)
    {
        var points = new List<(double, double, float?)>();
        foreach ((double dx, double dy, int jitter) in steps)
        {
            // Some steps are tiny (dropped by normalisation), some repeat the point, some overshoot into the margin.
            x = Math.Clamp(jitter == 0 ? x : x + (jitter == 1 ? dx / 30 : dx), -2, width + 2);
            y = Math.Clamp(jitter == 0 ? y : y + (jitter == 1 ? dy / 30 : dy), -2, height + 2);
            points.Add((x + 0.0001 * jitter, y, pressure));
        }
        return [.. points];
    }

    private static List<IReadOnlyList<SignaturePoint>> Timed((double X, double Y, float? P)[][] strokes)
    {
        long time = 1_700_000_000_000;
        var result = new List<IReadOnlyList<SignaturePoint>>();
        foreach ((double X, double Y, float? P)[] stroke in strokes)
        {
            var points = new List<SignaturePoint>();
            foreach ((double x, double y, float? p) in stroke)
            {
                points.Add(new SignaturePoint(x, y, time, p));
                time += 16;
            }
            result.Add(points);
            time += 300;
        }
        return result;
    }
}
