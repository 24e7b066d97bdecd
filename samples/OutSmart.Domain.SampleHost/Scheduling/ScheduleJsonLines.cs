using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;
using OneOf;
using OutSmart.Domain.SampleHost.JsonLines;
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
/// or exdate), and the codes every JSON Lines command shares (<see cref="JsonLinesCommand"/>).
/// </remarks>
internal sealed class ScheduleJsonLines : JsonLinesCommand
{
    /// <summary>The number of occurrences written when a case has no <c>max</c>.</summary>
    public const int DefaultMax = 100;

    /// <summary>The largest <c>max</c> accepted, so that one line cannot produce an endless output.</summary>
    public const int MaxMax = 100_000;

    private readonly IDateTimeZoneProvider _zones;

    public ScheduleJsonLines(IDateTimeZoneProvider zones) => _zones = zones;

    /// <inheritdoc />
    protected override CaseError? Answer(JsonElement root, string? id, Utf8JsonWriter writer)
    {
        if (Read(root).TryPickT1(out CaseError? error, out ExpandRequest? request))
        {
            return error;
        }
        WriteOccurrences(writer, id, request);
        return null;
    }

    private OneOf<ExpandRequest, CaseError> Read(JsonElement root)
    {
        if (!JsonFields.TryGetString(root, "dtstart", out string? startText, out CaseError? error))
        {
            return error;
        }
        if (!ScheduleText.TryParse(startText, out LocalDateTime start))
        {
            return new CaseError("DTSTART_INVALID", startText is null
                ? "dtstart is required: a local date-time such as 2026-01-05T08:00:00."
                : $"dtstart '{startText}' is not a valid local date-time (yyyy-MM-ddTHH:mm[:ss], hour 0-23).");
        }
        if (!JsonFields.TryGetString(root, "rrule", out string? ruleText, out error))
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
        if (!JsonFields.TryGetString(root, "zone", out string? zoneId, out error))
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
            if (item.ValueKind != JsonValueKind.String || !JsonFields.TryGetText(item, out string? text) || !ScheduleText.TryParse(text, out LocalDateTime date))
            {
                error = new CaseError("DATE_INVALID", $"{name} holds {item.GetRawText()}, which is not a valid local date-time (yyyy-MM-ddTHH:mm[:ss], hour 0-23).");
                return false;
            }
            dates.Add(date);
        }
        return true;
    }

    private sealed record ExpandRequest(RecurrenceSet Set, DateTimeZone? Zone, int Max);

}
