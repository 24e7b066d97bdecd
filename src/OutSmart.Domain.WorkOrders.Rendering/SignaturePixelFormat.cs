namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>The pixel layout of a rendered PNG; SVG output ignores it.</summary>
public enum SignaturePixelFormat
{
    /// <summary>8-bit red, green, blue and alpha (PNG colour type 6), drawn on an <c>Rgba8888</c> premultiplied sRGB
    /// surface (SIG-13): transparent or white background. The default.</summary>
    Rgba = 0,

    /// <summary>8-bit greyscale without alpha (PNG colour type 0): always opaque white, the smallest and fastest PNG.</summary>
    Greyscale = 1,

    /// <summary>8-bit grey and alpha (PNG colour type 4): black ink on a transparent background, the same picture as
    /// <see cref="Rgba"/> in half the bytes and encoded faster. Always transparent.</summary>
    GreyAlpha = 2,
}
