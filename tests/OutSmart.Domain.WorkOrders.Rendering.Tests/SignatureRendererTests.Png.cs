using OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;
using SkiaSharp;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests;

public sealed partial class SignatureRendererTests
{
    private readonly SignatureRenderer _renderer = new();

    public static TheoryData<string> GoldenInks => ["sample", "dot", "line", "curve"];

    private static SignatureInk InkNamed(string name) => name switch
    {
        "sample" => Inks.Sample(),
        "dot" => Inks.Dot(),
        "line" => Inks.Line(),
        "curve" => Inks.Curve(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown test ink."),
    };

    [Theory]
    [MemberData(nameof(GoldenInks))]
    public void Render_WhenTransparentPng_MatchesGoldenImage(string name)
    {
        SignatureInk ink = InkNamed(name);

        SignatureImage image = _renderer.Render(ink, Inks.Options(600, 200));

        GoldenImages.AssertMatches($"{name}-600x200.png", image.Content.AsSpan());
    }

    [Theory]
    [MemberData(nameof(GoldenInks))]
    public void Render_WhenGreyscalePng_MatchesGoldenImage(string name)
    {
        SignatureInk ink = InkNamed(name);

        SignatureImage image = _renderer.Render(ink, Inks.Options(300, 150).WithPixelFormat(SignaturePixelFormat.Greyscale));

        GoldenImages.AssertMatches($"{name}-300x150-grey.png", image.Content.AsSpan());
    }

    [Theory]
    [InlineData(600, 200)]
    [InlineData(200, 600)]
    [InlineData(1, 1)]
    [InlineData(37, 911)]
    public void Render_WhenPng_DecodesToExactlyTheRequestedSize(int width, int height)
    {
        SignatureImage image = _renderer.Render(Inks.Sample(), Inks.Options(width, height));

        PixelImage pixels = PixelImage.Decode(image.Content.AsSpan());
        Assert.Equal((width, height), (pixels.Width, pixels.Height));
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.Equal("image/png", image.MediaType);
    }

    [Fact]
    public void Render_WhenTransparentBackground_LeavesCornersTransparentAndInkOpaqueBlack()
    {
        SignatureImage image = _renderer.Render(Inks.Line(), Inks.Options(600, 200));

        PixelImage pixels = PixelImage.Decode(image.Content.AsSpan());
        Assert.NotEqual(SKColorType.Gray8, pixels.SourceColorType);
        Assert.Equal(0, pixels.Alpha(0, 0));
        Assert.Equal(0, pixels.Alpha(599, 199));
        Assert.Equal(255, pixels.Alpha(300, 100));
        Assert.Equal(255, pixels.Darkness(300, 100));
    }

    [Fact]
    public void Render_WhenAThinStrokeIsFilledInPieces_LeavesNoSeamAlongIt()
    {
        // A thin, slightly sloped stroke across the whole output is cut into many small pieces; where neighbours meet,
        // their coverages must add up to the stroke's. A seam (coverages composited instead of added) would leave a
        // column about a third lighter; anti-aliasing alone varies the columns by a few percent. The ends, where the
        // pen is still settling on its width, are left out.
        SignatureInk ink = Inks.Create([Enumerable.Range(0, 61).Select(i => new SignaturePoint(20 + (9.3 * i), 90 + (0.37 * i), 16L * i))]);

        PixelImage pixels = PixelImage.Decode(_renderer.Render(ink, Inks.Options(600, 200)).Content.AsSpan());

        (int minX, _, int maxX, _) = pixels.InkBox()!.Value;
        var columns = new List<int>();
        for (int x = minX + 40; x <= maxX - 40; x++)
        {
            columns.Add(Enumerable.Range(0, pixels.Height).Sum(y => pixels.Darkness(x, y)));
        }
        int median = columns.Order().ElementAt(columns.Count / 2);
        Assert.All(columns, column => Assert.InRange(column, median * 0.95, median * 1.10));
    }

    [Fact]
    public void Render_WhenWhiteRgba_HasTheGreysOfTheGreyscalePng()
    {
        SignatureInk ink = Inks.Sample();

        PixelImage rgba = PixelImage.Decode(_renderer.Render(ink, Inks.Options(600, 200).WithBackground(SignatureBackground.White)).Content.AsSpan());
        PixelImage grey = PixelImage.Decode(_renderer.Render(ink, Inks.Options(600, 200).WithPixelFormat(SignaturePixelFormat.Greyscale)).Content.AsSpan());

        Assert.Equal(grey.Rgba, rgba.Rgba);
        Assert.True(rgba.InkAmount() > 100, "The sample signature should leave visible ink.");
    }

    [Fact]
    public void Render_WhenWhiteBackground_IsOpaqueEverywhere()
    {
        SignatureImage image = _renderer.Render(Inks.Sample(), Inks.Options(300, 100).WithBackground(SignatureBackground.White));

        PixelImage pixels = PixelImage.Decode(image.Content.AsSpan());
        Assert.All(Enumerable.Range(0, 300 * 100), i => Assert.Equal(255, pixels.Rgba[(i * 4) + 3]));
        Assert.Equal(0, pixels.Darkness(0, 0));
    }

    [Fact]
    public void Render_WhenGreyscale_WritesAGreyscalePngWithInk()
    {
        SignatureImage image = _renderer.Render(Inks.Line(), Inks.Options(600, 200).WithPixelFormat(SignaturePixelFormat.Greyscale));

        PixelImage pixels = PixelImage.Decode(image.Content.AsSpan());
        Assert.Equal(SKColorType.Gray8, pixels.SourceColorType);
        Assert.Equal(0, pixels.Darkness(0, 0));
        Assert.Equal(255, pixels.Darkness(300, 100));
    }

    [Fact]
    public void Render_WhenGreyAlpha_GivesTheSamePictureAsRgbaInAGreyAndAlphaPng()
    {
        SignatureInk ink = Inks.Sample();

        SignatureImage rgba = _renderer.Render(ink, Inks.Options(600, 200));
        SignatureImage greyAlpha = _renderer.Render(ink, Inks.Options(600, 200).WithPixelFormat(SignaturePixelFormat.GreyAlpha));

        // PNG colour type (byte 25 of the file, in IHDR): 4 is grey with alpha, 6 is RGBA.
        Assert.Equal((byte)4, greyAlpha.Content[25]);
        Assert.Equal((byte)6, rgba.Content[25]);
        Assert.True(greyAlpha.Content.Length < rgba.Content.Length);
        Assert.Equal(0, GoldenImages.CountDifferingPixels(PixelImage.Decode(rgba.Content.AsSpan()), PixelImage.Decode(greyAlpha.Content.AsSpan())));
    }

    [Fact]
    public void Render_WhenLineIsWiderThanTheBox_TrimsToPaddingAndCentresVertically()
    {
        // The line spans 400 units plus its radius and 8 units of padding on each side; the box is wider than tall,
        // so the width decides the scale and the line is centred vertically.
        SignatureImage image = _renderer.Render(Inks.Line(), Inks.Options(600, 200));

        (int minX, int minY, int maxX, int maxY) = PixelImage.Decode(image.Content.AsSpan()).InkBox()!.Value;
        double scale = 600 / (400 + (2 * (8 + 1.5)));
        Assert.InRange(minX, (8 * scale) - 2, (8 * scale) + 2);
        Assert.InRange(599 - maxX, (8 * scale) - 2, (8 * scale) + 2);
        Assert.InRange(Math.Abs((minY + maxY) - 199), 0, 2);
    }

    [Fact]
    public void Render_WhenDotInWideBox_CentresTheDotAndFillsTheHeight()
    {
        SignatureImage image = _renderer.Render(Inks.Dot(), Inks.Options(600, 200).WithPadding(0));

        (int minX, int minY, int maxX, int maxY) = PixelImage.Decode(image.Content.AsSpan()).InkBox()!.Value;
        Assert.InRange(minY, 0, 3);
        Assert.InRange(maxY, 196, 199);
        Assert.InRange(Math.Abs((minX + maxX) - 599), 0, 2);
        Assert.InRange(maxX - minX, 194, 200);
    }

    [Fact]
    public void Render_WhenOutputDoubles_ScalesTheLineWidthToo()
    {
        SignatureInk ink = Inks.Curve();

        double small = PixelImage.Decode(_renderer.Render(ink, Inks.Options(300, 100)).Content.AsSpan()).InkAmount();
        double large = PixelImage.Decode(_renderer.Render(ink, Inks.Options(600, 200)).Content.AsSpan()).InkAmount();

        // Length and width both double, so the inked area grows fourfold.
        Assert.InRange(large / small, 3.6, 4.4);
    }

    [Fact]
    public void Render_WhenFastStroke_IsThinnerThanSlowStroke()
    {
        SignatureInk slow = Inks.Create([Enumerable.Range(0, 41).Select(i => new SignaturePoint(100 + (10 * i), 100, 100L * i))]);
        SignatureInk fast = Inks.Create([Enumerable.Range(0, 41).Select(i => new SignaturePoint(100 + (10 * i), 100, 2L * i))]);

        double slowInk = PixelImage.Decode(_renderer.Render(slow, Inks.Options(600, 200)).Content.AsSpan()).InkAmount();
        double fastInk = PixelImage.Decode(_renderer.Render(fast, Inks.Options(600, 200)).Content.AsSpan()).InkAmount();

        Assert.True(fastInk < slowInk * 0.6, $"fast {fastInk} vs slow {slowInk}");
    }

    [Fact]
    public void Render_WhenPressureIsUsed_WidensAHardPressedStroke()
    {
        SignatureInk light = Inks.Create([Enumerable.Range(0, 41).Select(i => new SignaturePoint(100 + (10 * i), 100, 16L * i, 0.1f))]);
        SignatureInk hard = Inks.Create([Enumerable.Range(0, 41).Select(i => new SignaturePoint(100 + (10 * i), 100, 16L * i, 0.9f))]);
        SignatureRenderOptions options = Inks.Options(600, 200).WithPressure(true);

        double lightInk = PixelImage.Decode(_renderer.Render(light, options).Content.AsSpan()).InkAmount();
        double hardInk = PixelImage.Decode(_renderer.Render(hard, options).Content.AsSpan()).InkAmount();
        double hardWithoutPressure = PixelImage.Decode(_renderer.Render(hard, Inks.Options(600, 200)).Content.AsSpan()).InkAmount();
        double lightWithoutPressure = PixelImage.Decode(_renderer.Render(light, Inks.Options(600, 200)).Content.AsSpan()).InkAmount();

        Assert.True(hardInk > lightInk * 2, $"hard {hardInk} vs light {lightInk}");
        Assert.Equal(lightWithoutPressure, hardWithoutPressure, 3);
    }

    [Fact]
    public void Render_WhenCalledTwice_GivesIdenticalBytes()
    {
        SignatureInk ink = Inks.Sample();

        SignatureImage first = _renderer.Render(ink, Inks.Options(600, 200));
        SignatureImage second = _renderer.Render(ink, Inks.Options(600, 200));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_WhenInkIsNull_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => _renderer.Render(null!, Inks.Options(10, 10)));
        Assert.Throws<ArgumentNullException>(() => _renderer.Render(Inks.Dot(), null!));
    }
}
