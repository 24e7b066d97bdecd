using FsCheck;
using FsCheck.Fluent;
using OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests.Arbitraries;

/// <summary>A valid ink and valid render options, for properties over the renderer.</summary>
public sealed record RenderCase(SignatureInk Ink, SignatureRenderOptions Options)
{
    public override string ToString() =>
        $"{Options.Width}x{Options.Height} {Options.Format} {Options.Background} {Options.PixelFormat} pad {Options.Padding} pressure {Options.UsePressure}; ink {SignatureInkFormat.Format(Ink)}";
}

public static class RenderArbitraries
{
    public static Arbitrary<RenderCase> RenderCases() =>
        (from ink in ValidInks()
         from width in Gen.Choose(1, 700)
         from height in Gen.Choose(1, 700)
         from svg in Gen.Elements(false, false, true)
         from pixelFormat in Gen.Elements(Enum.GetValues<SignaturePixelFormat>())
         from white in Gen.Elements(false, true)
         from padding in Gen.Choose(0, 20)
         from pressure in Gen.Elements(false, true)
         select new RenderCase(ink, Options(width, height, svg, pixelFormat, white, padding, pressure))).ToArbitrary();

    private static SignatureRenderOptions Options(int width, int height, bool svg, SignaturePixelFormat pixelFormat, bool white, int padding, bool pressure)
    {
        SignatureRenderOptions options = SignatureRenderOptions.Create(width, height).AsT0
            .WithFormat(svg ? SignatureImageFormat.Svg : SignatureImageFormat.Png)
            .WithBackground(white ? SignatureBackground.White : SignatureBackground.Transparent)
            .WithPadding(padding)
            .WithPressure(pressure);
        return options.WithPixelFormat(pixelFormat);
    }

    /// <summary>Random walks on a random canvas; strokes the ink validation refuses are replaced by a single dot.</summary>
    private static Gen<SignatureInk> ValidInks() =>
        from canvasWidth in Gen.Choose(100, 4000)
        from canvasHeight in Gen.Choose(Math.Max(100, canvasWidth / 10), Math.Min(4000, canvasWidth * 10))
        from strokeCount in Gen.Choose(1, 5)
        from strokes in Gen.ArrayOf(Stroke(canvasWidth, canvasHeight), strokeCount)
        select Build(CanvasSize.Create(canvasWidth, canvasHeight).AsT0, strokes);

    private static Gen<(double X, double Y, int Dt, float? Pressure)[]> Stroke(int canvasWidth, int canvasHeight) =>
        from count in Gen.Choose(1, 60)
        from startX in Gen.Choose(0, canvasWidth)
        from startY in Gen.Choose(0, canvasHeight)
        from steps in Gen.ArrayOf(
            from dx in Gen.Choose(-40, 40)
            from dy in Gen.Choose(-40, 40)
            from dt in Gen.Choose(0, 60)
            from pressure in Gen.Choose(-1, 100)
            select (dx, dy, dt, pressure),
            count)
        select Walk(startX, startY, canvasWidth, canvasHeight, steps);

    private static (double X, double Y, int Dt, float? Pressure)[] Walk(int x, int y, int width, int height, (int Dx, int Dy, int Dt, int Pressure)[] steps)
    {
        var points = new (double, double, int, float?)[steps.Length];
        for (int i = 0; i < steps.Length; i++)
        {
            x = Math.Clamp(x + steps[i].Dx, 0, width);
            y = Math.Clamp(y + steps[i].Dy, 0, height);
            points[i] = (x, y, steps[i].Dt, steps[i].Pressure < 0 ? null : steps[i].Pressure / 100f);
        }
        return points;
    }

    private static SignatureInk Build(CanvasSize canvas, (double X, double Y, int Dt, float? Pressure)[][] strokes)
    {
        long time = 0;
        var converted = new List<List<SignaturePoint>>();
        foreach ((double X, double Y, int Dt, float? Pressure)[] stroke in strokes)
        {
            var points = new List<SignaturePoint>();
            foreach ((double x, double y, int dt, float? pressure) in stroke)
            {
                time += dt;
                points.Add(new SignaturePoint(x, y, time, pressure));
            }
            converted.Add(points);
        }
        return SignatureInk.Create(canvas, converted, Inks.Lenient).Match(
            ink => ink,
            _ => Inks.Create([[new SignaturePoint(canvas.Width / 2, canvas.Height / 2, 0)]], canvas));
    }
}
