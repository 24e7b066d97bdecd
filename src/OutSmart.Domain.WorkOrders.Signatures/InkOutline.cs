using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Signatures;

/// <summary>
/// Turns flattened ink into one filled path in output pixels: per stroke a few outline polygons of the
/// variable-width pen plus round caps, all wound the same way so the non-zero fill unites them.
/// </summary>
/// <remarks>
/// <para>A stroke is walked along its samples; each sample is offset by its radius along the bisector of the
/// neighbouring chords (a short miter), giving the left edge forwards and the right edge backwards of one closed
/// polygon. Where the path turns by more than <see cref="BreakAngleCosine"/>'s angle the polygon ends and a circle
/// fills the joint, so tight turns never fold an edge over itself. The stroke's ends get circles (round caps).</para>
/// <para>Every polygon and circle is clockwise on screen, so overlaps add up under
/// <see cref="SKPathFillType.Winding"/> and one <c>DrawPath</c> paints the whole signature.</para>
/// <para>Not thread-safe: each thread uses its own instance.</para>
/// </remarks>
internal sealed class InkOutline
{
    /// <summary>The cosine of the largest turn (35°) drawn as a miter; sharper turns get a round joint.</summary>
    private const double BreakAngleCosine = 0.8191520442889918;

    /// <summary>Samples closer than this many pixels to the previous one are merged.</summary>
    private const double MinStepPixels = 0.05;

    private float[] _x = new float[1024];
    private float[] _y = new float[1024];
    private float[] _r = new float[1024];
    private SKPoint[] _left = new SKPoint[1024];
    private SKPoint[] _right = new SKPoint[1024];
    private SKPoint[] _polygon = new SKPoint[2048];

    /// <summary>Appends the ink of <paramref name="geometry"/>, placed by <paramref name="frame"/>, to <paramref name="builder"/>.</summary>
    public void Append(InkGeometry geometry, in InkFrame frame, SKPathBuilder builder)
    {
        double scale = frame.Scale;
        double originX = frame.ViewMinX;
        double originY = frame.ViewMinY;
        for (int s = 0; s < geometry.FlatStrokeCount; s++)
        {
            ReadOnlySpan<InkSample> samples = geometry.GetStrokeSamples(s);
            int count = Project(samples, scale, originX, originY);
            AppendStroke(count, builder);
        }
        foreach (InkDot dot in geometry.Dots)
        {
            builder.AddCircle(
                (float)((dot.X - originX) * scale),
                (float)((dot.Y - originY) * scale),
                (float)(dot.Radius * scale),
                SKPathDirection.Clockwise);
        }
    }

    private int Project(ReadOnlySpan<InkSample> samples, double scale, double originX, double originY)
    {
        if (samples.Length > _x.Length)
        {
            int size = Math.Max(samples.Length, _x.Length * 2);
            _x = new float[size];
            _y = new float[size];
            _r = new float[size];
            _left = new SKPoint[size];
            _right = new SKPoint[size];
            _polygon = new SKPoint[size * 2];
        }
        int count = 0;
        foreach (InkSample sample in samples)
        {
            float x = (float)((sample.X - originX) * scale);
            float y = (float)((sample.Y - originY) * scale);
            float r = (float)(sample.Radius * scale);
            if (count > 0 && Math.Abs(x - _x[count - 1]) < MinStepPixels && Math.Abs(y - _y[count - 1]) < MinStepPixels)
            {
                _r[count - 1] = Math.Max(_r[count - 1], r);
                continue;
            }
            _x[count] = x;
            _y[count] = y;
            _r[count] = r;
            count++;
        }
        return count;
    }

    private void AppendStroke(int count, SKPathBuilder builder)
    {
        if (count == 0)
        {
            return;
        }
        builder.AddCircle(_x[0], _y[0], _r[0], SKPathDirection.Clockwise);
        if (count == 1)
        {
            return;
        }
        builder.AddCircle(_x[count - 1], _y[count - 1], _r[count - 1], SKPathDirection.Clockwise);

        // Normal of the chord into the current sample: (dy, -dx) of the unit direction, which makes the
        // left-forwards, right-backwards polygon clockwise on screen like the circles.
        Chord(0, out float nx, out float ny);
        int run = 0;
        AddOffset(run++, 0, nx, ny);
        for (int i = 1; i < count - 1; i++)
        {
            Chord(i, out float outX, out float outY);
            double cosine = (nx * outX) + (ny * outY);
            if (cosine < BreakAngleCosine)
            {
                AddOffset(run++, i, nx, ny);
                EmitRun(run, builder);
                builder.AddCircle(_x[i], _y[i], _r[i], SKPathDirection.Clockwise);
                run = 0;
                AddOffset(run++, i, outX, outY);
            }
            else
            {
                // The bisector, lengthened by 1 / cos(half the turn) so both edges keep their distance (a miter).
                float mx = nx + outX;
                float my = ny + outY;
                float lengthSquared = (mx * mx) + (my * my);
                float factor = 2 / lengthSquared;
                AddOffset(run++, i, mx * factor, my * factor);
            }
            nx = outX;
            ny = outY;
        }
        AddOffset(run++, count - 1, nx, ny);
        EmitRun(run, builder);
    }

    /// <summary>Returns the unit normal of the chord from sample <paramref name="i"/> to the next one.</summary>
    private void Chord(int i, out float nx, out float ny)
    {
        float dx = _x[i + 1] - _x[i];
        float dy = _y[i + 1] - _y[i];
        float length = MathF.Sqrt((dx * dx) + (dy * dy));
        nx = dy / length;
        ny = -dx / length;
    }

    private void AddOffset(int index, int sample, float offsetX, float offsetY)
    {
        float r = _r[sample];
        _left[index] = new SKPoint(_x[sample] + (offsetX * r), _y[sample] + (offsetY * r));
        _right[index] = new SKPoint(_x[sample] - (offsetX * r), _y[sample] - (offsetY * r));
    }

    private void EmitRun(int count, SKPathBuilder builder)
    {
        Span<SKPoint> polygon = _polygon.AsSpan(0, count * 2);
        _left.AsSpan(0, count).CopyTo(polygon);
        for (int i = 0; i < count; i++)
        {
            polygon[count + i] = _right[count - 1 - i];
        }
        builder.AddPoly(polygon, close: true);
    }
}
