namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>The file format a signature is rendered to.</summary>
public enum SignatureImageFormat
{
    /// <summary>A PNG raster image drawn with SkiaSharp on the CPU (<c>image/png</c>).</summary>
    Png = 0,

    /// <summary>An SVG vector image written as UTF-8 text (<c>image/svg+xml</c>).</summary>
    Svg = 1,
}
