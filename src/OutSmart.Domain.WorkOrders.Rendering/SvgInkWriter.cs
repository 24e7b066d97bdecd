using System.Globalization;

namespace OutSmart.Domain.WorkOrders.Rendering;

/// <summary>Writes smoothed ink as SVG text (SIG-15), straight into UTF-8 bytes.</summary>
/// <remarks>
/// <para>The root element has <c>width</c> and <c>height</c> equal to the requested size and a <c>viewBox</c> equal
/// to the logical view of <see cref="InkFrame"/>: the ink's extent plus padding, widened on one axis to the output's
/// aspect ratio, so the SVG frames the ink exactly as the PNG does. Each Bézier curve is one <c>&lt;path&gt;</c>
/// with <c>stroke-width</c> = start radius + end radius and round caps; each dot is a <c>&lt;circle&gt;</c>.
/// Numbers are invariant culture with three decimals; curves with a non-finite number are skipped.</para>
/// <para>Not thread-safe: each thread uses its own instance.</para>
/// </remarks>
internal sealed class SvgInkWriter
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    public byte[] Write(InkGeometry geometry, in InkFrame frame, SignatureRenderOptions options)
    {
        _length = 0;
        Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""u8);
        Append(options.Width);
        Append("\" height=\""u8);
        Append(options.Height);
        Append("\" viewBox=\""u8);
        Append(frame.ViewMinX);
        Append(" "u8);
        Append(frame.ViewMinY);
        Append(" "u8);
        Append(frame.ViewWidth);
        Append(" "u8);
        Append(frame.ViewHeight);
        Append("\">"u8);
        if (options.Background == SignatureBackground.White)
        {
            Append("<rect x=\""u8);
            Append(frame.ViewMinX);
            Append("\" y=\""u8);
            Append(frame.ViewMinY);
            Append("\" width=\""u8);
            Append(frame.ViewWidth);
            Append("\" height=\""u8);
            Append(frame.ViewHeight);
            Append("\" fill=\"#ffffff\"/>"u8);
        }

        Append("<g fill=\"none\" stroke=\"#000000\" stroke-linecap=\"round\" stroke-linejoin=\"round\">"u8);
        foreach (InkCurve curve in geometry.Curves)
        {
            if (!curve.IsFinite)
            {
                continue;
            }
            Append("<path d=\"M"u8);
            Append(curve.X0);
            Append(","u8);
            Append(curve.Y0);
            Append(" C"u8);
            Append(curve.C1X);
            Append(","u8);
            Append(curve.C1Y);
            Append(" "u8);
            Append(curve.C2X);
            Append(","u8);
            Append(curve.C2Y);
            Append(" "u8);
            Append(curve.X3);
            Append(","u8);
            Append(curve.Y3);
            Append("\" stroke-width=\""u8);
            Append(curve.StartWidth + curve.EndWidth);
            Append("\"/>"u8);
        }
        Append("</g><g fill=\"#000000\">"u8);
        foreach (InkDot dot in geometry.Dots)
        {
            Append("<circle cx=\""u8);
            Append(dot.X);
            Append("\" cy=\""u8);
            Append(dot.Y);
            Append("\" r=\""u8);
            Append(dot.Radius);
            Append("\"/>"u8);
        }
        Append("</g></svg>"u8);
        return _buffer.AsSpan(0, _length).ToArray();
    }

    private void Append(ReadOnlySpan<byte> text)
    {
        Ensure(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Append(int value)
    {
        Ensure(11);
        _ = value.TryFormat(_buffer.AsSpan(_length), out int written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Append(double value)
    {
        // Values that round to zero are written as 0.000, never -0.000.
        if (Math.Abs(value) < 0.0005)
        {
            value = 0;
        }
        Ensure(32);
        if (!value.TryFormat(_buffer.AsSpan(_length), out int written, "F3", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A coordinate did not fit the reserved space.");
        }
        _length += written;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            byte[] larger = new byte[Math.Max(_buffer.Length * 2, _length + extra)];
            _buffer.AsSpan(0, _length).CopyTo(larger);
            _buffer = larger;
        }
    }
}
