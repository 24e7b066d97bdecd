using System.Text;
using System.Xml.Linq;
using FsCheck.Xunit;
using OutSmart.Domain.WorkOrders.Rendering.Tests.Arbitraries;
using OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests;

public sealed class SignatureRendererProperties
{
    private readonly SignatureRenderer _renderer = new();

    [Property(Arbitrary = [typeof(RenderArbitraries)], MaxTest = 60)]
    public bool Render_ForAnyValidInk_NeverThrowsAndFitsTheRequestedBox(RenderCase renderCase)
    {
        SignatureImage image = _renderer.Render(renderCase.Ink, renderCase.Options);

        if (renderCase.Options.Format == SignatureImageFormat.Svg)
        {
            XElement root = XDocument.Parse(Encoding.UTF8.GetString(image.Content.AsSpan())).Root!;
            return root.Attribute("width")!.Value == renderCase.Options.Width.ToString()
                && root.Attribute("height")!.Value == renderCase.Options.Height.ToString();
        }
        PixelImage pixels = PixelImage.Decode(image.Content.AsSpan());
        return pixels.Width == renderCase.Options.Width && pixels.Height == renderCase.Options.Height;
    }

    [Property(Arbitrary = [typeof(RenderArbitraries)], MaxTest = 30)]
    public bool Render_ForAnyValidInk_IsDeterministic(RenderCase renderCase) =>
        _renderer.Render(renderCase.Ink, renderCase.Options).Equals(_renderer.Render(renderCase.Ink, renderCase.Options));
}
