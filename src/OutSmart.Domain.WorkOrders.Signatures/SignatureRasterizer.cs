using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Signatures;

/// <summary>Draws smoothed ink on a CPU raster surface and encodes it as PNG (SIG-13).</summary>
/// <remarks>
/// <para>Determinism: the surface is <c>Rgba8888</c> premultiplied sRGB (<c>Gray8</c> for greyscale, <c>Alpha8</c>
/// for grey and alpha), cleared to
/// the background, and the whole signature is one path filled with a paint whose every field is set explicitly, so
/// no platform default (anti-aliasing differs between Android and iOS) changes the pixels.</para>
/// <para>Speed: one <c>DrawPath</c> per signature, and PNG rows unfiltered (<see cref="SKPngEncoderFilterFlags.None"/>;
/// note that <see cref="SKPngEncoderFilterFlags.NoFilters"/> means "libpng's choice", which tries all filters) with
/// fast zlib level <see cref="ZLibLevel"/>. A signature is mostly empty rows and long runs of one colour, which
/// deflate compresses well without filtering.</para>
/// <para>Not thread-safe: each thread uses its own instance. The Skia objects live as long as the instance; the
/// renderer keeps one instance per thread for the thread's lifetime.</para>
/// </remarks>
internal sealed class SignatureRasterizer : IDisposable
{
    /// <summary>The zlib level: 1 is fastest and is nearly as small as 6 for signature images.</summary>
    internal const int ZLibLevel = 1;

    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.None, ZLibLevel);

    private readonly InkGeometry _geometry = new();
    private readonly InkOutline _outline = new();
    private readonly SKPathBuilder _builder = new();
    private readonly SKPaint _paint = CreateInkPaint();
    private readonly SKPixmap _pixmap = new();

    /// <summary>Gets the geometry of the last drawn ink.</summary>
    public InkGeometry Geometry => _geometry;

    /// <summary>Creates a raster surface of the output size and pixel format.</summary>
    /// <exception cref="InvalidOperationException">Skia could not allocate the surface (out of native memory).</exception>
    public static SKSurface CreateSurface(SignatureRenderOptions options)
    {
        SKImageInfo info = options.PixelFormat switch
        {
            SignaturePixelFormat.Greyscale => new SKImageInfo(options.Width, options.Height, SKColorType.Gray8, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()),

            // Coverage only: Skia writes an alpha-only surface as a grey-and-alpha PNG whose grey is 0 (black ink).
            SignaturePixelFormat.GreyAlpha => new SKImageInfo(options.Width, options.Height, SKColorType.Alpha8, SKAlphaType.Premul),
            _ => new SKImageInfo(options.Width, options.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()),
        };
        return SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not create a {options.Width}x{options.Height} raster surface.");
    }

    /// <summary>Clears <paramref name="canvas"/> to the background and draws <paramref name="ink"/> on it.</summary>
    public void Draw(SignatureInk ink, SignatureRenderOptions options, SKCanvas canvas)
    {
        _geometry.Build(ink, options);
        InkFrame frame = InkFrame.For(_geometry, options);
        canvas.Clear(options.Background == SignatureBackground.White ? SKColors.White : SKColors.Transparent);

        _builder.Reset();
        _builder.FillType = SKPathFillType.Winding;
        _outline.Append(_geometry, frame, _builder);
        using SKPath path = _builder.Detach();
        canvas.DrawPath(path, _paint);
    }

    /// <summary>Encodes the pixels of <paramref name="surface"/> as PNG.</summary>
    /// <exception cref="InvalidOperationException">The surface has no readable pixels or Skia failed to encode.</exception>
    public byte[] Encode(SKSurface surface)
    {
        if (!surface.PeekPixels(_pixmap))
        {
            throw new InvalidOperationException("The raster surface has no readable pixels.");
        }
        using SKData data = _pixmap.Encode(PngOptions)
            ?? throw new InvalidOperationException("Skia failed to encode the signature as PNG.");
        return data.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _builder.Dispose();
        _paint.Dispose();
        _pixmap.Dispose();
    }

    private static SKPaint CreateInkPaint() => new()
    {
        IsAntialias = true,
        IsDither = false,
        Style = SKPaintStyle.Fill,
        Color = SKColors.Black,
        BlendMode = SKBlendMode.SrcOver,
        StrokeWidth = 0,
        StrokeMiter = 4,
        StrokeCap = SKStrokeCap.Butt,
        StrokeJoin = SKStrokeJoin.Miter,
        Shader = null,
        ColorFilter = null,
        MaskFilter = null,
        ImageFilter = null,
        PathEffect = null,
    };
}
