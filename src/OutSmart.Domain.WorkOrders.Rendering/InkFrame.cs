namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>
/// Where the ink goes in the output (SIG-14): the ink's extent plus padding, scaled by one factor to fit the output
/// box, centred, with the aspect ratio kept.
/// </summary>
/// <remarks>The view is the logical rectangle that covers the whole output: the trimmed ink widened on one axis to
/// the output's aspect ratio. A logical point (x, y) lands on pixel ((x - ViewMinX)·Scale, (y - ViewMinY)·Scale),
/// and a logical width w becomes w·Scale pixels. The SVG viewBox is exactly this view.</remarks>
internal readonly struct InkFrame
{
    private InkFrame(double viewMinX, double viewMinY, double viewWidth, double viewHeight, double scale)
    {
        ViewMinX = viewMinX;
        ViewMinY = viewMinY;
        ViewWidth = viewWidth;
        ViewHeight = viewHeight;
        Scale = scale;
    }

    public double ViewMinX { get; }

    public double ViewMinY { get; }

    public double ViewWidth { get; }

    public double ViewHeight { get; }

    /// <summary>Gets the output pixels per logical unit.</summary>
    public double Scale { get; }

    public static InkFrame For(InkGeometry geometry, SignatureRenderOptions options)
    {
        double trimMinX = geometry.MinX - options.Padding;
        double trimMinY = geometry.MinY - options.Padding;
        double trimWidth = geometry.MaxX + options.Padding - trimMinX;
        double trimHeight = geometry.MaxY + options.Padding - trimMinY;
        double scale = Math.Min(options.Width / trimWidth, options.Height / trimHeight);
        double viewWidth = options.Width / scale;
        double viewHeight = options.Height / scale;
        return new InkFrame(
            trimMinX - ((viewWidth - trimWidth) / 2),
            trimMinY - ((viewHeight - trimHeight) / 2),
            viewWidth,
            viewHeight,
            scale);
    }
}
