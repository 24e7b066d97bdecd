using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OutSmart.Domain.SampleHost.JsonLines;

/// <summary>
/// The JSON Lines conventions every line-oriented command of the sample host shares (<c>schedule expand</c>,
/// <c>contracts simulate</c>, <c>contracts sla</c>, <c>timesheets calculate</c>): one case per input line, one answer
/// line per case, in order; a derived command only reads a case and writes its answer.
/// </summary>
/// <remarks>
/// Blank lines are skipped. Every other line gets exactly one answer line. Refusals are
/// <c>{"id": ..., "error": {"code": "...", "message": "..."}}</c> with <c>"id": null</c> when no id can be read.
/// Shared codes: <c>JSON_INVALID</c> (not a JSON object, or text with a lone UTF-16 surrogate),
/// <c>LINE_TOO_LONG</c> (over <see cref="MaxLineLength"/> characters; the line is skipped unread),
/// <c>FIELD_DUPLICATE</c> (a field given twice, compared after unescaping), <c>FIELD_INVALID</c> (a field name with an
/// escaped lone surrogate) and <c>CASE_FAILED</c> (the case threw; one bad case never ends the run). No exception
/// escapes for any input; only I/O failures end the run.
/// </remarks>
internal abstract class JsonLinesCommand
{
    /// <summary>The longest line read, in characters; a longer line is answered with <c>LINE_TOO_LONG</c>.</summary>
    public const int MaxLineLength = 1 << 20;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Offsets and amounts contain '+', which the default encoder escapes as \u002B; the output is not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = 16 };

    /// <summary>Reads every line of <paramref name="input"/> and writes one answer line per case to <paramref name="output"/>.</summary>
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
                    // A fault barrier per line: one case the command cannot handle must not end the run.
                    result.ResetWrittenCount();
                    writer.Reset(result);
                    WriteError(writer, null, "CASE_FAILED", $"The case could not be handled ({exception.GetType().Name}: {exception.Message}).");
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

    /// <summary>Handles one non-blank line and writes its answer object, without the line break.</summary>
    /// <remarks>No exception escapes for any <paramref name="line"/>: whatever goes wrong becomes an error object.</remarks>
    public void WriteCase(string line, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(writer);
        if (!JsonFields.IsValidUtf16(line))
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
            if (!JsonFields.NamesAreValid(root))
            {
                WriteError(writer, null, "FIELD_INVALID", "A field name is not valid text: it holds a lone UTF-16 surrogate.");
                return;
            }
            if (JsonFields.FindDuplicate(root) is { } duplicate)
            {
                WriteError(writer, duplicate == "id" ? null : ReadId(root), "FIELD_DUPLICATE", $"The field {duplicate} appears more than once; give each field once.");
                return;
            }
            if (!TryReadId(root, out string? id))
            {
                WriteError(writer, null, "FIELD_INVALID", "id is not valid text: it holds a lone UTF-16 surrogate.");
                return;
            }
            if (Answer(root, id, writer) is { } error)
            {
                WriteError(writer, id, error.Code, error.Message);
            }
        }
    }

    /// <summary>
    /// Reads one case and writes its whole answer object (starting with <see cref="WriteId"/>), or returns why the case
    /// is refused without writing anything.
    /// </summary>
    /// <param name="root">The line: a JSON object whose field names are valid and unique.</param>
    /// <param name="id">The case id: a string, a number's JSON text, or <see langword="null"/>.</param>
    /// <param name="writer">Where the answer object goes.</param>
    /// <returns><see langword="null"/> when the answer was written; otherwise the refusal.</returns>
    protected abstract CaseError? Answer(JsonElement root, string? id, Utf8JsonWriter writer);

    /// <summary>Writes a refusal object: <c>{"id": ..., "error": {"code": ..., "message": ...}}</c>.</summary>
    protected static void WriteError(Utf8JsonWriter writer, string? id, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartObject("error");
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>id</c> property: the string, or <c>null</c>.</summary>
    protected static void WriteId(Utf8JsonWriter writer, string? id)
    {
        ArgumentNullException.ThrowIfNull(writer);
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
            JsonValueKind.String => JsonFields.TryGetText(element, out id),
            JsonValueKind.Number => (id = element.GetRawText()) is not null,
            _ => true,
        };
    }
}
