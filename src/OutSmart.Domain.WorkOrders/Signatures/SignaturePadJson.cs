using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OneOf;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Reads the JSON that the <c>signature_pad</c> web component's <c>toData()</c> produces.</summary>
/// <remarks>
/// <para>The document is an array of point groups, one per stroke or dot:
/// <c>[{"points":[{"x":12.5,"y":40,"time":1700000000000,"pressure":0.5}], "penColor":"black", …}]</c>. Properties
/// other than <c>points</c>, <c>x</c>, <c>y</c>, <c>time</c> and <c>pressure</c> are ignored. The older format
/// where a group is a bare array of points is accepted too.</para>
/// <para>Coordinates are CSS pixels (logical units); <c>time</c> is epoch milliseconds and is rebased on the first
/// point; a <c>pressure</c> of 0 means unknown and is stored as <see langword="null"/>.</para>
/// <para>No exception escapes <see cref="Parse"/> for any input: malformed text, including text that holds a lone
/// UTF-16 surrogate, gives <see cref="SignatureRejectionReason.Malformed"/>; an object anywhere in the document that
/// repeats a key (compared ordinally after unescaping, so <c>"x"</c> and <c>"\u0078"</c> are the same key) gives
/// <see cref="SignatureRejectionReason.DuplicateKey"/> rather than letting one of the values win silently.</para>
/// </remarks>
public static class SignaturePadJson
{
    private const double MaxAbsoluteTime = 9_007_199_254_740_991; // 2^53 - 1: integral in JSON numbers and doubles.

    /// <summary>Parses <c>toData()</c> JSON into validated ink.</summary>
    /// <param name="json">The JSON text; <see langword="null"/> is treated as malformed.</param>
    /// <param name="canvas">The canvas the signature was drawn on (<c>toData()</c> does not carry it), or
    /// <see langword="null"/> to derive it from the ink bounds: each side the furthest point rounded up, at least
    /// 100 and at most 4000 units, widened to respect the 10:1 aspect limit.</param>
    /// <param name="policy">The thresholds; <see cref="SignatureInkPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The ink, or <see cref="SignatureRejected"/> saying why it was refused.</returns>
    public static OneOf<SignatureInk, SignatureRejected> Parse(string? json, CanvasSize? canvas, SignatureInkPolicy? policy = null)
    {
        policy ??= SignatureInkPolicy.Default;
        if (json is null)
        {
            return SignatureInk.Reject(SignatureRejectionReason.Malformed, "no JSON was given");
        }
        if (json.Length > policy.MaxSerializedBytes || Encoding.UTF8.GetByteCount(json) > policy.MaxSerializedBytes)
        {
            return SignatureInk.Reject(SignatureRejectionReason.TooLarge, $"the JSON is larger than {policy.MaxSerializedBytes} bytes");
        }

        if (IndexOfLoneSurrogate(json) is int index and >= 0)
        {
            return SignatureInk.Reject(SignatureRejectionReason.Malformed, string.Create(CultureInfo.InvariantCulture, $"the text holds a lone UTF-16 surrogate at index {index}"));
        }

        List<List<SignaturePoint>> strokes;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (FindDuplicateKey(document.RootElement) is { } duplicate)
            {
                return SignatureInk.Reject(SignatureRejectionReason.DuplicateKey, $"an object repeats the key \"{duplicate}\"");
            }
            OneOf<List<List<SignaturePoint>>, SignatureRejected> read = Read(document.RootElement, policy);
            if (read.TryPickT1(out SignatureRejected rejected, out strokes))
            {
                return rejected;
            }
        }
        catch (JsonException exception)
        {
            return SignatureInk.Reject(SignatureRejectionReason.Malformed, $"the text is not valid JSON: {exception.Message}");
        }

        CanvasSize size = canvas ?? FromBounds(strokes);
        return SignatureInk.Create(size, strokes, policy);
    }

    private static OneOf<List<List<SignaturePoint>>, SignatureRejected> Read(JsonElement root, SignatureInkPolicy policy)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            return Malformed("the document must be an array of point groups");
        }
        var strokes = new List<List<SignaturePoint>>();
        foreach (JsonElement group in root.EnumerateArray())
        {
            if (strokes.Count == policy.MaxStrokes)
            {
                return SignatureInk.Reject(SignatureRejectionReason.TooLarge, $"more than {policy.MaxStrokes} strokes");
            }
            JsonElement points;
            if (group.ValueKind == JsonValueKind.Array)
            {
                points = group;
            }
            else if (group.ValueKind == JsonValueKind.Object
                && group.TryGetProperty("points", out points)
                && points.ValueKind == JsonValueKind.Array)
            {
            }
            else
            {
                return Malformed($"point group {strokes.Count + 1} has no points array");
            }
            var stroke = new List<SignaturePoint>();
            foreach (JsonElement point in points.EnumerateArray())
            {
                OneOf<SignaturePoint, SignatureRejected> read = ReadPoint(point, strokes.Count + 1, stroke.Count + 1);
                if (read.TryPickT1(out SignatureRejected rejected, out SignaturePoint value))
                {
                    return rejected;
                }
                stroke.Add(value);
            }
            strokes.Add(stroke);
        }
        return strokes;
    }

    private static OneOf<SignaturePoint, SignatureRejected> ReadPoint(JsonElement point, int stroke, int index)
    {
        if (point.ValueKind != JsonValueKind.Object)
        {
            return Malformed($"stroke {stroke} point {index} is not an object");
        }
        if (!TryNumber(point, "x", out double x) || !TryNumber(point, "y", out double y))
        {
            return Malformed($"stroke {stroke} point {index} needs numeric x and y");
        }
        if (!TryNumber(point, "time", out double time) || Math.Abs(time) > MaxAbsoluteTime)
        {
            return Malformed($"stroke {stroke} point {index} needs a numeric time in epoch milliseconds");
        }
        float? pressure = null;
        if (point.TryGetProperty("pressure", out JsonElement p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.Number || !p.TryGetDouble(out double value) || !double.IsFinite(value))
            {
                return Malformed($"stroke {stroke} point {index} has a non-numeric pressure");
            }
            // signature_pad writes 0 when the device reports no pressure.
            pressure = value == 0 ? null : (float)value;
        }
        return new SignaturePoint(x, y, (long)Math.Round(time, MidpointRounding.AwayFromZero), pressure);
    }

    private static bool TryNumber(JsonElement element, string name, out double value)
    {
        value = 0;
        return element.TryGetProperty(name, out JsonElement property)
            && property.ValueKind == JsonValueKind.Number
            && property.TryGetDouble(out value)
            && double.IsFinite(value);
    }

    private static int IndexOfLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    // Walks the whole document (JsonDocument limits the depth to 64), so a repeated key is refused wherever it is,
    // also in properties this reader ignores.
    private static string? FindDuplicateKey(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        return property.Name;
                    }
                    if (FindDuplicateKey(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (FindDuplicateKey(item) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static CanvasSize FromBounds(List<List<SignaturePoint>> strokes)
    {
        double maxX = 0;
        double maxY = 0;
        foreach (SignaturePoint point in strokes.SelectMany(s => s))
        {
            maxX = Math.Max(maxX, point.X);
            maxY = Math.Max(maxY, point.Y);
        }
        double width = Math.Clamp(Math.Ceiling(maxX), CanvasSize.MinSide, CanvasSize.MaxSide);
        double height = Math.Clamp(Math.Ceiling(maxY), CanvasSize.MinSide, CanvasSize.MaxSide);
        height = Math.Max(height, Math.Ceiling(width / CanvasSize.MaxAspectRatio));
        width = Math.Max(width, Math.Ceiling(height / CanvasSize.MaxAspectRatio));
        return CanvasSize.Create(width, height).Match(
            size => size,
            invalid => throw new UnreachableException(string.Create(CultureInfo.InvariantCulture, $"A derived canvas {invalid.Width}x{invalid.Height} must be valid.")));
    }

    private static SignatureRejected Malformed(string detail) => SignatureInk.Reject(SignatureRejectionReason.Malformed, detail);
}
