namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>Renders the vector ink of a signature to an image file (SIG-13 … SIG-16).</summary>
public interface ISignatureRenderer
{
    /// <summary>Renders <paramref name="ink"/> as <paramref name="options"/> ask.</summary>
    /// <param name="ink">The validated ink.</param>
    /// <param name="options">The validated output size, format and style.</param>
    /// <returns>The encoded image, exactly <see cref="SignatureRenderOptions.Width"/> by
    /// <see cref="SignatureRenderOptions.Height"/> pixels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ink"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    SignatureImage Render(SignatureInk ink, SignatureRenderOptions options);
}
