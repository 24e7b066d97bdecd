using System.Globalization;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>A requested output size breaks SIG-14: each side must be 1 to <see cref="SignatureRenderOptions.MaxSide"/> pixels.</summary>
/// <param name="Width">The refused width in pixels.</param>
/// <param name="Height">The refused height in pixels.</param>
public sealed record OutputSizeInvalid(int Width, int Height) : IDomainError
{
    /// <inheritdoc />
    public string Code => "OUTPUT_SIZE_INVALID";

    /// <inheritdoc />
    public string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"The output size {Width}x{Height} is invalid: each side must be 1 to {SignatureRenderOptions.MaxSide} pixels.");
}
