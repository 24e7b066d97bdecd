using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>How a signature is rendered: output size and format, background, padding and pen widths (SIG-13 … SIG-16).</summary>
/// <remarks>
/// <para>Create options with <see cref="Create"/>, which checks the requested size, then change them with the
/// <c>With…</c> methods; every instance is valid. Defaults: PNG, transparent background, RGBA pixels,
/// <see cref="DefaultPadding"/> units of padding, pen widths <see cref="DefaultMinWidth"/>–<see cref="DefaultMaxWidth"/>,
/// width from velocity (pressure off).</para>
/// <para>Widths are radii in logical units, as in <c>signature_pad</c>; they scale with the ink (SIG-14).</para>
/// <para>Two options are equal when all their properties are equal.</para>
/// </remarks>
public sealed record SignatureRenderOptions
{
    /// <summary>The largest allowed side of the output, in pixels (included).</summary>
    public const int MaxSide = 4096;

    /// <summary>The default padding around the trimmed ink, in logical units (SIG-14).</summary>
    public const double DefaultPadding = 8;

    /// <summary>The default smallest pen radius, in logical units (<c>signature_pad</c>'s <c>minWidth</c>).</summary>
    public const double DefaultMinWidth = 0.5;

    /// <summary>The default largest pen radius, in logical units (<c>signature_pad</c>'s <c>maxWidth</c>).</summary>
    public const double DefaultMaxWidth = 2.5;

    private SignatureRenderOptions(
        int width,
        int height,
        SignatureImageFormat format,
        SignatureBackground background,
        SignaturePixelFormat pixelFormat,
        double padding,
        double minWidth,
        double maxWidth,
        bool usePressure)
    {
        Width = width;
        Height = height;
        Format = format;
        Background = background;
        PixelFormat = pixelFormat;
        Padding = padding;
        MinWidth = minWidth;
        MaxWidth = maxWidth;
        UsePressure = usePressure;
    }

    /// <summary>Gets the width of the output in pixels; 1 to <see cref="MaxSide"/>.</summary>
    public int Width { get; }

    /// <summary>Gets the height of the output in pixels; 1 to <see cref="MaxSide"/>.</summary>
    public int Height { get; }

    /// <summary>Gets the output format; <see cref="SignatureImageFormat.Png"/> by default.</summary>
    public SignatureImageFormat Format { get; }

    /// <summary>Gets the background; <see cref="SignatureBackground.Transparent"/> by default, always
    /// <see cref="SignatureBackground.White"/> with <see cref="SignaturePixelFormat.Greyscale"/> and always
    /// <see cref="SignatureBackground.Transparent"/> with <see cref="SignaturePixelFormat.GreyAlpha"/>.</summary>
    public SignatureBackground Background { get; }

    /// <summary>Gets the PNG pixel layout; <see cref="SignaturePixelFormat.Rgba"/> by default. SVG ignores it.</summary>
    public SignaturePixelFormat PixelFormat { get; }

    /// <summary>Gets the blank margin kept around the ink when trimming, in logical units; zero or more.</summary>
    public double Padding { get; }

    /// <summary>Gets the smallest pen radius in logical units; greater than zero.</summary>
    public double MinWidth { get; }

    /// <summary>Gets the largest pen radius in logical units; at least <see cref="MinWidth"/>.</summary>
    public double MaxWidth { get; }

    /// <summary>Gets the radius of a dot (a one-point stroke): the mean of <see cref="MinWidth"/> and <see cref="MaxWidth"/>.</summary>
    public double DotRadius => (MinWidth + MaxWidth) / 2;

    /// <summary>Gets a value indicating whether pen pressure drives the width where the device reported it (SIG-16); off by default.</summary>
    /// <remarks>When on, a segment whose two points both carry pressure p has radius <c>min + (max - min) * p</c>;
    /// other segments take their width from velocity.</remarks>
    public bool UsePressure { get; }

    /// <summary>Creates default options for an output of <paramref name="width"/> by <paramref name="height"/> pixels.</summary>
    /// <param name="width">The output width in pixels.</param>
    /// <param name="height">The output height in pixels.</param>
    /// <returns>The options, or <see cref="OutputSizeInvalid"/> when a side is below 1 or above <see cref="MaxSide"/>.</returns>
    public static OneOf<SignatureRenderOptions, OutputSizeInvalid> Create(int width, int height)
    {
        if (width < 1 || height < 1 || width > MaxSide || height > MaxSide)
        {
            return new OutputSizeInvalid(width, height);
        }
        return new SignatureRenderOptions(
            width,
            height,
            SignatureImageFormat.Png,
            SignatureBackground.Transparent,
            SignaturePixelFormat.Rgba,
            DefaultPadding,
            DefaultMinWidth,
            DefaultMaxWidth,
            usePressure: false);
    }

    /// <summary>Returns options that render to <paramref name="format"/>; the other settings are kept.</summary>
    /// <param name="format">The output format.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not a defined value.</exception>
    public SignatureRenderOptions WithFormat(SignatureImageFormat format)
    {
        Guard.Against.EnumOutOfRange(format);
        return new(Width, Height, format, Background, PixelFormat, Padding, MinWidth, MaxWidth, UsePressure);
    }

    /// <summary>Returns options with another background; the other settings are kept.</summary>
    /// <param name="background">The background.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="background"/> is not a defined value; or it is
    /// <see cref="SignatureBackground.Transparent"/> while <see cref="PixelFormat"/> is
    /// <see cref="SignaturePixelFormat.Greyscale"/>, which has no alpha channel; or it is
    /// <see cref="SignatureBackground.White"/> while <see cref="PixelFormat"/> is
    /// <see cref="SignaturePixelFormat.GreyAlpha"/>, whose grey is always black ink.</exception>
    public SignatureRenderOptions WithBackground(SignatureBackground background)
    {
        Guard.Against.EnumOutOfRange(background);
        if (background == SignatureBackground.Transparent && PixelFormat == SignaturePixelFormat.Greyscale)
        {
            throw new ArgumentException("A greyscale PNG has no alpha channel, so its background cannot be transparent.", nameof(background));
        }
        if (background == SignatureBackground.White && PixelFormat == SignaturePixelFormat.GreyAlpha)
        {
            throw new ArgumentException("A grey-and-alpha signature PNG is black ink on transparency, so its background cannot be white.", nameof(background));
        }
        return new(Width, Height, Format, background, PixelFormat, Padding, MinWidth, MaxWidth, UsePressure);
    }

    /// <summary>Returns options with another PNG pixel layout; <see cref="SignaturePixelFormat.Greyscale"/> also
    /// makes the background <see cref="SignatureBackground.White"/>, and <see cref="SignaturePixelFormat.GreyAlpha"/>
    /// makes it <see cref="SignatureBackground.Transparent"/>.</summary>
    /// <param name="pixelFormat">The pixel layout.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="pixelFormat"/> is not a defined value.</exception>
    public SignatureRenderOptions WithPixelFormat(SignaturePixelFormat pixelFormat)
    {
        Guard.Against.EnumOutOfRange(pixelFormat);
        SignatureBackground background = pixelFormat switch
        {
            SignaturePixelFormat.Greyscale => SignatureBackground.White,
            SignaturePixelFormat.GreyAlpha => SignatureBackground.Transparent,
            _ => Background,
        };
        return new(Width, Height, Format, background, pixelFormat, Padding, MinWidth, MaxWidth, UsePressure);
    }

    /// <summary>Returns options with another padding around the trimmed ink; the other settings are kept.</summary>
    /// <param name="padding">Zero or more logical units.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="padding"/> is negative or not finite.</exception>
    public SignatureRenderOptions WithPadding(double padding)
    {
        if (!double.IsFinite(padding) || padding < 0)
        {
            throw new ArgumentException("The padding must be finite and not negative.", nameof(padding));
        }
        return new(Width, Height, Format, Background, PixelFormat, padding, MinWidth, MaxWidth, UsePressure);
    }

    /// <summary>Returns options with other pen radii; the other settings are kept.</summary>
    /// <param name="minWidth">The smallest radius in logical units; finite and greater than zero.</param>
    /// <param name="maxWidth">The largest radius in logical units; finite and at least <paramref name="minWidth"/>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException">A radius is not finite, <paramref name="minWidth"/> is not positive, or
    /// <paramref name="maxWidth"/> is smaller than <paramref name="minWidth"/>.</exception>
    public SignatureRenderOptions WithPenWidths(double minWidth, double maxWidth)
    {
        if (!double.IsFinite(minWidth) || minWidth <= 0)
        {
            throw new ArgumentException("The smallest pen radius must be finite and greater than zero.", nameof(minWidth));
        }
        if (!double.IsFinite(maxWidth) || maxWidth < minWidth)
        {
            throw new ArgumentException("The largest pen radius must be finite and at least the smallest.", nameof(maxWidth));
        }
        return new(Width, Height, Format, Background, PixelFormat, Padding, minWidth, maxWidth, UsePressure);
    }

    /// <summary>Returns options that do or do not let real pen pressure drive the width (SIG-16).</summary>
    /// <param name="usePressure"><see langword="true"/> to use pressure where the device reported it.</param>
    /// <returns>The new options.</returns>
    public SignatureRenderOptions WithPressure(bool usePressure) =>
        new(Width, Height, Format, Background, PixelFormat, Padding, MinWidth, MaxWidth, usePressure);
}
