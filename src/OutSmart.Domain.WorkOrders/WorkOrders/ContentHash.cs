using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
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
/// culture, instants are ISO-8601 UTC, absent values are <c>null</c>.
/// <para>Every value reaches the hash at the precision it is stored with, so two contents that differ in any covered
/// value hash differently: coordinates (stored rounded to 0.01 unit, SIG-06) with up to two decimals; the canvas
/// sides and the pressure as the shortest text that round-trips the stored <see cref="double"/> or
/// <see cref="float"/>; times in whole milliseconds; <c>durationMs</c> in milliseconds with up to six decimals
/// (nanoseconds); instants with up to nine decimals; quantities as the stored decimal. Texts are JSON strings; a
/// text that holds a lone UTF-16 surrogate is written with every code unit escaped as <c>\uXXXX</c>, so it stays
/// distinct from any other text.</para>
/// <para>Only what SIG-09 lists is covered: the capture instant, not the device's UTC offset
/// (<see cref="Signature.CapturedOffset"/>), which is display evidence; the signer role, device, app version and GPS
/// location (<see cref="Signature.Location"/>) are not covered either.</para>
/// </remarks>
public static class ContentHash
{
    private static readonly BigInteger NanosecondsPerMillisecond = new(1_000_000);

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
            WriteText(w, "number", content.Number);
            w.WriteString("customer", content.CustomerId.ToString());
            w.WriteStartArray("hours");
            foreach (HourRegistration h in content.Hours)
            {
                w.WriteStartObject();
                w.WriteString("employee", h.EmployeeId.ToString());
                WriteText(w, "hourType", h.HourType);
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
                w.WritePropertyName("durationMs");
                WriteMilliseconds(w, h.Duration);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("materials");
            foreach (MaterialLine m in content.Materials)
            {
                w.WriteStartObject();
                WriteText(w, "article", m.ArticleCode);
                WriteText(w, "description", m.Description);
                w.WriteString("quantity", m.Quantity.ToString(CultureInfo.InvariantCulture));
                WriteText(w, "unit", m.Unit);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WritePairs(w, "answers", "field", "value", content.Answers);
            w.WriteStartArray("photos");
            foreach (string hash in content.PhotoHashes)
            {
                WriteTextValue(w, hash);
            }
            w.WriteEndArray();
            WritePairs(w, "notes", "step", "text", content.Notes);
            w.WriteStartArray("results");
            foreach (KeyValuePair<string, FormResult> result in content.Results)
            {
                w.WriteStartObject();
                WriteText(w, "step", result.Key);
                w.WriteString("result", result.Value.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartObject("signature");
            w.WriteStartObject("canvas");
            w.WritePropertyName("width");
            WriteRoundTrip(w, ink.Canvas.Width.ToString("R", CultureInfo.InvariantCulture));
            w.WritePropertyName("height");
            WriteRoundTrip(w, ink.Canvas.Height.ToString("R", CultureInfo.InvariantCulture));
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
                        WriteRoundTrip(w, pressure.ToString("R", CultureInfo.InvariantCulture));
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
                WriteText(w, "signer", signerName);
            }
            w.WriteString("capturedAt", InstantPattern.ExtendedIso.Format(capturedAt));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer;
    }

    // A finite double or float in invariant "R" format is the shortest text that round-trips it and a valid JSON number.
    private static void WriteRoundTrip(Utf8JsonWriter writer, string number) => writer.WriteRawValue(number, skipInputValidation: true);

    // Whole milliseconds as an integer (the form hashes had before), otherwise with up to six decimals: a duration is
    // stored in nanoseconds.
    private static void WriteMilliseconds(Utf8JsonWriter writer, Duration duration)
    {
        BigInteger nanoseconds = duration.ToBigIntegerNanoseconds();
        BigInteger milliseconds = BigInteger.DivRem(BigInteger.Abs(nanoseconds), NanosecondsPerMillisecond, out BigInteger fraction);
        string text = (nanoseconds.Sign < 0 ? "-" : string.Empty) + milliseconds.ToString(CultureInfo.InvariantCulture);
        if (!fraction.IsZero)
        {
            text += "." + fraction.ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0');
        }
        writer.WriteRawValue(text, skipInputValidation: true);
    }

    // Utf8JsonWriter replaces a lone surrogate with U+FFFD, so "a\uD800" and "a\uDC00" would hash alike. Such a text is
    // written with every UTF-16 code unit escaped instead, which a JSON reader turns back into exactly that text.
    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WritePropertyName(name);
        WriteTextValue(writer, text);
    }

    private static void WriteTextValue(Utf8JsonWriter writer, string text)
    {
        if (!HasLoneSurrogate(text))
        {
            writer.WriteStringValue(text);
            return;
        }
        var escaped = new StringBuilder((text.Length * 6) + 2).Append('"');
        foreach (char c in text)
        {
            escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        writer.WriteRawValue(escaped.Append('"').ToString(), skipInputValidation: true);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
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
            WriteText(writer, key, pair.Key);
            WriteText(writer, value, pair.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
