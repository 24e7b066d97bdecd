using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The validated, normalised vector strokes of a signature and the canvas they were drawn on (SIG-01 … SIG-07).</summary>
/// <remarks>
/// <para>An ink is created only by <see cref="Create"/> (or the parsers, which call it), so every instance is valid:
/// coordinates lie on the canvas, are rounded to 0.01 unit, times count from the first point and never decrease,
/// size limits hold and the ink passes the "not blank" thresholds.</para>
/// <para>Normalisation (SIG-06) is idempotent: creating an ink from the strokes of an ink gives an equal ink.</para>
/// <para>Two inks are equal when their canvases are equal and their strokes are equal in the same order.</para>
/// </remarks>
public sealed record SignatureInk
{
    private SignatureInk(CanvasSize canvas, ImmutableArray<SignatureStroke> strokes, InkBounds bounds, int pointCount, double length)
    {
        Canvas = canvas;
        Strokes = strokes;
        Bounds = bounds;
        PointCount = pointCount;
        Length = length;
    }

    /// <summary>Gets the canvas the signature was drawn on.</summary>
    public CanvasSize Canvas { get; }

    /// <summary>Gets the normalised strokes in drawing order; at least one.</summary>
    public ImmutableArray<SignatureStroke> Strokes { get; }

    /// <summary>Gets the bounding box of all points.</summary>
    public InkBounds Bounds { get; }

    /// <summary>Gets the number of points over all strokes.</summary>
    public int PointCount { get; }

    /// <summary>Gets the total length of all strokes, in logical units.</summary>
    public double Length { get; }

    /// <summary>Gets a value indicating whether any point carries real pressure (SIG-16).</summary>
    public bool HasPressure => Strokes.Any(s => s.Points.Any(p => p.Pressure is not null));

    /// <summary>Validates and normalises strokes into an ink.</summary>
    /// <param name="canvas">The canvas the strokes were drawn on.</param>
    /// <param name="strokes">The strokes in drawing order, each its points in time order. Times may count from any
    /// origin (for example epoch milliseconds); they are rebased on the first point.</param>
    /// <param name="policy">The thresholds; <see cref="SignatureInkPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The ink, or <see cref="SignatureRejected"/> with the first rule that refused it.</returns>
    /// <remarks>
    /// <para>Order of checks: size limits (SIG-04, counted on the raw input, so enumeration stops early),
    /// coordinates and pressure (SIG-02, SIG-05), time (SIG-05), then normalisation (SIG-06) and the "not blank"
    /// thresholds (SIG-07).</para>
    /// <para>Normalisation clamps points within the margin to the canvas, rounds coordinates to 0.01 unit, rebases
    /// times on the first point, stores a stroke whose pressure is constantly 0.5 (a mouse) as unknown, drops empty
    /// strokes and exact duplicates, and drops points within <see cref="SignatureInkPolicy.MinDistance"/> of
    /// the previous kept point except a stroke's last point.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="canvas"/>, <paramref name="strokes"/> or one of its strokes is <see langword="null"/>.</exception>
    public static OneOf<SignatureInk, SignatureRejected> Create(
        CanvasSize canvas,
        IEnumerable<IEnumerable<SignaturePoint>> strokes,
        SignatureInkPolicy? policy = null)
    {
        Guard.Against.Null(canvas);
        Guard.Against.Null(strokes);
        policy ??= SignatureInkPolicy.Default;

        var raw = new List<SignaturePoint[]>();
        int total = 0;
        foreach (IEnumerable<SignaturePoint> stroke in strokes)
        {
            Guard.Against.Null(stroke, nameof(strokes));
            if (raw.Count == policy.MaxStrokes)
            {
                return Reject(SignatureRejectionReason.TooLarge, $"more than {policy.MaxStrokes} strokes");
            }
            var points = new List<SignaturePoint>();
            foreach (SignaturePoint point in stroke)
            {
                if (points.Count == policy.MaxPointsPerStroke)
                {
                    return Reject(SignatureRejectionReason.TooLarge, $"stroke {raw.Count + 1} has more than {policy.MaxPointsPerStroke} points");
                }
                if (total == policy.MaxTotalPoints)
                {
                    return Reject(SignatureRejectionReason.TooLarge, $"more than {policy.MaxTotalPoints} points");
                }
                points.Add(point);
                total++;
            }
            raw.Add([.. points]);
        }

        return Validate(canvas, raw, policy).Match<OneOf<SignatureInk, SignatureRejected>>(
            _ => Normalise(canvas, raw, policy),
            rejected => rejected);
    }

    /// <inheritdoc />
    public bool Equals(SignatureInk? other) =>
        other is not null && Canvas.Equals(other.Canvas) && Strokes.SequenceEqual(other.Strokes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Canvas);
        foreach (SignatureStroke stroke in Strokes)
        {
            hash.Add(stroke);
        }
        return hash.ToHashCode();
    }

    internal static SignatureRejected Reject(SignatureRejectionReason reason, string detail) => new(reason, detail);

    private static OneOf<bool, SignatureRejected> Validate(CanvasSize canvas, List<SignaturePoint[]> raw, SignatureInkPolicy policy)
    {
        double m = policy.Margin;
        bool hasPrevious = false;
        long first = 0;
        long previous = 0;
        for (int s = 0; s < raw.Count; s++)
        {
            SignaturePoint[] points = raw[s];
            for (int i = 0; i < points.Length; i++)
            {
                SignaturePoint p = points[i];
                if (!double.IsFinite(p.X) || !double.IsFinite(p.Y)
                    || p.X < -m || p.X > canvas.Width + m || p.Y < -m || p.Y > canvas.Height + m)
                {
                    return Reject(SignatureRejectionReason.PointOutOfRange, string.Create(CultureInfo.InvariantCulture, $"stroke {s + 1} point {i + 1} ({p.X}, {p.Y}) lies outside the {canvas} canvas"));
                }
                if (p.Pressure is { } pressure && !(pressure >= 0 && pressure <= 1))
                {
                    return Reject(SignatureRejectionReason.PointOutOfRange, string.Create(CultureInfo.InvariantCulture, $"stroke {s + 1} point {i + 1} has pressure {pressure} outside [0, 1]"));
                }
                if (!hasPrevious)
                {
                    first = p.TimeMs;
                    hasPrevious = true;
                }
                else if (p.TimeMs < previous)
                {
                    return Reject(SignatureRejectionReason.TimeInvalid, $"stroke {s + 1} point {i + 1} is earlier than the point before it");
                }
                previous = p.TimeMs;
            }
        }
        if (hasPrevious && (Int128)previous - first > (long)policy.MaxCaptureSpan.TotalMilliseconds)
        {
            return Reject(SignatureRejectionReason.TooLarge, $"the signature took longer than {policy.MaxCaptureSpan.TotalMinutes:0.#} minutes");
        }
        return true;
    }

    private static OneOf<SignatureInk, SignatureRejected> Normalise(CanvasSize canvas, List<SignaturePoint[]> raw, SignatureInkPolicy policy)
    {
        long origin = raw.FirstOrDefault(s => s.Length > 0)?[0].TimeMs ?? 0;
        var strokes = ImmutableArray.CreateBuilder<SignatureStroke>();
        int pointCount = 0;
        double length = 0;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        int longest = 0;
        foreach (SignaturePoint[] points in raw)
        {
            if (points.Length == 0)
            {
                continue;
            }
            var kept = new List<SignaturePoint>(points.Length);
            double strokeLength = 0;
            for (int i = 0; i < points.Length; i++)
            {
                SignaturePoint p = points[i];
                var q = new SignaturePoint(
                    Round(Math.Clamp(p.X, 0, canvas.Width)),
                    Round(Math.Clamp(p.Y, 0, canvas.Height)),
                    checked(p.TimeMs - origin),
                    p.Pressure);
                if (kept.Count > 0)
                {
                    double distance = SignatureStroke.Distance(kept[^1], q);
                    if (distance == 0 || (distance <= policy.MinDistance && i != points.Length - 1))
                    {
                        continue;
                    }
                    strokeLength += distance;
                }
                kept.Add(q);
                minX = Math.Min(minX, q.X);
                minY = Math.Min(minY, q.Y);
                maxX = Math.Max(maxX, q.X);
                maxY = Math.Max(maxY, q.Y);
            }

            // Decided on the kept points, so that normalising again makes the same decision (SIG-05: a mouse reports 0.5).
            bool mouse = kept.TrueForAll(p => p.Pressure == 0.5f);
            ImmutableArray<SignaturePoint> final = mouse
                ? [.. kept.Select(p => new SignaturePoint(p.X, p.Y, p.TimeMs))]
                : [.. kept];
            length += strokeLength;
            pointCount += kept.Count;
            longest = Math.Max(longest, kept.Count);
            strokes.Add(new SignatureStroke(final));
        }

        if (pointCount == 0)
        {
            return Reject(SignatureRejectionReason.Empty, "the signature has no points");
        }
        var bounds = new InkBounds(minX, minY, maxX, maxY);
        if (pointCount < policy.MinPoints)
        {
            return Reject(SignatureRejectionReason.TooSimple, $"{pointCount} points, at least {policy.MinPoints} needed");
        }
        if (longest < policy.MinPointsInOneStroke)
        {
            return Reject(SignatureRejectionReason.TooSimple, $"no stroke has {policy.MinPointsInOneStroke} points");
        }
        if (length < policy.MinInkLengthRatio * canvas.Diagonal)
        {
            return Reject(SignatureRejectionReason.TooSimple, string.Create(CultureInfo.InvariantCulture, $"ink length {length:0.##} is below {policy.MinInkLengthRatio:P0} of the canvas diagonal"));
        }
        if (Math.Max(bounds.Width, bounds.Height) < policy.MinBoundsRatio * Math.Max(canvas.Width, canvas.Height))
        {
            return Reject(SignatureRejectionReason.TooSimple, string.Create(CultureInfo.InvariantCulture, $"the ink spans less than {policy.MinBoundsRatio:P0} of the canvas"));
        }
        return new SignatureInk(canvas, strokes.DrainToImmutable(), bounds, pointCount, length);
    }

    // Adding 0.0 turns -0 into +0, so the canonical text never shows "-0".
    private static double Round(double value) => (Math.Round(value * 100, MidpointRounding.AwayFromZero) / 100) + 0.0;
}
