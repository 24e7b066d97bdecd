using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>
/// Draws flattened ink in output pixels as filled outline pieces of the variable-width pen with round caps,
/// each piece small enough for Skia's fast anti-aliasing mask, whose coverages add up exactly where they meet.
/// </summary>
/// <remarks>
/// <para>A stroke is walked along its samples; each sample is offset by its radius along the bisector of the
/// neighbouring chords (a short miter), giving the left edge forwards and the right edge backwards of a closed
/// polygon. Where the path turns by more than <see cref="BreakAngleCosine"/>'s angle the polygon ends and a circle
/// fills the joint, so tight turns never fold an edge over itself. The stroke's ends get circles (round caps).
/// Every polygon and circle is clockwise on screen, so overlaps inside one piece unite under
/// <see cref="SKPathFillType.Winding"/>.</para>
/// <para>Speed: Skia fills a path with more points than about half its larger side by 4× supersampling, whose cost
/// grows with the area the path spans; a path whose device bounds fit <see cref="MaxPieceWidth"/> by
/// <see cref="MaxPieceArea"/> goes through a small coverage mask instead, which for signature ink is about twice as
/// fast. So while the pen is thin (<see cref="MaxSplitRadius"/>) a stroke is cut into such pieces across the stroke,
/// at a sample: neighbouring pieces share the cut edge exactly, and drawn with <see cref="SKBlendMode.Plus"/> their
/// coverages add up to the coverage of the uncut stroke (no seam). Joint circles and caps stay in the piece of their
/// sample. Where ink crosses other ink the coverages add too, which darkens a few edge pixels of the crossing as
/// real ink does.</para>
/// <para>Not thread-safe: each thread uses its own instance.</para>
/// </remarks>
internal sealed class InkOutline
{
    /// <summary>The cosine of the largest turn (35°) drawn as a miter; sharper turns get a round joint.</summary>
    private const double BreakAngleCosine = 0.8191520442889918;

    /// <summary>Samples closer than this many pixels to the previous one are merged.</summary>
    private const double MinStepPixels = 0.05;

    /// <summary>The widest piece in pixels; Skia's coverage mask holds paths up to 32 pixels wide, with a pixel of
    /// anti-aliasing on each side.</summary>
    private const float MaxPieceWidth = 28;

    /// <summary>The largest area of a piece's bounds in pixels, widened by the anti-aliasing border and rounded as
    /// Skia does; its coverage mask holds 1,024 pixels.</summary>
    private const float MaxPieceArea = 1024;

    /// <summary>Strokes whose pen radius reaches this many pixels anywhere are drawn uncut: their pieces would be too
    /// short to gain anything.</summary>
    private const float MaxSplitRadius = 5;

    private float[] _x = new float[1024];
    private float[] _y = new float[1024];
    private float[] _r = new float[1024];
    private SKPoint[] _left = new SKPoint[1024];
    private SKPoint[] _right = new SKPoint[1024];
    private SKPoint[] _polygon = new SKPoint[2048];

    private SKPathBuilder? _builder;
    private SKCanvas? _canvas;
    private SKPaint? _paint;
    private float _pieceMinX;
    private float _pieceMinY;
    private float _pieceMaxX;
    private float _pieceMaxY;

    /// <summary>Draws the ink of <paramref name="geometry"/>, placed by <paramref name="frame"/>, on <paramref name="canvas"/>.</summary>
    /// <param name="geometry">The flattened ink.</param>
    /// <param name="frame">Where the ink goes in the output.</param>
    /// <param name="builder">A reusable path builder; it is left empty.</param>
    /// <param name="canvas">The canvas to draw on.</param>
    /// <param name="paint">The ink paint; its blend mode must add coverage (<see cref="SKBlendMode.Plus"/>).</param>
    public void Draw(InkGeometry geometry, in InkFrame frame, SKPathBuilder builder, SKCanvas canvas, SKPaint paint)
    {
        _builder = builder;
        _canvas = canvas;
        _paint = paint;
        try
        {
            double scale = frame.Scale;
            double originX = frame.ViewMinX;
            double originY = frame.ViewMinY;
            for (int s = 0; s < geometry.FlatStrokeCount; s++)
            {
                ReadOnlySpan<InkSample> samples = geometry.GetStrokeSamples(s);
                int count = Project(samples, scale, originX, originY, out float maxRadius);
                DrawStroke(count, maxRadius < MaxSplitRadius);
            }
            foreach (InkDot dot in geometry.Dots)
            {
                builder.AddCircle(
                    (float)((dot.X - originX) * scale),
                    (float)((dot.Y - originY) * scale),
                    (float)(dot.Radius * scale),
                    SKPathDirection.Clockwise);
            }
            Flush();
        }
        finally
        {
            _builder = null;
            _canvas = null;
            _paint = null;
        }
    }

    private int Project(ReadOnlySpan<InkSample> samples, double scale, double originX, double originY, out float maxRadius)
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
        maxRadius = 0;
        foreach (InkSample sample in samples)
        {
            float x = (float)((sample.X - originX) * scale);
            float y = (float)((sample.Y - originY) * scale);
            float r = (float)(sample.Radius * scale);
            maxRadius = Math.Max(maxRadius, r);
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

    private void DrawStroke(int count, bool split)
    {
        if (count == 0)
        {
            return;
        }
        SKPathBuilder builder = _builder!;
        StartPiece(0);
        builder.AddCircle(_x[0], _y[0], _r[0], SKPathDirection.Clockwise);
        if (count == 1)
        {
            Flush();
            return;
        }

        // Normal of the chord into the current sample: (dy, -dx) of the unit direction, which makes the
        // left-forwards, right-backwards polygon clockwise on screen like the circles.
        Chord(0, out float nx, out float ny);
        int run = 0;
        AddOffset(run++, 0, nx, ny);
        for (int i = 1; i < count - 1; i++)
        {
            if (split && !PieceFits(i) && run > 1)
            {
                // Cut across the stroke at the previous sample: both pieces share its offsets exactly.
                EmitRun(run);
                Flush();
                _left[0] = _left[run - 1];
                _right[0] = _right[run - 1];
                run = 1;
                StartPiece(i - 1);
            }
            Include(i);
            Chord(i, out float outX, out float outY);
            double cosine = (nx * outX) + (ny * outY);
            if (cosine < BreakAngleCosine)
            {
                AddOffset(run++, i, nx, ny);
                EmitRun(run);
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
        if (split && !PieceFits(count - 1) && run > 1)
        {
            EmitRun(run);
            Flush();
            _left[0] = _left[run - 1];
            _right[0] = _right[run - 1];
            run = 1;
            StartPiece(count - 2);
        }
        Include(count - 1);
        AddOffset(run++, count - 1, nx, ny);
        EmitRun(run);
        builder.AddCircle(_x[count - 1], _y[count - 1], _r[count - 1], SKPathDirection.Clockwise);
        Flush();
    }

    /// <summary>Starts the bounds of a piece with the pen disc at sample <paramref name="sample"/>.</summary>
    private void StartPiece(int sample)
    {
        float r = _r[sample];
        _pieceMinX = _x[sample] - r;
        _pieceMinY = _y[sample] - r;
        _pieceMaxX = _x[sample] + r;
        _pieceMaxY = _y[sample] + r;
    }

    /// <summary>Widens the bounds of the piece by the pen disc at sample <paramref name="sample"/>.</summary>
    private void Include(int sample)
    {
        float r = _r[sample];
        _pieceMinX = Math.Min(_pieceMinX, _x[sample] - r);
        _pieceMinY = Math.Min(_pieceMinY, _y[sample] - r);
        _pieceMaxX = Math.Max(_pieceMaxX, _x[sample] + r);
        _pieceMaxY = Math.Max(_pieceMaxY, _y[sample] + r);
    }

    /// <summary>Returns whether the piece, widened by the pen disc at <paramref name="sample"/>, still fits Skia's
    /// coverage mask: its width rounded out plus a pixel each side, aligned to 4, times its height likewise.</summary>
    private bool PieceFits(int sample)
    {
        float r = _r[sample];
        float width = Math.Max(_pieceMaxX, _x[sample] + r) - Math.Min(_pieceMinX, _x[sample] - r);
        float height = Math.Max(_pieceMaxY, _y[sample] + r) - Math.Min(_pieceMinY, _y[sample] - r);
        return width <= MaxPieceWidth && (width + 6) * (height + 3) <= MaxPieceArea;
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

    private void EmitRun(int count)
    {
        Span<SKPoint> polygon = _polygon.AsSpan(0, count * 2);
        _left.AsSpan(0, count).CopyTo(polygon);
        for (int i = 0; i < count; i++)
        {
            polygon[count + i] = _right[count - 1 - i];
        }
        _builder!.AddPoly(polygon, close: true);
    }

    /// <summary>Draws the contours collected so far as one path and empties the builder.</summary>
    private void Flush()
    {
        SKPathBuilder builder = _builder!;
        builder.FillType = SKPathFillType.Winding;
        using SKPath path = builder.Detach();
        if (path.VerbCount > 0)
        {
            _canvas!.DrawPath(path, _paint!);
        }
    }
}
