using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The configurable thresholds used to validate and normalise signature ink (SIG-02, SIG-04, SIG-06, SIG-07).</summary>
/// <remarks>
/// <para><see cref="Default"/> holds the proposed defaults of SIG-04, SIG-06 and SIG-07 (see docs/rules.md). Change
/// them with the <c>With…</c> methods, which return a new policy; a policy never changes.</para>
/// <para>Two policies are equal when all thresholds are equal.</para>
/// </remarks>
public sealed record SignatureInkPolicy
{
    private SignatureInkPolicy(
        int maxStrokes,
        int maxPointsPerStroke,
        int maxTotalPoints,
        Duration maxCaptureSpan,
        int maxSerializedBytes,
        double minDistance,
        double margin,
        int minPoints,
        int minPointsInOneStroke,
        double minInkLengthRatio,
        double minBoundsRatio)
    {
        MaxStrokes = maxStrokes;
        MaxPointsPerStroke = maxPointsPerStroke;
        MaxTotalPoints = maxTotalPoints;
        MaxCaptureSpan = maxCaptureSpan;
        MaxSerializedBytes = maxSerializedBytes;
        MinDistance = minDistance;
        Margin = margin;
        MinPoints = minPoints;
        MinPointsInOneStroke = minPointsInOneStroke;
        MinInkLengthRatio = minInkLengthRatio;
        MinBoundsRatio = minBoundsRatio;
    }

    /// <summary>Gets the proposed defaults: 100 strokes, 5,000 points per stroke, 10,000 points, 5 minutes, 1 MB;
    /// minimum distance 2 units, margin 2.5 units; at least 10 points, one stroke of 5 points, ink length 10% of the
    /// canvas diagonal and ink extent 8% of the longer canvas side.</summary>
    public static SignatureInkPolicy Default { get; } = new(100, 5_000, 10_000, Duration.FromMinutes(5), 1_000_000, 2, 2.5, 10, 5, 0.10, 0.08);

    /// <summary>Gets the largest number of strokes (SIG-04), included.</summary>
    public int MaxStrokes { get; }

    /// <summary>Gets the largest number of points in one stroke (SIG-04), included.</summary>
    public int MaxPointsPerStroke { get; }

    /// <summary>Gets the largest number of points in the whole signature (SIG-04), included.</summary>
    public int MaxTotalPoints { get; }

    /// <summary>Gets the longest time from the first to the last point (SIG-04), included.</summary>
    public Duration MaxCaptureSpan { get; }

    /// <summary>Gets the largest serialized document the parsers accept, in UTF-8 bytes (SIG-04), included.</summary>
    public int MaxSerializedBytes { get; }

    /// <summary>Gets the distance at or below which a point is dropped as too close to the previous kept point (SIG-06: "within"); a stroke's last point is always kept.</summary>
    public double MinDistance { get; }

    /// <summary>Gets how far outside the canvas a point may lie before it is an error; such a point is clamped to the canvas (SIG-02).</summary>
    public double Margin { get; }

    /// <summary>Gets the fewest points the normalised ink must have (SIG-07), included.</summary>
    public int MinPoints { get; }

    /// <summary>Gets the fewest points that at least one normalised stroke must have (SIG-07), included.</summary>
    public int MinPointsInOneStroke { get; }

    /// <summary>Gets the smallest total ink length as a fraction of the canvas diagonal (SIG-07), included.</summary>
    public double MinInkLengthRatio { get; }

    /// <summary>Gets the smallest larger side of the ink bounds as a fraction of the larger canvas side (SIG-07), included.</summary>
    public double MinBoundsRatio { get; }

    /// <summary>Returns a policy with other size limits (SIG-04); the other thresholds are kept.</summary>
    /// <param name="maxStrokes">At least 1.</param>
    /// <param name="maxPointsPerStroke">At least 1.</param>
    /// <param name="maxTotalPoints">At least 1.</param>
    /// <param name="maxCaptureSpan">Zero or more.</param>
    /// <param name="maxSerializedBytes">At least 1.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">A count is zero or negative, or the span is negative.</exception>
    public SignatureInkPolicy WithSizeLimits(int maxStrokes, int maxPointsPerStroke, int maxTotalPoints, Duration maxCaptureSpan, int maxSerializedBytes)
    {
        Guard.Against.NegativeOrZero(maxStrokes);
        Guard.Against.NegativeOrZero(maxPointsPerStroke);
        Guard.Against.NegativeOrZero(maxTotalPoints);
        Guard.Against.NegativeOrZero(maxSerializedBytes);
        if (maxCaptureSpan < Duration.Zero)
        {
            throw new ArgumentException("The capture span must not be negative.", nameof(maxCaptureSpan));
        }
        return new(maxStrokes, maxPointsPerStroke, maxTotalPoints, maxCaptureSpan, maxSerializedBytes, MinDistance, Margin, MinPoints, MinPointsInOneStroke, MinInkLengthRatio, MinBoundsRatio);
    }

    /// <summary>Returns a policy with another normalisation distance and range margin (SIG-02, SIG-06).</summary>
    /// <param name="minDistance">Zero or more logical units; zero keeps every distinct point.</param>
    /// <param name="margin">Zero or more logical units.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public SignatureInkPolicy WithNormalisation(double minDistance, double margin)
    {
        GuardFiniteNonNegative(minDistance, nameof(minDistance));
        GuardFiniteNonNegative(margin, nameof(margin));
        return new(MaxStrokes, MaxPointsPerStroke, MaxTotalPoints, MaxCaptureSpan, MaxSerializedBytes, minDistance, margin, MinPoints, MinPointsInOneStroke, MinInkLengthRatio, MinBoundsRatio);
    }

    /// <summary>Returns a policy with other "not blank" thresholds (SIG-07).</summary>
    /// <param name="minPoints">At least 1.</param>
    /// <param name="minPointsInOneStroke">At least 1.</param>
    /// <param name="minInkLengthRatio">Zero or more.</param>
    /// <param name="minBoundsRatio">Zero or more.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">A count is below 1, or a ratio is negative or not finite.</exception>
    public SignatureInkPolicy WithInkThresholds(int minPoints, int minPointsInOneStroke, double minInkLengthRatio, double minBoundsRatio)
    {
        Guard.Against.NegativeOrZero(minPoints);
        Guard.Against.NegativeOrZero(minPointsInOneStroke);
        GuardFiniteNonNegative(minInkLengthRatio, nameof(minInkLengthRatio));
        GuardFiniteNonNegative(minBoundsRatio, nameof(minBoundsRatio));
        return new(MaxStrokes, MaxPointsPerStroke, MaxTotalPoints, MaxCaptureSpan, MaxSerializedBytes, MinDistance, Margin, minPoints, minPointsInOneStroke, minInkLengthRatio, minBoundsRatio);
    }

    private static void GuardFiniteNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException("The value must be finite and not negative.", name);
        }
    }
}
