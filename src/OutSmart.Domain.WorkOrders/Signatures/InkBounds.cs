namespace OutSmart.Domain.WorkOrders;

/// <summary>The axis-aligned bounding box of the ink of a signature, in logical units.</summary>
/// <remarks>
/// <para>Both edges are included: a dot at (5, 7) has bounds (5, 7)–(5, 7) with zero width and height.
/// Line width is not included; renderers add their own padding.</para>
/// <para>Two bounds are equal when all four edges are equal.</para>
/// </remarks>
public sealed record InkBounds
{
    internal InkBounds(double minX, double minY, double maxX, double maxY)
    {
        MinX = minX;
        MinY = minY;
        MaxX = maxX;
        MaxY = maxY;
    }

    /// <summary>Gets the left-most x of any point.</summary>
    public double MinX { get; }

    /// <summary>Gets the top-most y of any point.</summary>
    public double MinY { get; }

    /// <summary>Gets the right-most x of any point.</summary>
    public double MaxX { get; }

    /// <summary>Gets the bottom-most y of any point.</summary>
    public double MaxY { get; }

    /// <summary>Gets <see cref="MaxX"/> minus <see cref="MinX"/>; zero or more.</summary>
    public double Width => MaxX - MinX;

    /// <summary>Gets <see cref="MaxY"/> minus <see cref="MinY"/>; zero or more.</summary>
    public double Height => MaxY - MinY;
}
