namespace OutSmart.Domain.WorkOrders.Signatures;

/// <summary>The pixel layout of a rendered PNG; SVG output ignores it.</summary>
public enum SignaturePixelFormat
{
    /// <summary>8-bit red, green, blue and alpha (PNG colour type 6): transparent or white background.</summary>
    Rgba = 0,

    /// <summary>8-bit greyscale without alpha (PNG colour type 0): always opaque white, the smallest and fastest PNG.</summary>
    Greyscale = 1,
}
