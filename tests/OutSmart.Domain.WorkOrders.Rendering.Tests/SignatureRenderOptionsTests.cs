namespace OutSmart.Domain.WorkOrders.Rendering.Tests;

public sealed class SignatureRenderOptionsTests
{
    [Theory]
    [InlineData(0, 200)]
    [InlineData(600, 0)]
    [InlineData(-1, 200)]
    [InlineData(4097, 200)]
    [InlineData(600, int.MaxValue)]
    public void Create_WhenASideIsOutOfRange_ReturnsOutputSizeInvalid(int width, int height)
    {
        var result = SignatureRenderOptions.Create(width, height);

        OutputSizeInvalid error = Assert.IsType<OutputSizeInvalid>(result.Value);
        Assert.Equal("OUTPUT_SIZE_INVALID", error.Code);
        Assert.Equal((width, height), (error.Width, error.Height));
        Assert.Contains($"{width}x{height}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(600, 200)]
    [InlineData(4096, 4096)]
    public void Create_WhenSizeIsInRange_ReturnsDefaults(int width, int height)
    {
        var result = SignatureRenderOptions.Create(width, height);

        SignatureRenderOptions options = Assert.IsType<SignatureRenderOptions>(result.Value);
        Assert.Equal((width, height), (options.Width, options.Height));
        Assert.Equal(SignatureImageFormat.Png, options.Format);
        Assert.Equal(SignatureBackground.Transparent, options.Background);
        Assert.Equal(SignaturePixelFormat.Rgba, options.PixelFormat);
        Assert.Equal(8, options.Padding);
        Assert.Equal((0.5, 2.5, 1.5), (options.MinWidth, options.MaxWidth, options.DotRadius));
        Assert.False(options.UsePressure);
    }

    [Fact]
    public void WithPixelFormat_WhenGreyscale_MakesTheBackgroundWhite()
    {
        SignatureRenderOptions options = SignatureRenderOptions.Create(600, 200).AsT0;

        SignatureRenderOptions greyscale = options.WithPixelFormat(SignaturePixelFormat.Greyscale);

        Assert.Equal(SignatureBackground.White, greyscale.Background);
        Assert.Equal(SignatureBackground.Transparent, options.Background);
    }

    [Fact]
    public void WithBackground_WhenTransparentOnGreyscale_ThrowsArgumentException()
    {
        SignatureRenderOptions greyscale = SignatureRenderOptions.Create(600, 200).AsT0.WithPixelFormat(SignaturePixelFormat.Greyscale);

        Assert.Throws<ArgumentException>(() => greyscale.WithBackground(SignatureBackground.Transparent));
    }

    [Fact]
    public void WithPixelFormat_WhenGreyAlpha_MakesTheBackgroundTransparent()
    {
        SignatureRenderOptions white = SignatureRenderOptions.Create(600, 200).AsT0.WithBackground(SignatureBackground.White);

        SignatureRenderOptions greyAlpha = white.WithPixelFormat(SignaturePixelFormat.GreyAlpha);

        Assert.Equal(SignatureBackground.Transparent, greyAlpha.Background);
        Assert.Throws<ArgumentException>(() => greyAlpha.WithBackground(SignatureBackground.White));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WithPadding_WhenNegativeOrNotFinite_ThrowsArgumentException(double padding)
    {
        SignatureRenderOptions options = SignatureRenderOptions.Create(600, 200).AsT0;

        Assert.Throws<ArgumentException>(() => options.WithPadding(padding));
    }

    [Theory]
    [InlineData(0, 2.5)]
    [InlineData(1, 0.5)]
    [InlineData(double.NaN, 2.5)]
    [InlineData(0.5, double.PositiveInfinity)]
    public void WithPenWidths_WhenInvalid_ThrowsArgumentException(double minWidth, double maxWidth)
    {
        SignatureRenderOptions options = SignatureRenderOptions.Create(600, 200).AsT0;

        Assert.Throws<ArgumentException>(() => options.WithPenWidths(minWidth, maxWidth));
    }

    [Fact]
    public void WithMethods_WhenChained_KeepEverySetting()
    {
        SignatureRenderOptions options = SignatureRenderOptions.Create(600, 200).AsT0
            .WithFormat(SignatureImageFormat.Svg)
            .WithBackground(SignatureBackground.White)
            .WithPadding(3)
            .WithPenWidths(1, 4)
            .WithPressure(true);

        Assert.Equal(
            (SignatureImageFormat.Svg, SignatureBackground.White, 3.0, 1.0, 4.0, 2.5, true),
            (options.Format, options.Background, options.Padding, options.MinWidth, options.MaxWidth, options.DotRadius, options.UsePressure));
    }

    [Fact]
    public void WithFormat_WhenUndefinedValue_ThrowsArgumentException()
    {
        SignatureRenderOptions options = SignatureRenderOptions.Create(600, 200).AsT0;

        Assert.ThrowsAny<ArgumentException>(() => options.WithFormat((SignatureImageFormat)42));
    }
}
