using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using OneOf;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.SampleHost.Scheduling;

/// <summary>
/// The JSON Lines mode of <c>schedule expand</c>: one case per input line, one result line per case, in order.
/// </summary>
/// <remarks>
/// Input: <c>{"id": "...", "dtstart": "1997-09-02T09:00:00", "rrule": "FREQ=...", "max": 60}</c> with optional
/// <c>zone</c> (IANA id), <c>rdate</c> and <c>exdate</c> (arrays of local date-times); other fields are ignored.
/// Output: <c>{"id": "...", "occurrences": [...]}</c> or <c>{"id": "...", "error": {"code": "...", "message": "..."}}</c>.
/// <c>max</c> defaults to 100 and may be 0 to 100,000. Error codes: <c>JSON_INVALID</c> (not a JSON object, or text
/// with a lone UTF-16 surrogate), <c>LINE_TOO_LONG</c> (over <see cref="MaxLineLength"/> characters; the line is
/// skipped unread), <c>FIELD_DUPLICATE</c> (a field given twice), <c>FIELD_INVALID</c> (a field of the wrong type, or a
/// string with an escaped lone surrogate), <c>DTSTART_INVALID</c> (missing or impossible, such as 30 February or
/// 24:00), the rule's own <c>RRULE_*</c> code, <c>ZONE_UNKNOWN</c>, <c>MAX_INVALID</c>, <c>DATE_INVALID</c> (an rdate
/// or exdate) and <c>CASE_FAILED</c> (the engine could not expand the case). Every non-blank line gets exactly one
/// answer line, in order; blank lines are skipped. No exception escapes for any input; only I/O failures end the run.
/// </remarks>
internal sealed class ScheduleJsonLines
{
    /// <summary>The number of occurrences written when a case has no <c>max</c>.</summary>
    public const int DefaultMax = 100;

    /// <summary>The largest <c>max</c> accepted, so that one line cannot produce an endless output.</summary>
    public const int MaxMax = 100_000;

    /// <summary>The longest line read, in characters; a longer line is answered with <c>LINE_TOO_LONG</c>.</summary>
    public const int MaxLineLength = 1 << 20;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Occurrence offsets contain '+', which the default encoder escapes as \u002B; the output is not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = 16 };

    private readonly IDateTimeZoneProvider _zones;

    public ScheduleJsonLines(IDateTimeZoneProvider zones) => _zones = zones;

    /// <summary>Reads every line of <paramref name="input"/> and writes one result line per case to <paramref name="output"/>.</summary>
    /// <returns>The number of cases handled (blank lines not counted).</returns>
    /// <exception cref="IOException">Reading or writing failed.</exception>
    public int Run(TextReader input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new BoundedLineReader(input, MaxLineLength);
        var buffered = new BufferedStream(output, 1 << 16);
        var result = new ArrayBufferWriter<byte>(1 << 12);
        using var writer = new Utf8JsonWriter(result, WriterOptions);
        int cases = 0;
        while (lines.TryReadLine(out string? line))
        {
            if (line is not null && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            result.ResetWrittenCount();
            writer.Reset(result);
            if (line is null)
            {
                WriteError(writer, null, "LINE_TOO_LONG", $"The line is longer than {MaxLineLength} characters; it was not read.");
            }
            else
            {
                try
                {
                    WriteCase(line, writer);
                }
                catch (Exception exception) when (exception is not IOException and not OutOfMemoryException)
                {
                    // A fault barrier per line: one case the engine cannot handle must not end the run.
                    result.ResetWrittenCount();
                    writer.Reset(result);
                    WriteError(writer, null, "CASE_FAILED", $"The case could not be expanded ({exception.GetType().Name}: {exception.Message}).");
                }
            }
            writer.Flush();
            buffered.Write(result.WrittenSpan);
            buffered.WriteByte((byte)'\n');
            cases++;
        }
        buffered.Flush();
        return cases;
    }

    /// <summary>Handles one non-blank line and writes its result object, without the line break.</summary>
    /// <remarks>No exception escapes for any <paramref name="line"/>: whatever goes wrong becomes an error object.</remarks>
    public void WriteCase(string line, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(writer);
        if (!IsValidUtf16(line))
        {
            WriteError(writer, null, "JSON_INVALID", "The line is not valid text: it holds a lone UTF-16 surrogate.");
            return;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, ReaderOptions);
        }
        catch (JsonException exception)
        {
            WriteError(writer, null, "JSON_INVALID", $"The line is not valid JSON: {exception.Message}");
            return;
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                WriteError(writer, null, "JSON_INVALID", "Each line must be a JSON object.");
                return;
            }
            if (!NamesAreValid(root))
            {
                WriteError(writer, null, "FIELD_INVALID", "A field name is not valid text: it holds a lone UTF-16 surrogate.");
                return;
            }
            if (FindDuplicate(root) is { } duplicate)
            {
                WriteError(writer, duplicate == "id" ? null : ReadId(root), "FIELD_DUPLICATE", $"The field {duplicate} appears more than once; give each field once.");
                return;
            }
            if (!TryReadId(root, out string? id))
            {
                WriteError(writer, null, "FIELD_INVALID", "id is not valid text: it holds a lone UTF-16 surrogate.");
                return;
            }
            Read(root).Switch(
                request => WriteOccurrences(writer, id, request),
                error => WriteError(writer, id, error.Code, error.Message));
        }
    }

    private OneOf<ExpandRequest, CaseError> Read(JsonElement root)
    {
        if (!TryGetString(root, "dtstart", out string? startText, out CaseError? error))
        {
            return error;
        }
        if (!ScheduleText.TryParse(startText, out LocalDateTime start))
        {
            return new CaseError("DTSTART_INVALID", startText is null
                ? "dtstart is required: a local date-time such as 2026-01-05T08:00:00."
                : $"dtstart '{startText}' is not a valid local date-time (yyyy-MM-ddTHH:mm[:ss], hour 0-23).");
        }
        if (!TryGetString(root, "rrule", out string? ruleText, out error))
        {
            return error;
        }
        if (RecurrenceRule.Parse(ruleText).TryPickT1(out InvalidRecurrenceRule invalid, out RecurrenceRule rule))
        {
            return new CaseError(invalid.Code, invalid.Message);
        }
        int max = DefaultMax;
        if (root.TryGetProperty("max", out JsonElement maxElement) && maxElement.ValueKind != JsonValueKind.Null)
        {
            if (maxElement.ValueKind != JsonValueKind.Number || !maxElement.TryGetInt32(out max) || max < 0 || max > MaxMax)
            {
                return new CaseError("MAX_INVALID", $"max must be a whole number from 0 to {MaxMax}, not {maxElement.GetRawText()}.");
            }
        }
        if (!TryGetString(root, "zone", out string? zoneId, out error))
        {
            return error;
        }
        DateTimeZone? zone = null;
        if (zoneId is not null && (zone = _zones.GetZoneOrNull(zoneId)) is null)
        {
            return new CaseError("ZONE_UNKNOWN", $"'{zoneId}' is not a known IANA time zone id.");
        }
        if (!TryGetDates(root, "rdate", out List<LocalDateTime> dates, out error)
            || !TryGetDates(root, "exdate", out List<LocalDateTime> exceptionDates, out error))
        {
            return error;
        }
        return new ExpandRequest(RecurrenceSet.Create(start, [rule], dates, exceptionDates), zone, max);
    }

    private static void WriteOccurrences(Utf8JsonWriter writer, string? id, ExpandRequest request)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartArray("occurrences");
        Span<char> text = stackalloc char[ScheduleText.MaxLength];
        int written = 0;
        if (request.Max > 0)
        {
            if (request.Zone is null)
            {
                foreach (LocalDateTime occurrence in request.Set.GetOccurrences())
                {
                    writer.WriteStringValue(text[..ScheduleText.Format(occurrence, null, text)]);
                    if (++written == request.Max)
                    {
                        break;
                    }
                }
            }
            else
            {
                foreach (ZonedDateTime occurrence in request.Set.InZone(request.Zone).GetOccurrences())
                {
                    writer.WriteStringValue(text[..ScheduleText.Format(occurrence.LocalDateTime, occurrence.Offset, text)]);
                    if (++written == request.Max)
                    {
                        break;
                    }
                }
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, string? id, string code, string message)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartObject("error");
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, string? id)
    {
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }
    }

    private static string? ReadId(JsonElement root) => TryReadId(root, out string? id) ? id : null;

    /// <summary>Reads the id: a string, or a number as its JSON text; anything else is no id.</summary>
    /// <returns><see langword="false"/> when the id is a string that is not valid UTF-16.</returns>
    private static bool TryReadId(JsonElement root, out string? id)
    {
        id = null;
        if (!root.TryGetProperty("id", out JsonElement element))
        {
            return true;
        }
        return element.ValueKind switch
        {
            JsonValueKind.String => TryGetText(element, out id),
            JsonValueKind.Number => (id = element.GetRawText()) is not null,
            _ => true,
        };
    }

    /// <summary>Tells whether every field name is valid UTF-16 (none holds an escaped lone surrogate).</summary>
    private static bool NamesAreValid(JsonElement root)
    {
        foreach (JsonProperty property in root.EnumerateObject())
        {
            try
            {
                _ = property.Name;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Finds the first field name that appears twice, compared after unescaping (<c>"dt\u0073tart"</c> is <c>dtstart</c>).</summary>
    private static string? FindDuplicate(JsonElement root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return property.Name;
            }
        }
        return null;
    }

    /// <summary>Reads a JSON string; <see langword="false"/> when it is not valid UTF-16 (an escaped lone surrogate).</summary>
    private static bool TryGetText(JsonElement element, out string? text)
    {
        try
        {
            text = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool IsValidUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryGetString(JsonElement root, string name, out string? value, [NotNullWhen(false)] out CaseError? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            error = new CaseError("FIELD_INVALID", $"{name} must be a string, not {element.ValueKind.ToString().ToLowerInvariant()}.");
            return false;
        }
        if (!TryGetText(element, out value))
        {
            error = new CaseError("FIELD_INVALID", $"{name} is not valid text: it holds a lone UTF-16 surrogate.");
            return false;
        }
        return true;
    }

    private static bool TryGetDates(JsonElement root, string name, out List<LocalDateTime> dates, [NotNullWhen(false)] out CaseError? error)
    {
        dates = [];
        error = null;
        if (!root.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (element.ValueKind != JsonValueKind.Array)
        {
            error = new CaseError("FIELD_INVALID", $"{name} must be an array of local date-times.");
            return false;
        }
        foreach (JsonElement item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !TryGetText(item, out string? text) || !ScheduleText.TryParse(text, out LocalDateTime date))
            {
                error = new CaseError("DATE_INVALID", $"{name} holds {item.GetRawText()}, which is not a valid local date-time (yyyy-MM-ddTHH:mm[:ss], hour 0-23).");
                return false;
            }
            dates.Add(date);
        }
        return true;
    }

    private sealed record ExpandRequest(RecurrenceSet Set, DateTimeZone? Zone, int Max);

    private sealed record CaseError(string Code, string Message);
}
