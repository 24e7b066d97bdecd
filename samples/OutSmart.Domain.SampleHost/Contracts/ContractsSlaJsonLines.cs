using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OneOf;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.SampleHost.JsonLines;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// <c>contracts sla</c>: one SLA clock per input line (working hours, holidays, creation, targets, warning threshold,
/// event log and the moment of reading), one answer line per clock with a deadline and a state per target.
/// </summary>
/// <remarks>
/// Input, all fields required except <c>events</c>: <c>id</c>, <c>zone</c> (IANA id), <c>hours</c> (<c>mo</c>…<c>su</c>,
/// each a list of <c>HH:mm-HH:mm</c>), <c>holidays</c> (<c>nl</c> or <c>none</c>), <c>created</c> and <c>now</c>
/// (ISO 8601 instants with <c>Z</c> or an offset), <c>targets</c> (one or more of <c>response</c>, <c>onSite</c>,
/// <c>resolution</c>, each <c>PT…H…M…S</c>), <c>warning</c> (0 to 1) and <c>events</c> (<c>{"kind", "at"}</c>).
/// Output: <c>{"id": ..., "response": {"deadline": ..., "state": ..., "at": ...}, ...}</c>, instants in the zone with
/// seconds and the UTC offset, <c>deadline</c> <c>null</c> while unknown. Refusals: <c>FIELD_REQUIRED</c>,
/// <c>FIELD_INVALID</c> (wrong JSON kind), <c>FIELD_UNKNOWN</c> (a field the format does not have),
/// <c>ZONE_UNKNOWN</c>, <c>HOURS_INVALID</c>, <c>HOLIDAYS_INVALID</c>, <c>INSTANT_INVALID</c>, <c>TARGET_INVALID</c>,
/// <c>WARNING_INVALID</c>, <c>EVENT_INVALID</c>, the event-log codes of <see cref="SlaEventLogInvalid"/> (<c>SLA_*</c>),
/// <c>SCHEDULING_WORKING_TIME_NOT_FOUND</c> (a deadline beyond a year without working time), and the codes every
/// JSON Lines command shares (<see cref="JsonLinesCommand"/>).
/// </remarks>
internal sealed class ContractsSlaJsonLines : JsonLinesCommand
{
    /// <summary>The largest target accepted, so that one line cannot search the calendar for centuries.</summary>
    public static readonly Duration MaxTarget = Duration.FromHours(100_000);

    private static readonly string[] Fields = ["id", "zone", "hours", "holidays", "created", "targets", "warning", "events", "now"];
    private static readonly string[] Days = ["mo", "tu", "we", "th", "fr", "sa", "su"];
    private static readonly string[] TargetNames = ["response", "onSite", "resolution"];
    private static readonly string[] EventNames = ["paused", "resumed", "responded", "onSite", "resolved"];

    private static readonly OffsetDateTimePattern[] InstantPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly OffsetDateTimePattern Output =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    /// <summary>The help text of <c>contracts sla</c>: the JSON Lines format in full.</summary>
    internal static readonly string Description = string.Join(Environment.NewLine,
        "Reads SLA clocks as JSON Lines on standard input and writes each clock's deadlines and states, one line per line.",
        "",
        "  Input:  {\"id\": \"s1\", \"zone\": \"Europe/Amsterdam\", \"hours\": {\"mo\": [\"08:00-12:00\", \"13:00-17:00\"], ..., \"su\": []},",
        "           \"holidays\": \"nl\", \"created\": \"2026-03-27T15:30:00Z\",",
        "           \"targets\": {\"response\": \"PT4H\", \"onSite\": \"PT8H\", \"resolution\": \"PT16H\"}, \"warning\": 0.75,",
        "           \"events\": [{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}, ...], \"now\": \"2026-03-31T12:00:00Z\"}",
        "          hours: mo..su, local HH:mm-HH:mm (24:00 may end one), not overlapping; holidays: nl or none;",
        "          targets: one or more business-time durations PT..H..M..S; warning: 0 to 1; events (optional): kinds",
        "          paused, resumed, responded, onSite, resolved, in time order, between created and now.",
        "  Output: {\"id\": \"s1\", \"response\": {\"deadline\": \"2026-03-30T14:30:00+02:00\", \"state\": \"met\", \"at\": \"...\"}, ...}",
        "          state: met, breached, paused (deadline null), at-risk or on-track; at only when the event happened.",
        "  Error:  {\"id\": \"s1\", \"error\": {\"code\": \"HOURS_INVALID\", \"message\": \"...\"}} (id null when unreadable)",
        "          codes: JSON_INVALID, LINE_TOO_LONG, FIELD_DUPLICATE, FIELD_INVALID, FIELD_REQUIRED, FIELD_UNKNOWN,",
        "          ZONE_UNKNOWN, HOURS_INVALID, HOLIDAYS_INVALID, INSTANT_INVALID, TARGET_INVALID, WARNING_INVALID,",
        "          EVENT_INVALID, SLA_* (the event log), SCHEDULING_WORKING_TIME_NOT_FOUND, CASE_FAILED.",
        "  A refused line does not stop the run: the exit code is 0 unless reading or writing fails (then 1).");

    private readonly IDateTimeZoneProvider _zones;

    public ContractsSlaJsonLines(IDateTimeZoneProvider zones) => _zones = zones;

    /// <summary>Creates the <c>sla</c> subcommand of <c>contracts</c>: JSON Lines from standard input to standard output.</summary>
    public static Command CreateCommand()
    {
        var sla = new Command("sla", Description);
        sla.SetAction(parseResult => ContractsSample.RunJsonLines(
            new ContractsSlaJsonLines(DateTimeZoneProviders.Tzdb),
            "contracts sla",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return sla;
    }

    /// <inheritdoc />
    protected override CaseError? Answer(JsonElement root, string? id, Utf8JsonWriter writer)
    {
        if (Read(root).TryPickT1(out CaseError? error, out SlaCase? request))
        {
            return error;
        }
        OneOf<SlaReading, SlaEventLogInvalid, WorkingTimeNotFound> result = request.Clock.Read(request.Log, request.Now);
        if (result.TryPickT1(out SlaEventLogInvalid invalid, out _))
        {
            return new CaseError(invalid.Code, invalid.Message);
        }
        if (result.TryPickT2(out WorkingTimeNotFound notFound, out _))
        {
            return new CaseError(notFound.Code, notFound.Message);
        }
        SlaReading reading = result.AsT0;
        DateTimeZone zone = request.Clock.Hours.Zone;
        writer.WriteStartObject();
        WriteId(writer, id);
        foreach (SlaTargetReading target in reading.Targets)
        {
            writer.WriteStartObject(TargetNames[(int)target.Kind - 1]);
            if (target.Deadline is { } deadline)
            {
                writer.WriteString("deadline", Format(deadline, zone));
            }
            else
            {
                writer.WriteNull("deadline");
            }
            writer.WriteString("state", StateName(target.State));
            if (target.At is { } at)
            {
                writer.WriteString("at", Format(at, zone));
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        return null;
    }

    private static string Format(Instant instant, DateTimeZone zone) => Output.Format(instant.InZone(zone).ToOffsetDateTime());

    private static string StateName(SlaState state) => state switch
    {
        SlaState.OnTrack => "on-track",
        SlaState.AtRisk => "at-risk",
        SlaState.Paused => "paused",
        SlaState.Met => "met",
        _ => "breached",
    };

    private OneOf<SlaCase, CaseError> Read(JsonElement root)
    {
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (Array.IndexOf(Fields, property.Name) < 0)
            {
                return new CaseError("FIELD_UNKNOWN", $"{property.Name} is not a field of contracts sla; the fields are {string.Join(", ", Fields)}.");
            }
        }
        if (!JsonFields.TryGetRequiredString(root, "zone", out string? zoneId, out CaseError? error))
        {
            return error;
        }
        if (_zones.GetZoneOrNull(zoneId) is not { } zone)
        {
            return new CaseError("ZONE_UNKNOWN", $"'{zoneId}' is not a known IANA time zone id.");
        }
        if (!TryGetRequired(root, "hours", JsonValueKind.Object, out JsonElement hoursElement, out error)
            || !TryReadHours(hoursElement, out WeeklyWorkingHours? hours, out error))
        {
            return error;
        }
        if (!JsonFields.TryGetRequiredString(root, "holidays", out string? holidaysName, out error))
        {
            return error;
        }
        IHolidayCalendar? holidays = holidaysName switch
        {
            "nl" => DutchHolidayCalendar.Standard,
            "none" => CustomHolidayCalendar.Empty,
            _ => null,
        };
        if (holidays is null)
        {
            return new CaseError("HOLIDAYS_INVALID", $"holidays must be nl or none, not '{holidaysName}'.");
        }
        if (!TryGetInstant(root, "created", out Instant created, out error))
        {
            return error;
        }
        if (!TryGetRequired(root, "targets", JsonValueKind.Object, out JsonElement targetsElement, out error)
            || !TryReadTargets(targetsElement, out Duration?[] targets, out error))
        {
            return error;
        }
        if (!TryGetRequired(root, "warning", JsonValueKind.Number, out JsonElement warningElement, out error))
        {
            return error;
        }
        if (!warningElement.TryGetDecimal(out decimal warning) || warning is < 0m or > 1m)
        {
            return new CaseError("WARNING_INVALID", $"warning must be a number from 0 to 1 inclusive, not {warningElement.GetRawText()}.");
        }
        if (!TryReadEvents(root, out List<SlaEvent> events, out error))
        {
            return error;
        }
        if (!TryGetInstant(root, "now", out Instant now, out error))
        {
            return error;
        }
        if (SlaEventLog.Create(created, events).TryPickT1(out SlaEventLogInvalid invalid, out SlaEventLog? log))
        {
            return new CaseError(invalid.Code, invalid.Message);
        }
        if (SlaTargets.Create(warning, targets[0], targets[1], targets[2]).TryPickT1(out SlaTargetsInvalid refused, out SlaTargets? slaTargets))
        {
            return new CaseError("TARGET_INVALID", refused.Message);
        }
        return new SlaCase(SlaClock.Create(BusinessHours.Create(hours, holidays, zone), slaTargets), log, now);
    }

    private static bool TryGetRequired(JsonElement root, string name, JsonValueKind kind, out JsonElement element, [NotNullWhen(false)] out CaseError? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out element) || element.ValueKind == JsonValueKind.Null)
        {
            error = new CaseError("FIELD_REQUIRED", $"{name} is required.");
            return false;
        }
        if (element.ValueKind != kind)
        {
            error = new CaseError("FIELD_INVALID", $"{name} must be {KindName(kind)}, not {KindName(element.ValueKind)}.");
            return false;
        }
        return true;
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static bool TryReadHours(JsonElement element, [NotNullWhen(true)] out WeeklyWorkingHours? hours, [NotNullWhen(false)] out CaseError? error)
    {
        hours = WeeklyWorkingHours.None;
        error = null;
        foreach (JsonProperty day in element.EnumerateObject())
        {
            int index = Array.IndexOf(Days, day.Name);
            if (index < 0)
            {
                error = new CaseError("HOURS_INVALID", $"hours has no day '{day.Name}'; the days are mo, tu, we, th, fr, sa and su.");
                return false;
            }
            if (day.Value.ValueKind != JsonValueKind.Array)
            {
                error = new CaseError("HOURS_INVALID", $"hours.{day.Name} must be a list of intervals such as \"08:00-17:00\".");
                return false;
            }
            var intervals = new List<(int Start, int End)>();
            foreach (JsonElement item in day.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !JsonFields.TryGetText(item, out string? text) || !TryParseInterval(text, out (int Start, int End) interval))
                {
                    error = new CaseError("HOURS_INVALID", $"hours.{day.Name} holds {item.GetRawText()}, which is not an interval HH:mm-HH:mm that starts before it ends (24:00 may end it).");
                    return false;
                }
                intervals.Add(interval);
            }
            intervals.Sort();
            for (int i = 1; i < intervals.Count; i++)
            {
                if (intervals[i].Start < intervals[i - 1].End)
                {
                    error = new CaseError("HOURS_INVALID", $"hours.{day.Name} has overlapping intervals; the intervals of one day must not overlap.");
                    return false;
                }
            }
            hours = hours.WithDay((IsoDayOfWeek)(index + 1), intervals.Select(ToInterval));
        }
        return true;
    }

    private static WorkingInterval ToInterval((int Start, int End) minutes) =>
        WorkingInterval.Between(LocalTime.FromMinutesSinceMidnight(minutes.Start), minutes.End == 24 * 60 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(minutes.End));

    /// <summary>Reads <c>HH:mm-HH:mm</c> as minutes since midnight; the end may be 24:00 and must be after the start.</summary>
    private static bool TryParseInterval(string? text, out (int Start, int End) interval)
    {
        interval = default;
        if (text is not { Length: 11 } || text[5] != '-'
            || !TryParseTime(text.AsSpan(0, 5), out int start) || !TryParseTime(text.AsSpan(6, 5), out int end)
            || start >= 24 * 60 || end <= start)
        {
            return false;
        }
        interval = (start, end);
        return true;
    }

    private static bool TryParseTime(ReadOnlySpan<char> text, out int minutes)
    {
        minutes = 0;
        if (text[2] != ':' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return false;
        }
        int hour = ((text[0] - '0') * 10) + (text[1] - '0');
        int minute = ((text[3] - '0') * 10) + (text[4] - '0');
        if (minute > 59 || hour > 24 || (hour == 24 && minute != 0))
        {
            return false;
        }
        minutes = (hour * 60) + minute;
        return true;
    }

    private static bool TryGetInstant(JsonElement root, string name, out Instant instant, [NotNullWhen(false)] out CaseError? error)
    {
        instant = default;
        if (!JsonFields.TryGetRequiredString(root, name, out string? text, out error))
        {
            return false;
        }
        if (!TryParseInstant(text, out instant))
        {
            error = new CaseError("INSTANT_INVALID", $"{name} '{text}' is not an ISO 8601 instant with Z or an offset, such as 2026-03-27T15:30:00Z.");
            return false;
        }
        return true;
    }

    private static bool TryParseInstant(string text, out Instant instant)
    {
        instant = default;
        if (text.Length > 12 && text[11] == '2' && text[12] == '4')
        {
            // NodaTime reads hour 24 as the start of the next day; an instant's 24:00 is not ISO 8601 here.
            return false;
        }
        foreach (OffsetDateTimePattern pattern in InstantPatterns)
        {
            ParseResult<OffsetDateTime> result = pattern.Parse(text);
            if (result.Success)
            {
                instant = result.Value.ToInstant();
                return true;
            }
        }
        return false;
    }

    private static bool TryReadTargets(JsonElement element, out Duration?[] targets, [NotNullWhen(false)] out CaseError? error)
    {
        targets = new Duration?[3];
        error = null;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            int index = Array.IndexOf(TargetNames, property.Name);
            if (index < 0)
            {
                error = new CaseError("TARGET_INVALID", $"targets has no target '{property.Name}'; the targets are response, onSite and resolution.");
                return false;
            }
            if (property.Value.ValueKind != JsonValueKind.String || !JsonFields.TryGetText(property.Value, out string? text)
                || !TryParseDuration(text, out Duration duration) || duration <= Duration.Zero || duration > MaxTarget)
            {
                error = new CaseError("TARGET_INVALID", $"targets.{property.Name} is {property.Value.GetRawText()}, not a positive duration such as PT4H, PT90M or PT1H30M (at most PT{MaxTarget.TotalHours}H).");
                return false;
            }
            targets[index] = duration;
        }
        if (targets.All(t => t is null))
        {
            error = new CaseError("TARGET_INVALID", "targets must hold at least one of response, onSite and resolution.");
            return false;
        }
        return true;
    }

    /// <summary>Reads <c>PT[nH][nM][n[.f]S]</c> with at least one part; larger numbers than a target can hold fail.</summary>
    internal static bool TryParseDuration(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        if (text is null || !text.StartsWith("PT", StringComparison.Ordinal) || text.Length == 2)
        {
            return false;
        }
        int position = 2;
        int order = 0;
        while (position < text.Length)
        {
            int start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
            int integerEnd = position;
            if (position < text.Length && text[position] == '.')
            {
                position++;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }
                if (position == integerEnd + 1)
                {
                    return false;
                }
            }
            if (position == start || integerEnd == start || position >= text.Length || position - start > 18)
            {
                return false;
            }
            char unit = text[position];
            int unitOrder = unit switch { 'H' => 1, 'M' => 2, 'S' => 3, _ => 0 };
            bool fraction = position > integerEnd;
            if (unitOrder <= order || (fraction && unit != 'S'))
            {
                return false;
            }
            order = unitOrder;
            decimal value = decimal.Parse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            decimal seconds = value * (unit switch { 'H' => 3600m, 'M' => 60m, _ => 1m });
            if (seconds > 1_000_000_000m)
            {
                return false;
            }
            duration += Duration.FromNanoseconds((long)decimal.Round(seconds * 1_000_000_000m));
            position++;
        }
        return true;
    }

    private static bool TryReadEvents(JsonElement root, out List<SlaEvent> events, [NotNullWhen(false)] out CaseError? error)
    {
        events = [];
        error = null;
        if (!root.TryGetProperty("events", out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (element.ValueKind != JsonValueKind.Array)
        {
            error = new CaseError("FIELD_INVALID", $"events must be an array, not {KindName(element.ValueKind)}.");
            return false;
        }
        int index = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = new CaseError("EVENT_INVALID", $"Event {index} must be an object such as {{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}}.");
                return false;
            }
            foreach (JsonProperty property in item.EnumerateObject())
            {
                if (property.Name is not ("kind" or "at"))
                {
                    error = new CaseError("EVENT_INVALID", $"Event {index} has the field {property.Name}; an event has only kind and at.");
                    return false;
                }
            }
            if (!item.TryGetProperty("kind", out JsonElement kindElement) || kindElement.ValueKind != JsonValueKind.String
                || !JsonFields.TryGetText(kindElement, out string? kindText) || Array.IndexOf(EventNames, kindText) is not (>= 0 and var kind))
            {
                error = new CaseError("EVENT_INVALID", $"Event {index} needs a kind: paused, resumed, responded, onSite or resolved.");
                return false;
            }
            if (!item.TryGetProperty("at", out JsonElement atElement) || atElement.ValueKind != JsonValueKind.String
                || !JsonFields.TryGetText(atElement, out string? atText) || atText is null || !TryParseInstant(atText, out Instant at))
            {
                error = new CaseError("EVENT_INVALID", $"Event {index} needs at: an ISO 8601 instant with Z or an offset.");
                return false;
            }
            events.Add(new SlaEvent((SlaEventKind)(kind + 1), at));
        }
        return true;
    }

    private sealed record SlaCase(SlaClock Clock, SlaEventLog Log, Instant Now);
}
