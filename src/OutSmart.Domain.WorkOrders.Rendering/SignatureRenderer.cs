using Ardalis.GuardClauses;
using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>Renders signatures to PNG with SkiaSharp on the CPU and to SVG as text.</summary>
/// <remarks>
/// <para>The ink is smoothed as <c>signature_pad</c> v5 does (velocity-filtered width, cubic Bézier curves, a tap is
/// a dot) from the stored points and times only, so the same ink and options give the same picture on every
/// machine (SIG-13). It is trimmed to its extent plus <see cref="SignatureRenderOptions.Padding"/>, scaled by one
/// factor to fit the output, centred, and its widths scale with it (SIG-14). The output is exactly the requested
/// size.</para>
/// <para>The SVG <c>viewBox</c> is the logical rectangle the whole output shows: the trimmed ink widened on one
/// axis to the output's aspect ratio, so PNG and SVG frame the ink identically (SIG-15).</para>
/// <para>Thread-safe: scratch buffers and Skia objects are kept per thread and reused, so a render allocates little
/// beyond the returned bytes. Valid ink and options never make it throw.</para>
/// </remarks>
public sealed class SignatureRenderer : ISignatureRenderer
{
    [ThreadStatic]
    private static SignatureRasterizer? _rasterizer;

    [ThreadStatic]
    private static SvgInkWriter? _svgWriter;

    /// <inheritdoc />
    public SignatureImage Render(SignatureInk ink, SignatureRenderOptions options)
    {
        Guard.Against.Null(ink);
        Guard.Against.Null(options);
        return options.Format == SignatureImageFormat.Svg
            ? SignatureImage.FromOwnedBytes(SignatureImageFormat.Svg, options.Width, options.Height, RenderSvg(ink, options))
            : SignatureImage.FromOwnedBytes(SignatureImageFormat.Png, options.Width, options.Height, RenderPng(ink, options));
    }

    internal static SignatureRasterizer Rasterizer => _rasterizer ??= new SignatureRasterizer();

    internal static byte[] RenderPng(SignatureInk ink, SignatureRenderOptions options)
    {
        SignatureRasterizer rasterizer = Rasterizer;
        using SKSurface surface = SignatureRasterizer.CreateSurface(options);
        rasterizer.Draw(ink, options, surface);
        return rasterizer.Encode(surface);
    }

    internal static byte[] RenderSvg(SignatureInk ink, SignatureRenderOptions options)
    {
        InkGeometry geometry = Rasterizer.Geometry;
        geometry.Build(ink, options);
        _svgWriter ??= new SvgInkWriter();
        return _svgWriter.Write(geometry, InkFrame.For(geometry, options), options);
    }
}
