namespace OutSmart.Domain.WorkOrders;

/// <summary>One sampled point of a signature stroke, in logical units (CSS px or dp, never physical pixels).</summary>
/// <remarks>
/// <para>The origin is the top-left corner of the canvas and y grows downwards. <see cref="TimeMs"/> counts
/// milliseconds since the first point of the whole signature and never decreases.</para>
/// <para>The default value (0, 0, 0 ms, unknown pressure) is a valid point: the top-left corner at the first
/// instant. A point on its own is not validated; <see cref="SignatureInk.Create"/> validates and normalises points.</para>
/// <para>Two points are equal when all four components are equal.</para>
/// </remarks>
public readonly record struct SignaturePoint
{
    /// <summary>Initialises a point.</summary>
    /// <param name="x">The horizontal position in logical units.</param>
    /// <param name="y">The vertical position in logical units, growing downwards.</param>
    /// <param name="timeMs">Milliseconds since the first point of the signature.</param>
    /// <param name="pressure">The pen pressure in [0, 1], or <see langword="null"/> when the device did not report real pressure.</param>
    public SignaturePoint(double x, double y, long timeMs, float? pressure = null)
    {
        X = x;
        Y = y;
        TimeMs = timeMs;
        Pressure = pressure;
    }

    /// <summary>Gets the horizontal position in logical units; 0 is the left edge of the canvas.</summary>
    public double X { get; }

    /// <summary>Gets the vertical position in logical units; 0 is the top edge of the canvas.</summary>
    public double Y { get; }

    /// <summary>Gets the milliseconds since the first point of the signature; never decreasing within a valid ink.</summary>
    public long TimeMs { get; }

    /// <summary>Gets the pen pressure in [0, 1], or <see langword="null"/> when unknown (a mouse, or a touch screen without force).</summary>
    /// <remarks>Renderers use pressure for the line width only when it is known (SIG-16); otherwise width comes from velocity.</remarks>
    public float? Pressure { get; }
}
