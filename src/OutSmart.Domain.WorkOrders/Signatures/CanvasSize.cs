using OneOf;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The size of the canvas a signature was drawn on, in logical units (SIG-03).</summary>
/// <remarks>
/// <para>Each side is between <see cref="MinSide"/> and <see cref="MaxSide"/> units, both included, and the longer
/// side is at most <see cref="MaxAspectRatio"/> times the shorter one.</para>
/// <para>Two sizes are equal when both sides are equal.</para>
/// </remarks>
public sealed record CanvasSize
{
    /// <summary>The smallest allowed side, in logical units (included).</summary>
    public const double MinSide = 100;

    /// <summary>The largest allowed side, in logical units (included).</summary>
    public const double MaxSide = 4000;

    /// <summary>The largest allowed ratio of the longer to the shorter side (included).</summary>
    public const double MaxAspectRatio = 10;

    private CanvasSize(double width, double height)
    {
        Width = width;
        Height = height;
    }

    /// <summary>Gets the width in logical units; 100–4000.</summary>
    public double Width { get; }

    /// <summary>Gets the height in logical units; 100–4000.</summary>
    public double Height { get; }

    /// <summary>Gets the length of the canvas diagonal in logical units.</summary>
    public double Diagonal => Math.Sqrt((Width * Width) + (Height * Height));

    /// <summary>Creates a canvas size after checking SIG-03.</summary>
    /// <param name="width">The width in logical units.</param>
    /// <param name="height">The height in logical units.</param>
    /// <returns>The size, or <see cref="SignatureCanvasInvalid"/> when a side is not finite, out of range, or the aspect ratio exceeds 10:1.</returns>
    public static OneOf<CanvasSize, SignatureCanvasInvalid> Create(double width, double height)
    {
        if (!double.IsFinite(width) || !double.IsFinite(height)
            || width < MinSide || width > MaxSide || height < MinSide || height > MaxSide
            || Math.Max(width, height) > MaxAspectRatio * Math.Min(width, height))
        {
            return new SignatureCanvasInvalid(width, height);
        }
        return new CanvasSize(width, height);
    }

    /// <summary>Returns the size as <c>WIDTHxHEIGHT</c> in invariant culture, for example <c>600x200</c>.</summary>
    /// <returns>The size as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Width}x{Height}");
}
