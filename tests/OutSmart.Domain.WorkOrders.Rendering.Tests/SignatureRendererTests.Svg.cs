using System.Globalization;
using System.Text;
using System.Xml.Linq;
using OutSmart.Domain.WorkOrders.Rendering.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Rendering.Tests;

public sealed partial class SignatureRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private XDocument RenderSvg(SignatureInk ink, SignatureRenderOptions options)
    {
        SignatureImage image = _renderer.Render(ink, options.WithFormat(SignatureImageFormat.Svg));
        Assert.Equal("image/svg+xml", image.MediaType);
        return XDocument.Parse(Encoding.UTF8.GetString(image.Content.AsSpan()));
    }

    private static double[] Numbers(string text) =>
        [.. text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n.TrimStart('M', 'C'), CultureInfo.InvariantCulture))];

    [Fact]
    public void Render_WhenSvg_ParsesAsXmlWithTheRequestedSize()
    {
        XDocument svg = RenderSvg(Inks.Sample(), Inks.Options(600, 200));

        XElement root = svg.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("600", root.Attribute("width")!.Value);
        Assert.Equal("200", root.Attribute("height")!.Value);
    }

    [Fact]
    public void Render_WhenSvg_WritesOnePathPerCurveAndACirclePerDot()
    {
        SignatureInk ink = Inks.Sample();

        XDocument svg = RenderSvg(ink, Inks.Options(600, 200));

        int curves = ink.Strokes.Where(s => !s.IsDot).Sum(s => s.Points.Length - 1);
        Assert.Equal(curves, svg.Descendants(Svg + "path").Count());
        Assert.Equal(ink.Strokes.Count(s => s.IsDot), svg.Descendants(Svg + "circle").Count());
        Assert.All(svg.Descendants(Svg + "path"), p => Assert.Matches(@"^M-?\d+\.\d{3},-?\d+\.\d{3} C(-?\d+\.\d{3}[ ,]?){6}$", p.Attribute("d")!.Value));
        Assert.Equal("round", svg.Descendants(Svg + "g").First().Attribute("stroke-linecap")!.Value);
    }

    [Fact]
    public void Render_WhenSvg_StrokeWidthIsTheSumOfTheEndRadii()
    {
        // A slow, constant-speed line: every radius lies between the pen limits, so each stroke-width (start + end)
        // lies between twice the smallest and twice the largest radius.
        XDocument svg = RenderSvg(Inks.Line(), Inks.Options(600, 200));

        Assert.All(
            svg.Descendants(Svg + "path"),
            p => Assert.InRange(double.Parse(p.Attribute("stroke-width")!.Value, CultureInfo.InvariantCulture), 1.0, 5.0));
    }

    [Fact]
    public void Render_WhenSvg_ViewBoxCoversTheInkWithPaddingAndHasTheOutputAspectRatio()
    {
        SignatureInk ink = Inks.Sample();

        XDocument svg = RenderSvg(ink, Inks.Options(600, 200));

        double[] viewBox = Numbers(svg.Root!.Attribute("viewBox")!.Value);
        (double minX, double minY, double width, double height) = (viewBox[0], viewBox[1], viewBox[2], viewBox[3]);
        Assert.True(minX <= ink.Bounds.MinX - 8 && minY <= ink.Bounds.MinY - 8, $"viewBox {minX},{minY} starts inside the padding");
        Assert.True(minX + width >= ink.Bounds.MaxX + 8 && minY + height >= ink.Bounds.MaxY + 8, "viewBox ends inside the padding");
        Assert.Equal(600.0 / 200.0, width / height, 2);
        foreach (XElement path in svg.Descendants(Svg + "path"))
        {
            double[] d = Numbers(path.Attribute("d")!.Value);
            for (int i = 0; i < d.Length; i += 2)
            {
                Assert.InRange(d[i], minX, minX + width);
                Assert.InRange(d[i + 1], minY, minY + height);
            }
        }
    }

    [Fact]
    public void Render_WhenSvgAndPng_FrameTheInkAlike()
    {
        SignatureInk ink = Inks.Line();

        XDocument svg = RenderSvg(ink, Inks.Options(600, 200));
        (int minX, _, int maxX, _) = PixelImage.Decode(_renderer.Render(ink, Inks.Options(600, 200)).Content.AsSpan()).InkBox()!.Value;

        // The line's first point (100, 100) lies at the same fraction of the viewBox as the PNG's first inked column.
        double[] viewBox = Numbers(svg.Root!.Attribute("viewBox")!.Value);
        double scale = 600 / viewBox[2];
        Assert.InRange(((100 - viewBox[0]) * scale) - minX, 0, 3);
        Assert.InRange(maxX - ((500 - viewBox[0]) * scale), -1, 3);
    }

    [Fact]
    public void Render_WhenSvgUnderACommaCulture_StillWritesInvariantNumbers()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
        try
        {
            XDocument svg = RenderSvg(Inks.Curve(), Inks.Options(600, 200));

            Assert.DoesNotContain(",", svg.Root!.Attribute("viewBox")!.Value, StringComparison.Ordinal);
            Assert.Contains(".", svg.Descendants(Svg + "path").First().Attribute("stroke-width")!.Value, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Render_WhenSvgDot_WritesACircleWithTheDotRadius()
    {
        XDocument svg = RenderSvg(Inks.Dot(), Inks.Options(100, 100));

        XElement circle = Assert.Single(svg.Descendants(Svg + "circle"));
        Assert.Equal("300.000", circle.Attribute("cx")!.Value);
        Assert.Equal("100.000", circle.Attribute("cy")!.Value);
        Assert.Equal("1.500", circle.Attribute("r")!.Value);
        Assert.Empty(svg.Descendants(Svg + "path"));
    }

    [Fact]
    public void Render_WhenSvgWithWhiteBackground_PaintsTheWholeViewBoxWhite()
    {
        XDocument svg = RenderSvg(Inks.Line(), Inks.Options(600, 200).WithBackground(SignatureBackground.White));

        XElement rect = Assert.Single(svg.Descendants(Svg + "rect"));
        string[] viewBox = svg.Root!.Attribute("viewBox")!.Value.Split(' ');
        Assert.Equal((viewBox[0], viewBox[1], viewBox[2], viewBox[3]), (rect.Attribute("x")!.Value, rect.Attribute("y")!.Value, rect.Attribute("width")!.Value, rect.Attribute("height")!.Value));
        Assert.Equal("#ffffff", rect.Attribute("fill")!.Value);
    }
}
