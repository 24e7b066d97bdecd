using BenchmarkDotNet.Attributes;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Rendering;
using SkiaSharp;

namespace OutSmart.Domain.Benchmarks.Signatures;

/// <summary>
/// Renders a 1,000-point signature (four cursive strokes of 250 points at 62 Hz) to a 600×200 image: end to end as a
/// transparent RGBA PNG (the ≤ 3 ms target), an opaque greyscale PNG (≤ 2.5 ms), a transparent grey-and-alpha PNG
/// and SVG; and drawing and PNG encoding
/// measured apart on a surface prepared in setup. <see cref="EncodeTransparentWithSkiaDefaults"/> encodes the same
/// pixels with SkiaSharp's default PNG settings (all filters, zlib 6, with the encoder's own unpremultiply) for
/// comparison with the chosen ones; as it does not depend on how the renderer draws or encodes, it is also the
/// yardstick for quoting the other figures as ratios on a noisy machine.
/// </summary>
[MemoryDiagnoser]
public class SignatureRenderBenchmarks : IDisposable
{
    private static readonly SignatureInk Ink = CreateInk();
    private static readonly SignatureRenderer Renderer = new();
    private static readonly SignatureRenderOptions Transparent = SignatureRenderOptions.Create(600, 200).AsT0;
    private static readonly SignatureRenderOptions Greyscale = Transparent.WithPixelFormat(SignaturePixelFormat.Greyscale);
    private static readonly SignatureRenderOptions GreyAlpha = Transparent.WithPixelFormat(SignaturePixelFormat.GreyAlpha);
    private static readonly SignatureRenderOptions Svg = Transparent.WithFormat(SignatureImageFormat.Svg);

    private readonly SignatureRasterizer _rasterizer = new();
    private SKSurface? _transparentSurface;
    private SKSurface? _greyscaleSurface;

    [GlobalSetup]
    public void Setup()
    {
        _transparentSurface = SignatureRasterizer.CreateSurface(Transparent);
        _greyscaleSurface = SignatureRasterizer.CreateSurface(Greyscale);
        _rasterizer.Draw(Ink, Transparent, _transparentSurface);
        _rasterizer.Draw(Ink, Greyscale, _greyscaleSurface);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _transparentSurface?.Dispose();
        _greyscaleSurface?.Dispose();
        _rasterizer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public SignatureImage RenderTransparentPng() => Renderer.Render(Ink, Transparent);

    [Benchmark]
    public SignatureImage RenderGreyscalePng() => Renderer.Render(Ink, Greyscale);

    [Benchmark]
    public SignatureImage RenderGreyAlphaPng() => Renderer.Render(Ink, GreyAlpha);

    [Benchmark]
    public SignatureImage RenderSvg() => Renderer.Render(Ink, Svg);

    [Benchmark]
    public int DrawTransparent()
    {
        _rasterizer.Draw(Ink, Transparent, _transparentSurface!);
        return _rasterizer.Geometry.CurveCount;
    }

    [Benchmark]
    public byte[] EncodeTransparent() => _rasterizer.Encode(_transparentSurface!);

    [Benchmark]
    public int DrawGreyscale()
    {
        _rasterizer.Draw(Ink, Greyscale, _greyscaleSurface!);
        return _rasterizer.Geometry.CurveCount;
    }

    [Benchmark]
    public byte[] EncodeGreyscale() => _rasterizer.Encode(_greyscaleSurface!);

    [Benchmark]
    public long EncodeTransparentWithSkiaDefaults()
    {
        using SKPixmap pixmap = _transparentSurface!.PeekPixels();
        using SKData? data = pixmap.Encode(SKPngEncoderOptions.Default);
        return data?.Size ?? 0;
    }

    /// <summary>Four strokes of 250 points each: loops along a gently waving line, sampled every 16 ms.</summary>
    private static SignatureInk CreateInk()
    {
        var strokes = new List<List<SignaturePoint>>();
        long time = 0;
        for (int s = 0; s < 4; s++)
        {
            var points = new List<SignaturePoint>();
            for (int i = 0; i < 250; i++)
            {
                double angle = i * 0.35;
                double x = 30 + (i * 2.1) + (12 * Math.Sin(angle)) + (s * 3);
                double y = 30 + (s * 42) + (14 * Math.Cos(angle)) + (6 * Math.Sin(i * 0.05));
                points.Add(new SignaturePoint(Math.Round(x, 2), Math.Round(y, 2), time));
                time += 16;
            }
            time += 300;
            strokes.Add(points);
        }
        SignatureInk ink = SignatureInk.Create(CanvasSize.Create(600, 200).AsT0, strokes).AsT0;
        return ink.PointCount == 1000 ? ink : throw new InvalidOperationException($"Expected 1,000 points, got {ink.PointCount}.");
    }
}
