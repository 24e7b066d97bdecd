using System.Collections.Immutable;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One continuous pen-down movement of a signature: one or more points in time order.</summary>
/// <remarks>
/// <para>A stroke with a single point is a dot (a tap). Strokes are created only by <see cref="SignatureInk"/>,
/// so every stroke in an ink is normalised (SIG-06) and valid.</para>
/// <para>Two strokes are equal when their points are equal in the same order.</para>
/// </remarks>
public sealed record SignatureStroke
{
    internal SignatureStroke(ImmutableArray<SignaturePoint> points) => Points = points;

    /// <summary>Gets the points in time order; at least one.</summary>
    public ImmutableArray<SignaturePoint> Points { get; }

    /// <summary>Gets a value indicating whether this stroke is a single tap.</summary>
    public bool IsDot => Points.Length == 1;

    /// <summary>Gets the length of the polyline through the points, in logical units.</summary>
    public double Length
    {
        get
        {
            double length = 0;
            for (int i = 1; i < Points.Length; i++)
            {
                length += Distance(Points[i - 1], Points[i]);
            }
            return length;
        }
    }

    /// <inheritdoc />
    public bool Equals(SignatureStroke? other) =>
        other is not null && Points.AsSpan().SequenceEqual(other.Points.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (SignaturePoint point in Points)
        {
            hash.Add(point);
        }
        return hash.ToHashCode();
    }

    internal static double Distance(SignaturePoint a, SignaturePoint b)
    {
        double dx = a.X - b.X;
        double dy = a.Y - b.Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
