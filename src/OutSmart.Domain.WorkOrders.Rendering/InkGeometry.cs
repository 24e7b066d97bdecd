using System.Collections.Immutable;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>One cubic Bézier piece of a stroke, in logical units, with its pen radius at both ends.</summary>
internal struct InkCurve
{
    public double X0;
    public double Y0;
    public double C1X;
    public double C1Y;
    public double C2X;
    public double C2Y;
    public double X3;
    public double Y3;
    public double StartWidth;
    public double EndWidth;

    /// <summary>Gets a value indicating whether every coordinate and width is a finite number.</summary>
    public readonly bool IsFinite =>
        double.IsFinite(X0) && double.IsFinite(Y0) && double.IsFinite(C1X) && double.IsFinite(C1Y)
        && double.IsFinite(C2X) && double.IsFinite(C2Y) && double.IsFinite(X3) && double.IsFinite(Y3)
        && double.IsFinite(StartWidth) && double.IsFinite(EndWidth);
}

/// <summary>A tap: a filled circle in logical units.</summary>
internal struct InkDot
{
    public double X;
    public double Y;
    public double Radius;
}

/// <summary>A point on a flattened curve with the pen radius there, in logical units.</summary>
internal struct InkSample
{
    public double X;
    public double Y;
    public double Radius;
}

/// <summary>
/// The smoothed ink of a signature: a port of <c>signature_pad</c> v5's curve and width algorithm (RULES.md 1.1),
/// kept in reusable buffers so that rendering allocates almost nothing.
/// </summary>
/// <remarks>
/// <para>Per stroke of n ≥ 2 points the first and the last point are duplicated, so each of the n - 1 gaps becomes
/// one curve from p[i] to p[i+1] with control points from the midpoints of p[i-1] … p[i+2]. <c>signature_pad</c>
/// duplicates only the first point and so never draws the last gap of a replayed stroke, nor a two-point stroke;
/// drawing them is a deliberate difference. The radius follows the filtered velocity
/// (<c>v = 0.7·d/Δt + 0.3·v_prev</c>, <c>r = max(max/(v+1), min)</c>, starting from the mean radius) on the stored
/// times, so the same strokes always give the same ink; along a curve it runs as <c>start + t³·(end - start)</c>,
/// capped at the largest radius. A stroke of one point is a dot of <see cref="SignatureRenderOptions.DotRadius"/>.</para>
/// <para>Not thread-safe: each thread uses its own instance.</para>
/// </remarks>
internal sealed class InkGeometry
{
    private const double VelocityFilterWeight = 0.7;

    /// <summary>The largest distance between a flattened curve and the true curve, in output pixels.</summary>
    private const double FlatnessPixels = 0.25;

    private const int MaxStepsPerCurve = 64;

    private InkCurve[] _curves = new InkCurve[256];
    private InkDot[] _dots = new InkDot[8];
    private InkSample[] _samples = new InkSample[1024];
    private int[] _strokeSampleStarts = new int[16];

    /// <summary>Gets the curves of all strokes in drawing order; only the first <see cref="CurveCount"/> are used.</summary>
    public ReadOnlySpan<InkCurve> Curves => _curves.AsSpan(0, CurveCount);

    /// <summary>Gets the number of curves.</summary>
    public int CurveCount { get; private set; }

    /// <summary>Gets the dots.</summary>
    public ReadOnlySpan<InkDot> Dots => _dots.AsSpan(0, DotCount);

    /// <summary>Gets the number of dots.</summary>
    public int DotCount { get; private set; }

    /// <summary>Gets the number of flattened strokes (strokes of two or more points).</summary>
    public int FlatStrokeCount { get; private set; }

    /// <summary>Gets the left edge of the ink including the pen radius.</summary>
    public double MinX { get; private set; }

    /// <summary>Gets the top edge of the ink including the pen radius.</summary>
    public double MinY { get; private set; }

    /// <summary>Gets the right edge of the ink including the pen radius.</summary>
    public double MaxX { get; private set; }

    /// <summary>Gets the bottom edge of the ink including the pen radius.</summary>
    public double MaxY { get; private set; }

    /// <summary>Returns the flattened samples of the stroke at <paramref name="index"/> (0 to <see cref="FlatStrokeCount"/> - 1).</summary>
    public ReadOnlySpan<InkSample> GetStrokeSamples(int index) =>
        _samples.AsSpan(_strokeSampleStarts[index], _strokeSampleStarts[index + 1] - _strokeSampleStarts[index]);

    /// <summary>Smooths and flattens <paramref name="ink"/> and measures its extent.</summary>
    /// <param name="ink">The validated ink.</param>
    /// <param name="options">The pen widths, padding and output size.</param>
    public void Build(SignatureInk ink, SignatureRenderOptions options)
    {
        CurveCount = 0;
        DotCount = 0;
        FlatStrokeCount = 0;
        double minWidth = options.MinWidth;
        double maxWidth = options.MaxWidth;

        ImmutableArray<SignatureStroke> strokes = ink.Strokes;
        for (int s = 0; s < strokes.Length; s++)
        {
            ReadOnlySpan<SignaturePoint> points = strokes[s].Points.AsSpan();
            if (points.Length == 1)
            {
                AddDot(points[0].X, points[0].Y, options.DotRadius);
            }
            else if (points.Length > 1)
            {
                AddCurves(points, minWidth, maxWidth, options.UsePressure);
            }
        }

        // The flattening resolution follows the output scale, estimated from the point bounds, so the outline is
        // smooth at any output size without flattening finer than needed.
        InkBounds bounds = ink.Bounds;
        double margin = 2 * (options.Padding + maxWidth);
        double estimatedScale = Math.Min(options.Width / (bounds.Width + margin), options.Height / (bounds.Height + margin));
        Flatten(strokes, estimatedScale, maxWidth);
        MeasureExtent();
    }

    private void AddDot(double x, double y, double radius)
    {
        if (DotCount == _dots.Length)
        {
            Array.Resize(ref _dots, _dots.Length * 2);
        }
        _dots[DotCount++] = new InkDot { X = x, Y = y, Radius = radius };
    }

    private void AddCurves(ReadOnlySpan<SignaturePoint> points, double minWidth, double maxWidth, bool usePressure)
    {
        int needed = CurveCount + points.Length - 1;
        if (needed > _curves.Length)
        {
            Array.Resize(ref _curves, Math.Max(needed, _curves.Length * 2));
        }

        double lastVelocity = 0;
        double lastWidth = (minWidth + maxWidth) / 2;
        int last = points.Length - 1;
        for (int i = 0; i < last; i++)
        {
            // The window p[i-1], p[i], p[i+1], p[i+2] with the first and last point duplicated.
            SignaturePoint before = points[Math.Max(i - 1, 0)];
            SignaturePoint start = points[i];
            SignaturePoint end = points[i + 1];
            SignaturePoint after = points[Math.Min(i + 2, last)];

            double velocity = (VelocityFilterWeight * VelocityBetween(start, end)) + ((1 - VelocityFilterWeight) * lastVelocity);
            double width = Math.Max(maxWidth / (velocity + 1), minWidth);
            double startWidth = lastWidth;
            double endWidth = width;
            if (usePressure && start.Pressure is float startPressure && end.Pressure is float endPressure)
            {
                startWidth = minWidth + ((maxWidth - minWidth) * startPressure);
                endWidth = minWidth + ((maxWidth - minWidth) * endPressure);
            }
            lastVelocity = velocity;
            lastWidth = endWidth;

            ControlPoints(before, start, end, out _, out _, out double c1x, out double c1y);
            ControlPoints(start, end, after, out double c2x, out double c2y, out _, out _);
            _curves[CurveCount++] = new InkCurve
            {
                X0 = start.X,
                Y0 = start.Y,
                C1X = c1x,
                C1Y = c1y,
                C2X = c2x,
                C2Y = c2y,
                X3 = end.X,
                Y3 = end.Y,
                StartWidth = startWidth,
                EndWidth = endWidth,
            };
        }
    }

    /// <summary>signature_pad's <c>Point.velocityFrom</c>: distance per millisecond, 0 when no time passed.</summary>
    private static double VelocityBetween(SignaturePoint from, SignaturePoint to)
    {
        long elapsed = to.TimeMs - from.TimeMs;
        if (elapsed == 0)
        {
            return 0;
        }
        double dx = to.X - from.X;
        double dy = to.Y - from.Y;
        return Math.Sqrt((dx * dx) + (dy * dy)) / elapsed;
    }

    /// <summary>signature_pad's <c>Bezier.calculateControlPoints</c> for the corner <paramref name="s2"/>:
    /// (<paramref name="c1x"/>, <paramref name="c1y"/>) before it and (<paramref name="c2x"/>, <paramref name="c2y"/>) after it.</summary>
    private static void ControlPoints(
        SignaturePoint s1,
        SignaturePoint s2,
        SignaturePoint s3,
        out double c1x,
        out double c1y,
        out double c2x,
        out double c2y)
    {
        double dx1 = s1.X - s2.X;
        double dy1 = s1.Y - s2.Y;
        double dx2 = s2.X - s3.X;
        double dy2 = s2.Y - s3.Y;
        double m1x = (s1.X + s2.X) / 2;
        double m1y = (s1.Y + s2.Y) / 2;
        double m2x = (s2.X + s3.X) / 2;
        double m2y = (s2.Y + s3.Y) / 2;
        double l1 = Math.Sqrt((dx1 * dx1) + (dy1 * dy1));
        double l2 = Math.Sqrt((dx2 * dx2) + (dy2 * dy2));

        // signature_pad divides 0 by 0 here for repeated points; a zero ratio keeps every number finite.
        double k = l1 + l2 > 0 ? l2 / (l1 + l2) : 0;
        double cmx = m2x + ((m1x - m2x) * k);
        double cmy = m2y + ((m1y - m2y) * k);
        double tx = s2.X - cmx;
        double ty = s2.Y - cmy;
        c1x = m1x + tx;
        c1y = m1y + ty;
        c2x = m2x + tx;
        c2y = m2y + ty;
    }

    private void Flatten(ImmutableArray<SignatureStroke> strokes, double scale, double maxWidth)
    {
        int sampleCount = 0;
        int curveIndex = 0;
        for (int s = 0; s < strokes.Length; s++)
        {
            int curvesInStroke = strokes[s].Points.Length - 1;
            if (curvesInStroke < 1)
            {
                continue;
            }
            if (FlatStrokeCount + 2 > _strokeSampleStarts.Length)
            {
                Array.Resize(ref _strokeSampleStarts, _strokeSampleStarts.Length * 2);
            }
            _strokeSampleStarts[FlatStrokeCount] = sampleCount;
            for (int c = 0; c < curvesInStroke; c++)
            {
                InkCurve curve = _curves[curveIndex++];
                if (!curve.IsFinite)
                {
                    continue;
                }
                int steps = StepsFor(curve, scale);
                EnsureSampleCapacity(sampleCount + steps + 1);
                double delta = curve.EndWidth - curve.StartWidth;
                for (int i = c == 0 ? 0 : 1; i <= steps; i++)
                {
                    double t = (double)i / steps;
                    double u = 1 - t;
                    double a = u * u * u;
                    double b = 3 * u * u * t;
                    double d = 3 * u * t * t;
                    double e = t * t * t;
                    _samples[sampleCount++] = new InkSample
                    {
                        X = (a * curve.X0) + (b * curve.C1X) + (d * curve.C2X) + (e * curve.X3),
                        Y = (a * curve.Y0) + (b * curve.C1Y) + (d * curve.C2Y) + (e * curve.Y3),
                        Radius = Math.Min(curve.StartWidth + (e * delta), maxWidth),
                    };
                }
            }
            _strokeSampleStarts[++FlatStrokeCount] = sampleCount;
        }
    }

    /// <summary>
    /// The number of chords for <paramref name="curve"/> so that no chord strays more than
    /// <see cref="FlatnessPixels"/> from the curve at the output scale: n = ⌈√(3·D / (4·tolerance))⌉, where D is
    /// the larger second difference of the control points (the usual bound for cubic Bézier flattening).
    /// </summary>
    private static int StepsFor(in InkCurve curve, double scale)
    {
        double ddx1 = curve.X0 - (2 * curve.C1X) + curve.C2X;
        double ddy1 = curve.Y0 - (2 * curve.C1Y) + curve.C2Y;
        double ddx2 = curve.C1X - (2 * curve.C2X) + curve.X3;
        double ddy2 = curve.C1Y - (2 * curve.C2Y) + curve.Y3;
        double secondDifference = Math.Sqrt(Math.Max((ddx1 * ddx1) + (ddy1 * ddy1), (ddx2 * ddx2) + (ddy2 * ddy2))) * scale;
        double steps = Math.Ceiling(Math.Sqrt(3 * secondDifference / (4 * FlatnessPixels)));
        return steps >= MaxStepsPerCurve ? MaxStepsPerCurve : steps <= 1 ? 1 : (int)steps;
    }

    private void EnsureSampleCapacity(int needed)
    {
        if (needed > _samples.Length)
        {
            Array.Resize(ref _samples, Math.Max(needed, _samples.Length * 2));
        }
    }

    private void MeasureExtent()
    {
        double minX = double.PositiveInfinity;
        double minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity;
        double maxY = double.NegativeInfinity;
        int sampleCount = FlatStrokeCount == 0 ? 0 : _strokeSampleStarts[FlatStrokeCount];
        for (int i = 0; i < sampleCount; i++)
        {
            ref readonly InkSample sample = ref _samples[i];
            minX = Math.Min(minX, sample.X - sample.Radius);
            minY = Math.Min(minY, sample.Y - sample.Radius);
            maxX = Math.Max(maxX, sample.X + sample.Radius);
            maxY = Math.Max(maxY, sample.Y + sample.Radius);
        }
        for (int i = 0; i < DotCount; i++)
        {
            ref readonly InkDot dot = ref _dots[i];
            minX = Math.Min(minX, dot.X - dot.Radius);
            minY = Math.Min(minY, dot.Y - dot.Radius);
            maxX = Math.Max(maxX, dot.X + dot.Radius);
            maxY = Math.Max(maxY, dot.Y + dot.Radius);
        }
        if (minX > maxX || minY > maxY)
        {
            // No drawable ink (every curve was degenerate): frame an empty unit square so the frame stays finite.
            minX = minY = 0;
            maxX = maxY = 1;
        }
        MinX = minX;
        MinY = minY;
        MaxX = maxX;
        MaxY = maxY;
    }
}
