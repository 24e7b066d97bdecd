using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Computes the SHA-256 binding of a signature to the signed content (SIG-09).</summary>
/// <remarks>
/// The canonical form is compact UTF-8 JSON with a fixed key order: <c>{"workOrder":{"id","number","customer",
/// "hours":[{"employee","hourType","start","end","date","durationMs"}],"materials":[{"article","description",
/// "quantity","unit"}],"answers":[{"field","value"}],"photos":[hash],"notes":[{"step","text"}],"results":[{"step","result"}]},"signature":
/// {"canvas":{"width","height"},"strokes":[[[x,y,t(,p)]]],"signer","capturedAt"}}</c>. Numbers use invariant
/// culture, coordinates are rounded to 0.01 unit, instants are ISO-8601 UTC, absent values are <c>null</c>.
/// <para>Only what SIG-09 lists is covered: the capture instant, not the device's UTC offset
/// (<see cref="Signature.CapturedOffset"/>), which is display evidence; the signer role, device, app version and GPS
/// location (<see cref="Signature.Location"/>) are not covered either.</para>
/// </remarks>
public static class ContentHash
{
    /// <summary>Computes the content hash.</summary>
    /// <param name="content">The signed content of the work order.</param>
    /// <param name="ink">The signature ink.</param>
    /// <param name="signerName">The signer's name, or <see langword="null"/>.</param>
    /// <param name="capturedAt">The moment of capture.</param>
    /// <returns>The SHA-256 as 64 lowercase hexadecimal digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="ink"/> is <see langword="null"/>.</exception>
    public static string Compute(WorkOrderContent content, SignatureInk ink, string? signerName, Instant capturedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(ink);
        ArrayBufferWriter<byte> json = Write(content, ink, signerName, capturedAt);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Writes the canonical UTF-8 JSON that <see cref="Compute"/> hashes, for verification by others.</summary>
    /// <param name="content">The signed content of the work order.</param>
    /// <param name="ink">The signature ink.</param>
    /// <param name="signerName">The signer's name, or <see langword="null"/>.</param>
    /// <param name="capturedAt">The moment of capture.</param>
    /// <returns>The canonical JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="ink"/> is <see langword="null"/>.</exception>
    public static byte[] ToCanonicalJson(WorkOrderContent content, SignatureInk ink, string? signerName, Instant capturedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(ink);
        return Write(content, ink, signerName, capturedAt).WrittenSpan.ToArray();
    }

    private static ArrayBufferWriter<byte> Write(WorkOrderContent content, SignatureInk ink, string? signerName, Instant capturedAt)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (ink.PointCount * 24));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("workOrder");
            w.WriteString("id", content.WorkOrderId.ToString());
            w.WriteString("number", content.Number);
            w.WriteString("customer", content.CustomerId.ToString());
            w.WriteStartArray("hours");
            foreach (HourRegistration h in content.Hours)
            {
                w.WriteStartObject();
                w.WriteString("employee", h.EmployeeId.ToString());
                w.WriteString("hourType", h.HourType);
                WriteInstant(w, "start", h.Start);
                WriteInstant(w, "end", h.End);
                if (h.Date is { } date)
                {
                    w.WriteString("date", LocalDatePattern.Iso.Format(date));
                }
                else
                {
                    w.WriteNull("date");
                }
                w.WriteNumber("durationMs", checked((long)h.Duration.TotalMilliseconds));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("materials");
            foreach (MaterialLine m in content.Materials)
            {
                w.WriteStartObject();
                w.WriteString("article", m.ArticleCode);
                w.WriteString("description", m.Description);
                w.WriteString("quantity", m.Quantity.ToString(CultureInfo.InvariantCulture));
                w.WriteString("unit", m.Unit);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WritePairs(w, "answers", "field", "value", content.Answers);
            w.WriteStartArray("photos");
            foreach (string hash in content.PhotoHashes)
            {
                w.WriteStringValue(hash);
            }
            w.WriteEndArray();
            WritePairs(w, "notes", "step", "text", content.Notes);
            w.WriteStartArray("results");
            foreach (KeyValuePair<string, FormResult> result in content.Results)
            {
                w.WriteStartObject();
                w.WriteString("step", result.Key);
                w.WriteString("result", result.Value.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartObject("signature");
            w.WriteStartObject("canvas");
            w.WriteRawNumber("width", ink.Canvas.Width);
            w.WriteRawNumber("height", ink.Canvas.Height);
            w.WriteEndObject();
            w.WriteStartArray("strokes");
            foreach (SignatureStroke stroke in ink.Strokes)
            {
                w.WriteStartArray();
                foreach (SignaturePoint p in stroke.Points)
                {
                    w.WriteStartArray();
                    WriteNumber(w, p.X);
                    WriteNumber(w, p.Y);
                    w.WriteNumberValue(p.TimeMs);
                    if (p.Pressure is { } pressure)
                    {
                        WriteNumber(w, Math.Round(pressure, 3));
                    }
                    w.WriteEndArray();
                }
                w.WriteEndArray();
            }
            w.WriteEndArray();
            if (signerName is null)
            {
                w.WriteNull("signer");
            }
            else
            {
                w.WriteString("signer", signerName);
            }
            w.WriteString("capturedAt", InstantPattern.ExtendedIso.Format(capturedAt));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer;
    }

    private static void WriteRawNumber(this Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        WriteNumber(writer, value);
    }

    // Writes the value rounded to 0.01 as "0.##" would, from integer hundredths straight into UTF-8 on the stack:
    // a signature has hundreds of coordinates, and custom double formats are slow.
    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        long hundredths = checked((long)Math.Round(value * 100, MidpointRounding.AwayFromZero));
        Span<byte> utf8 = stackalloc byte[32];
        int length = 0;
        if (hundredths < 0)
        {
            utf8[length++] = (byte)'-';
            hundredths = -hundredths;
        }
        if (!(hundredths / 100).TryFormat(utf8[length..], out int written, default, CultureInfo.InvariantCulture))
        {
            throw new UnreachableException("A rounded coordinate always fits in 32 bytes.");
        }
        length += written;
        int fraction = (int)(hundredths % 100);
        if (fraction != 0)
        {
            utf8[length++] = (byte)'.';
            utf8[length++] = (byte)('0' + (fraction / 10));
            if (fraction % 10 != 0)
            {
                utf8[length++] = (byte)('0' + (fraction % 10));
            }
        }
        writer.WriteRawValue(utf8[..length], skipInputValidation: true);
    }

    private static void WriteInstant(Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WritePairs(Utf8JsonWriter writer, string name, string key, string value, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        writer.WriteStartArray(name);
        foreach (KeyValuePair<string, string> pair in pairs)
        {
            writer.WriteStartObject();
            writer.WriteString(key, pair.Key);
            writer.WriteString(value, pair.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
