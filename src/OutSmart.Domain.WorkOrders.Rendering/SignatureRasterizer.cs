using System.Numerics;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>Draws smoothed ink on a CPU raster surface and encodes it as PNG (SIG-13).</summary>
/// <remarks>
/// <para>Determinism: the surface is <c>Rgba8888</c> premultiplied sRGB (<c>Gray8</c> for greyscale, <c>Alpha8</c>
/// for grey and alpha), cleared to the background, and the ink is filled with paints whose every field is set
/// explicitly, so no platform default (anti-aliasing differs between Android and iOS) changes the pixels.</para>
/// <para>Drawing: <see cref="InkOutline"/> fills the ink in small pieces whose coverages add up
/// (<see cref="SKBlendMode.Plus"/>). On a transparent background they are drawn straight onto the output; on white
/// they are drawn on a reused <c>Alpha8</c> coverage surface, and each output pixel is set to black at that coverage
/// over white (255 - coverage, exactly what <see cref="SKBlendMode.SrcOver"/> gives).</para>
/// <para>Encoding: PNG rows unfiltered (<see cref="SKPngEncoderFilterFlags.None"/>; note that
/// <see cref="SKPngEncoderFilterFlags.NoFilters"/> means "libpng's choice", which tries all filters) with fast zlib
/// level <see cref="ZLibLevel"/>. A signature is mostly empty rows and long runs of one colour, which deflate
/// compresses well without filtering. RGBA pixels are handed to the encoder as unpremultiplied, which they already
/// are (black ink), so it skips its per-pixel unpremultiply.</para>
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
    private readonly SKPixmap _unpremulView = new();
    private readonly SKPixmap _coveragePixels = new();
    private SKSurface? _coverage;
    private int _coverageWidth;
    private int _coverageHeight;

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

    /// <summary>Clears <paramref name="surface"/> to the background and draws <paramref name="ink"/> on it.</summary>
    /// <exception cref="InvalidOperationException">A raster surface has no readable pixels or could not be allocated.</exception>
    public void Draw(SignatureInk ink, SignatureRenderOptions options, SKSurface surface)
    {
        _geometry.Build(ink, options);
        InkFrame frame = InkFrame.For(_geometry, options);
        _builder.Reset();
        if (options.Background == SignatureBackground.Transparent)
        {
            surface.Canvas.Clear(SKColors.Transparent);
            _outline.Draw(_geometry, frame, _builder, surface.Canvas, _paint);
            return;
        }

        // The pieces add their coverage (Plus), which needs a transparent destination: on white they are drawn on a
        // coverage mask, and each output pixel becomes what black at that coverage over white gives: 255 - coverage
        // in every colour channel, alpha 255.
        SKSurface coverage = CoverageSurface(options.Width, options.Height);
        coverage.Canvas.Clear(SKColors.Transparent);
        _outline.Draw(_geometry, frame, _builder, coverage.Canvas, _paint);
        if (!coverage.PeekPixels(_coveragePixels) || !surface.PeekPixels(_pixmap))
        {
            throw new InvalidOperationException("The raster surface has no readable pixels.");
        }
        LayOverWhite(_coveragePixels, _pixmap);
    }

    /// <summary>Writes black ink of the <paramref name="coverage"/> over white into <paramref name="target"/>
    /// (<c>Gray8</c> or <c>Rgba8888</c> of the same size).</summary>
    private static void LayOverWhite(SKPixmap coverage, SKPixmap target)
    {
        ReadOnlySpan<byte> alpha = coverage.GetPixelSpan();

        // The pixmap views the surface's own, writable pixels; SkiaSharp only offers a read-only span of them.
        Span<byte> pixels = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(target.GetPixelSpan()), target.BytesSize);
        int width = target.Width;
        bool grey = target.ColorType == SKColorType.Gray8;
        for (int y = 0; y < target.Height; y++)
        {
            ReadOnlySpan<byte> rowAlpha = alpha.Slice(y * coverage.RowBytes, width);
            Span<byte> row = pixels.Slice(y * target.RowBytes, width * target.BytesPerPixel);
            if (grey)
            {
                int x = 0;
                for (; x <= width - Vector<byte>.Count; x += Vector<byte>.Count)
                {
                    Vector.OnesComplement(new Vector<byte>(rowAlpha[x..])).CopyTo(row[x..]);
                }
                for (; x < width; x++)
                {
                    row[x] = (byte)(byte.MaxValue - rowAlpha[x]);
                }
            }
            else
            {
                for (int x = 0; x < width; x++)
                {
                    byte level = (byte)(byte.MaxValue - rowAlpha[x]);
                    Span<byte> pixel = row.Slice(x * 4, 4);
                    pixel[0] = level;
                    pixel[1] = level;
                    pixel[2] = level;
                    pixel[3] = byte.MaxValue;
                }
            }
        }
    }

    /// <summary>Returns the reusable <c>Alpha8</c> coverage surface of the output size.</summary>
    /// <exception cref="InvalidOperationException">Skia could not allocate the surface (out of native memory).</exception>
    private SKSurface CoverageSurface(int width, int height)
    {
        if (_coverage is null || _coverageWidth != width || _coverageHeight != height)
        {
            _coverage?.Dispose();
            _coverage = null;
            _coverage = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Alpha8, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"Skia could not create a {width}x{height} coverage surface.");
            _coverageWidth = width;
            _coverageHeight = height;
        }
        return _coverage;
    }

    /// <summary>Encodes the pixels of <paramref name="surface"/> as PNG.</summary>
    /// <exception cref="InvalidOperationException">The surface has no readable pixels or Skia failed to encode.</exception>
    public byte[] Encode(SKSurface surface)
    {
        if (!surface.PeekPixels(_pixmap))
        {
            throw new InvalidOperationException("The raster surface has no readable pixels.");
        }
        SKPixmap source = _pixmap;
        if (_pixmap.ColorType == SKColorType.Rgba8888 && _pixmap.AlphaType == SKAlphaType.Premul)
        {
            // Black ink on transparent or opaque white: every pixel is (0, 0, 0, a) or has a = 255, whose
            // premultiplied and unpremultiplied bytes are the same. Declaring the pixels unpremultiplied spares the
            // encoder its per-pixel unpremultiply (about half of the RGBA encode time); the PNG is byte-identical.
            _unpremulView.Reset(_pixmap.Info.WithAlphaType(SKAlphaType.Unpremul), _pixmap.GetPixels(), _pixmap.RowBytes);
            source = _unpremulView;
        }
        using SKData data = source.Encode(PngOptions)
            ?? throw new InvalidOperationException("Skia failed to encode the signature as PNG.");
        return data.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _builder.Dispose();
        _paint.Dispose();
        _coveragePixels.Dispose();
        _coverage?.Dispose();
        _pixmap.Dispose();
        _unpremulView.Dispose();
    }

    private static SKPaint CreateInkPaint() => new()
    {
        IsAntialias = true,
        IsDither = false,
        Style = SKPaintStyle.Fill,
        Color = SKColors.Black,
        BlendMode = SKBlendMode.Plus,
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
