using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;

/// <summary>Decoded pixels of a PNG as unpremultiplied RGBA, for comparing images by content rather than bytes.</summary>
internal sealed class PixelImage
{
    private PixelImage(int width, int height, SKColorType sourceColorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        SourceColorType = sourceColorType;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Gets the colour type the PNG was stored with (Gray8 for greyscale PNGs).</summary>
    public SKColorType SourceColorType { get; }

    public byte[] Rgba { get; }

    public static PixelImage Decode(ReadOnlySpan<byte> png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png.ToArray()));
        Assert.NotNull(codec);
        SKImageInfo info = codec.Info;
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(target);
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(target, bitmap.GetPixels()));
        return new PixelImage(info.Width, info.Height, info.ColorType, bitmap.GetPixelSpan().ToArray());
    }

    public byte Alpha(int x, int y) => Rgba[(((y * Width) + x) * 4) + 3];

    /// <summary>Gets how dark the pixel looks on white, 0 (white or transparent) to 255 (opaque black).</summary>
    public int Darkness(int x, int y)
    {
        int i = ((y * Width) + x) * 4;
        int luminance = (Rgba[i] + Rgba[i + 1] + Rgba[i + 2]) / 3;
        return (255 - luminance) * Rgba[i + 3] / 255;
    }

    /// <summary>Returns the bounding box of pixels darker than <paramref name="threshold"/>, or null when there are none.</summary>
    public (int MinX, int MinY, int MaxX, int MaxY)? InkBox(int threshold = 32)
    {
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                if (Darkness(x, y) > threshold)
                {
                    minX = Math.Min(minX, x);
                    minY = Math.Min(minY, y);
                    maxX = Math.Max(maxX, x);
                    maxY = Math.Max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : (minX, minY, maxX, maxY);
    }

    /// <summary>Sums the darkness of all pixels: the amount of ink, in opaque-black pixel units.</summary>
    public double InkAmount()
    {
        double sum = 0;
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                sum += Darkness(x, y);
            }
        }
        return sum / 255;
    }
}
