using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using OneOf;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The compact OutSmart text format for signature ink, which, unlike <c>signature_pad</c> JSON, carries the canvas size.</summary>
/// <remarks>
/// <para>The first line is <c>OSSIG1 WIDTH HEIGHT</c>; every further non-blank line is one stroke, its points
/// separated by single spaces, each point <c>x,y,t</c> or <c>x,y,t,p</c> (time in milliseconds since the first
/// point, pressure in [0, 1]). Numbers use invariant culture. Example:</para>
/// <code>
/// OSSIG1 600 200
/// 10,20,0 14.5,22,16 20,25.25,33
/// </code>
/// <para><see cref="Parse"/> of <see cref="Format"/> gives an equal ink. No exception escapes <see cref="Parse"/>.</para>
/// </remarks>
public static class SignatureInkFormat
{
    /// <summary>The header token of the format.</summary>
    public const string Header = "OSSIG1";

    /// <summary>Parses the compact format into validated ink.</summary>
    /// <param name="text">The text; <see langword="null"/> is treated as malformed.</param>
    /// <param name="policy">The thresholds; <see cref="SignatureInkPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The ink, or <see cref="SignatureRejected"/> saying why it was refused.</returns>
    public static OneOf<SignatureInk, SignatureRejected> Parse(string? text, SignatureInkPolicy? policy = null)
    {
        policy ??= SignatureInkPolicy.Default;
        if (text is null)
        {
            return Malformed("no text was given");
        }
        if (text.Length > policy.MaxSerializedBytes || Encoding.UTF8.GetByteCount(text) > policy.MaxSerializedBytes)
        {
            return SignatureInk.Reject(SignatureRejectionReason.TooLarge, $"the text is larger than {policy.MaxSerializedBytes} bytes");
        }
        string[] lines = text.Split('\n');
        string[] header = lines[0].Trim().Split(' ');
        if (header.Length != 3 || header[0] != Header
            || !TryDouble(header[1], out double width) || !TryDouble(header[2], out double height))
        {
            return Malformed($"the first line must be \"{Header} WIDTH HEIGHT\"");
        }
        OneOf<CanvasSize, SignatureCanvasInvalid> canvas = CanvasSize.Create(width, height);
        if (canvas.TryPickT1(out SignatureCanvasInvalid invalid, out CanvasSize size))
        {
            return SignatureInk.Reject(SignatureRejectionReason.CanvasInvalid, invalid.Message);
        }

        var strokes = new List<List<SignaturePoint>>();
        for (int l = 1; l < lines.Length; l++)
        {
            string line = lines[l].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (strokes.Count == policy.MaxStrokes)
            {
                return SignatureInk.Reject(SignatureRejectionReason.TooLarge, $"more than {policy.MaxStrokes} strokes");
            }
            var stroke = new List<SignaturePoint>();
            foreach (string token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = token.Split(',');
                float? pressure = null;
                if (parts.Length is < 3 or > 4
                    || !TryDouble(parts[0], out double x) || !TryDouble(parts[1], out double y)
                    || !long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long time))
                {
                    return Malformed($"line {l + 1} point {stroke.Count + 1} must be x,y,t or x,y,t,p");
                }
                if (parts.Length == 4)
                {
                    if (!float.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out float p))
                    {
                        return Malformed($"line {l + 1} point {stroke.Count + 1} has an invalid pressure");
                    }
                    pressure = p;
                }
                stroke.Add(new SignaturePoint(x, y, time, pressure));
            }
            strokes.Add(stroke);
        }
        return SignatureInk.Create(size, strokes, policy);
    }

    /// <summary>Writes ink in the compact format.</summary>
    /// <param name="ink">The ink to write.</param>
    /// <returns>The text, lines separated by <c>\n</c>, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ink"/> is <see langword="null"/>.</exception>
    public static string Format(SignatureInk ink)
    {
        Guard.Against.Null(ink);
        var builder = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        builder.Append(c, $"{Header} {ink.Canvas.Width:R} {ink.Canvas.Height:R}\n");
        foreach (SignatureStroke stroke in ink.Strokes)
        {
            for (int i = 0; i < stroke.Points.Length; i++)
            {
                SignaturePoint p = stroke.Points[i];
                if (i > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(c, $"{p.X:R},{p.Y:R},{p.TimeMs}");
                if (p.Pressure is { } pressure)
                {
                    builder.Append(c, $",{pressure:R}");
                }
            }
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static bool TryDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static SignatureRejected Malformed(string detail) => SignatureInk.Reject(SignatureRejectionReason.Malformed, detail);
}
