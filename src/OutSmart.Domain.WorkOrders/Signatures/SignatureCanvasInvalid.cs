using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A canvas size breaks SIG-03: each side 100–4000 logical units, aspect ratio at most 10:1.</summary>
/// <param name="Width">The refused width.</param>
/// <param name="Height">The refused height.</param>
public sealed record SignatureCanvasInvalid(double Width, double Height) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SIGNATURE_CANVAS_INVALID";

    /// <inheritdoc />
    public string Message => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"The signature canvas {Width}x{Height} is invalid: each side must be 100 to 4000 units and at most 10 times the other.");
}
