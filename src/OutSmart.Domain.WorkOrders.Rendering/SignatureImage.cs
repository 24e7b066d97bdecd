using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>A rendered signature: the encoded file and what it is.</summary>
/// <remarks>
/// <para>The image is exactly <see cref="Width"/> by <see cref="Height"/> pixels, the size that was asked for. For
/// SVG these are the <c>width</c> and <c>height</c> attributes of the root element.</para>
/// <para>Two images are equal when format, size and content bytes are equal.</para>
/// </remarks>
public sealed record SignatureImage
{
    private SignatureImage(SignatureImageFormat format, int width, int height, ImmutableArray<byte> content)
    {
        Format = format;
        Width = width;
        Height = height;
        Content = content;
    }

    /// <summary>Gets the file format of <see cref="Content"/>.</summary>
    public SignatureImageFormat Format { get; }

    /// <summary>Gets the width of the image in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height of the image in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the encoded file: PNG bytes, or SVG as UTF-8 text without a byte order mark.</summary>
    public ImmutableArray<byte> Content { get; }

    /// <summary>Gets the IANA media type of <see cref="Content"/>: <c>image/png</c> or <c>image/svg+xml</c>.</summary>
    public string MediaType => Format == SignatureImageFormat.Svg ? "image/svg+xml" : "image/png";

    /// <summary>Gets the usual file extension of <see cref="Content"/>, with the dot: <c>.png</c> or <c>.svg</c>.</summary>
    public string FileExtension => Format == SignatureImageFormat.Svg ? ".svg" : ".png";

    /// <inheritdoc />
    public bool Equals(SignatureImage? other) =>
        other is not null
        && Format == other.Format
        && Width == other.Width
        && Height == other.Height
        && Content.AsSpan().SequenceEqual(other.Content.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Format);
        hash.Add(Width);
        hash.Add(Height);
        hash.AddBytes(Content.AsSpan());
        return hash.ToHashCode();
    }

    /// <summary>Wraps <paramref name="content"/>, which the caller hands over and never changes again, without copying it.</summary>
    internal static SignatureImage FromOwnedBytes(SignatureImageFormat format, int width, int height, byte[] content) =>
        new(format, width, height, ImmutableCollectionsMarshal.AsImmutableArray(content));
}
