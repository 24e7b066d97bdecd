using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using OutSmart.Domain.SampleHost.JsonLines;
using OutSmart.Domain.SampleHost.Scheduling;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.SampleHost.Timesheets;

/// <summary>
/// <c>timesheets calculate</c>: one employee's work entries per input line, priced and totalled with the rules on the
/// same line; one answer line per case, in order (issue 9, "timesheets calculate").
/// </summary>
/// <remarks>
/// <para>Input: <c>{"id", "zone", "holidays": "nl"|"none", "rate", "windows": [{"name", "days": ["mo", ...] or
/// "holidays": true, "from", "to", "multiplier"}], "expected": {"mo": "8:00", ...}, "overtime": {"mode",
/// "toleranceMinutes"}, "entries": [{"start", "end"}]}</c>. Every field is required except a window's <c>from</c> and
/// <c>to</c> (both or neither); <c>windows</c> may be empty.</para>
/// <para>Output: <c>{"id", "lines", "days", "weeks", "totalAmount"}</c>, priced by <see cref="TimesheetCalculator"/>.</para>
/// <para>Refusals: <c>FIELD_REQUIRED</c>, <c>FIELD_INVALID</c> (a field of the wrong kind or form), <c>ZONE_UNKNOWN</c>,
/// the rate window rules' own codes (<c>RATE_WINDOW_*</c>, <c>MULTIPLIER_INVALID</c>), then the entry rules in entry
/// order: <c>TS_END_BEFORE_START</c>, <c>TS_ZERO_DURATION</c>, <c>TS_ENTRY_TOO_LONG</c> (over
/// <see cref="MaxEntryMinutes"/> real minutes), and finally <c>TS_OVERLAP</c>; the rules compare resolved instants.
/// Plus the codes every JSON Lines command shares (<see cref="JsonLinesCommand"/>).</para>
/// </remarks>
internal sealed class TimesheetsCalculateJsonLines : JsonLinesCommand
{
    /// <summary>The longest entry accepted, in real minutes.</summary>
    public const int MaxEntryMinutes = 720;

    private static readonly LocalDateTimePattern EntryPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private static readonly string[] DayCodes = ["mo", "tu", "we", "th", "fr", "sa", "su"];

    private readonly IDateTimeZoneProvider _zones;

    public TimesheetsCalculateJsonLines(IDateTimeZoneProvider zones) => _zones = zones;

    /// <inheritdoc />
    protected override CaseError? Answer(JsonElement root, string? id, Utf8JsonWriter writer)
    {
        if (!TryRead(root, out Request? request, out CaseError? error))
        {
            return error;
        }
        TimesheetCalculation calculation = request.Calculator.Calculate(request.Entries);
        Write(writer, id, request, calculation);
        return null;
    }

    private bool TryRead(JsonElement root, [NotNullWhen(true)] out Request? request, [NotNullWhen(false)] out CaseError? error)
    {
        request = null;
        if (!JsonFields.TryGetRequiredString(root, "zone", out string? zoneId, out error))
        {
            return false;
        }
        if (_zones.GetZoneOrNull(zoneId) is not { } zone)
        {
            error = new CaseError("ZONE_UNKNOWN", $"'{zoneId}' is not a known IANA time zone id.");
            return false;
        }
        if (!JsonFields.TryGetRequiredString(root, "holidays", out string? holidaysText, out error))
        {
            return false;
        }
        IHolidayCalendar? holidays = holidaysText switch
        {
            "nl" => DutchHolidayCalendar.Standard,
            "none" => CustomHolidayCalendar.Empty,
            _ => null,
        };
        if (holidays is null)
        {
            error = Invalid($"holidays must be \"nl\" or \"none\", not \"{holidaysText}\".");
            return false;
        }
        if (!JsonFields.TryGetRequiredString(root, "rate", out string? rateText, out error))
        {
            return false;
        }
        if (!TryParseDecimal(rateText, out decimal rate))
        {
            error = Invalid($"rate must be a decimal string such as \"60.00\", not \"{rateText}\".");
            return false;
        }
        if (!TryReadWindows(root, out List<RateWindow>? windows, out List<string>? multiplierTexts, out error)
            || !TryReadExpected(root, out WeeklyHours? expected, out error)
            || !TryReadOvertime(root, out OvertimePolicy? overtime, out error)
            || !TryReadEntries(root, zone, out (Instant Start, Instant End)[]? entries, out error))
        {
            return false;
        }
        if (CheckEntries(entries) is { } refused)
        {
            error = refused;
            return false;
        }
        var intervals = new Interval[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            intervals[i] = new Interval(entries[i].Start, entries[i].End);
        }
        RateCard card = RateCard.Create(Money.FromEuros(rate), windows, holidays).AsT0;
        var calculator = new TimesheetCalculator(zone, card, EmployeeAvailability.Create(expected, holidays), overtime);
        request = new Request(calculator, intervals, [.. multiplierTexts]);
        return true;
    }

    private static bool TryReadWindows(JsonElement root, [NotNullWhen(true)] out List<RateWindow>? windows, [NotNullWhen(true)] out List<string>? multipliers, [NotNullWhen(false)] out CaseError? error)
    {
        windows = null;
        multipliers = null;
        if (!TryGetRequired(root, "windows", JsonValueKind.Array, out JsonElement array, out error))
        {
            return false;
        }
        windows = [];
        multipliers = [];
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (!TryReadWindow(item, index, out RateWindow? window, out string? multiplierText, out error))
            {
                windows = null;
                multipliers = null;
                return false;
            }
            windows.Add(window);
            multipliers.Add(multiplierText);
            index++;
        }
        return true;
    }

    private static bool TryReadWindow(JsonElement item, int index, [NotNullWhen(true)] out RateWindow? window, [NotNullWhen(true)] out string? multiplierText, [NotNullWhen(false)] out CaseError? error)
    {
        window = null;
        multiplierText = null;
        string where = $"windows[{index}]";
        if (item.ValueKind != JsonValueKind.Object)
        {
            error = Invalid($"{where} must be an object.");
            return false;
        }
        if (!JsonFields.TryGetRequiredString(item, "name", out string? name, out error)
            || !JsonFields.TryGetRequiredString(item, "multiplier", out multiplierText, out error))
        {
            error = error with { Message = $"{where}: {error.Message}" };
            return false;
        }
        if (!TryParseDecimal(multiplierText, out decimal multiplier))
        {
            error = Invalid($"{where}.multiplier must be a decimal string such as \"1.25\", not \"{multiplierText}\".");
            return false;
        }
        bool hasDays = item.TryGetProperty("days", out JsonElement days) && days.ValueKind != JsonValueKind.Null;
        bool hasHolidays = item.TryGetProperty("holidays", out JsonElement holidays) && holidays.ValueKind != JsonValueKind.Null;
        if (hasDays == hasHolidays)
        {
            error = Invalid($"{where} needs either days or \"holidays\": true, not {(hasDays ? "both" : "neither")}.");
            return false;
        }
        RateWindow created;
        if (hasHolidays)
        {
            if (holidays.ValueKind != JsonValueKind.True)
            {
                error = Invalid($"{where}.holidays must be true.");
                return false;
            }
            if (RateWindow.OnHolidays(name, multiplier).TryPickT0(out created, out var refused) is false)
            {
                error = refused.Match(e => new CaseError(e.Code, e.Message), e => new CaseError(e.Code, e.Message));
                return false;
            }
        }
        else
        {
            if (!TryReadDays(days, where, out List<IsoDayOfWeek>? weekdays, out error))
            {
                return false;
            }
            if (RateWindow.OnWeekdays(name, weekdays, multiplier).TryPickT0(out created, out var refused) is false)
            {
                error = refused.Match(e => new CaseError(e.Code, e.Message), e => new CaseError(e.Code, e.Message), e => new CaseError(e.Code, e.Message));
                return false;
            }
        }
        if (!JsonFields.TryGetString(item, "from", out string? fromText, out error) || !JsonFields.TryGetString(item, "to", out string? toText, out error))
        {
            return false;
        }
        if ((fromText is null) != (toText is null))
        {
            error = Invalid($"{where} needs both from and to, or neither.");
            return false;
        }
        if (fromText is not null && toText is not null)
        {
            if (!TryParseClock(fromText, allow24: false, out LocalTime from) || !TryParseClock(toText, allow24: true, out LocalTime to))
            {
                error = Invalid($"{where}.from and .to must be HH:mm (to may be 24:00), not \"{fromText}\" and \"{toText}\".");
                return false;
            }
            if (created.WithHours(from, to).TryPickT1(out RateWindowHoursInvalid hoursInvalid, out created))
            {
                error = new CaseError(hoursInvalid.Code, hoursInvalid.Message);
                return false;
            }
        }
        window = created;
        error = null;
        return true;
    }

    private static bool TryReadDays(JsonElement days, string where, [NotNullWhen(true)] out List<IsoDayOfWeek>? weekdays, [NotNullWhen(false)] out CaseError? error)
    {
        weekdays = null;
        if (days.ValueKind != JsonValueKind.Array)
        {
            error = Invalid($"{where}.days must be an array of weekday codes (mo … su).");
            return false;
        }
        weekdays = [];
        foreach (JsonElement day in days.EnumerateArray())
        {
            int index = day.ValueKind == JsonValueKind.String && JsonFields.TryGetText(day, out string? code) ? Array.IndexOf(DayCodes, code) : -1;
            if (index < 0)
            {
                weekdays = null;
                error = Invalid($"{where}.days holds {day.GetRawText()}, which is not a weekday code (mo, tu, we, th, fr, sa, su).");
                return false;
            }
            weekdays.Add((IsoDayOfWeek)(index + 1));
        }
        error = null;
        return true;
    }

    private static bool TryReadExpected(JsonElement root, [NotNullWhen(true)] out WeeklyHours? hours, [NotNullWhen(false)] out CaseError? error)
    {
        hours = null;
        if (!TryGetRequired(root, "expected", JsonValueKind.Object, out JsonElement expected, out error))
        {
            return false;
        }
        foreach (JsonProperty property in expected.EnumerateObject())
        {
            if (Array.IndexOf(DayCodes, property.Name) < 0)
            {
                error = Invalid($"expected holds \"{property.Name}\", which is not a weekday code (mo, tu, we, th, fr, sa, su).");
                return false;
            }
        }
        WeeklyHours week = WeeklyHours.None;
        for (int day = 0; day < DayCodes.Length; day++)
        {
            if (!JsonFields.TryGetRequiredString(expected, DayCodes[day], out string? text, out error))
            {
                error = error with { Message = $"expected.{error.Message}" };
                return false;
            }
            if (!TryParseHours(text, out Duration duration))
            {
                error = Invalid($"expected.{DayCodes[day]} must be h:mm from 0:00 to 24:00, not \"{text}\".");
                return false;
            }
            week = week.WithDay((IsoDayOfWeek)(day + 1), duration);
        }
        hours = week;
        return true;
    }

    private static bool TryReadOvertime(JsonElement root, [NotNullWhen(true)] out OvertimePolicy? policy, [NotNullWhen(false)] out CaseError? error)
    {
        policy = null;
        if (!TryGetRequired(root, "overtime", JsonValueKind.Object, out JsonElement overtime, out error)
            || !JsonFields.TryGetRequiredString(overtime, "mode", out string? mode, out error))
        {
            return false;
        }
        OvertimePolicy? basis = mode switch
        {
            "daily" => OvertimePolicy.Daily,
            "weekly" => OvertimePolicy.Weekly,
            "daily-then-weekly" => OvertimePolicy.DailyThenWeekly,
            _ => null,
        };
        if (basis is null)
        {
            error = Invalid($"overtime.mode must be daily, weekly or daily-then-weekly, not \"{mode}\".");
            return false;
        }
        if (!TryGetRequired(overtime, "toleranceMinutes", JsonValueKind.Number, out JsonElement tolerance, out error))
        {
            return false;
        }
        if (!tolerance.TryGetInt32(out int minutes) || minutes < 0)
        {
            error = Invalid($"overtime.toleranceMinutes must be a whole number from 0 to {int.MaxValue}, not {tolerance.GetRawText()}.");
            return false;
        }
        policy = basis.WithTolerance(Duration.FromMinutes(minutes));
        return true;
    }

    private static bool TryReadEntries(JsonElement root, DateTimeZone zone, [NotNullWhen(true)] out (Instant Start, Instant End)[]? entries, [NotNullWhen(false)] out CaseError? error)
    {
        entries = null;
        if (!TryGetRequired(root, "entries", JsonValueKind.Array, out JsonElement array, out error))
        {
            return false;
        }
        var list = new (Instant Start, Instant End)[array.GetArrayLength()];
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                error = Invalid($"entries[{index}] must be an object with start and end.");
                return false;
            }
            if (!TryReadMoment(item, "start", index, zone, out Instant start, out error) || !TryReadMoment(item, "end", index, zone, out Instant end, out error))
            {
                return false;
            }
            list[index++] = (start, end);
        }
        entries = list;
        return true;
    }

    private static bool TryReadMoment(JsonElement item, string name, int index, DateTimeZone zone, out Instant instant, [NotNullWhen(false)] out CaseError? error)
    {
        instant = default;
        if (!JsonFields.TryGetRequiredString(item, name, out string? text, out error))
        {
            error = error with { Message = $"entries[{index}].{error.Message}" };
            return false;
        }
        // Exactly yyyy-MM-ddTHH:mm; NodaTime would read hour 24 as the next day's midnight, which an entry never means.
        bool wellFormed = text.Length == 16 && !text.AsSpan(11, 2).SequenceEqual("24");
        ParseResult<LocalDateTime>? parsed = wellFormed ? EntryPattern.Parse(text) : null;
        if (parsed is null || !parsed.Success || parsed.Value.Year < 1)
        {
            error = Invalid($"entries[{index}].{name} must be a local date-time yyyy-MM-ddTHH:mm, not \"{text}\".");
            return false;
        }
        instant = zone.ResolveLocal(parsed.Value, Resolvers.LenientResolver).ToInstant();
        if (instant > TimesheetCalculator.LatestEnd)
        {
            error = Invalid($"entries[{index}].{name} is too close to the end of the calendar: the ISO week of every entry must end by 9999-12-31.");
            return false;
        }
        return true;
    }

    /// <summary>The entry rules on resolved instants, each entry in order, then overlap; the first found is the refusal.</summary>
    private static CaseError? CheckEntries(ReadOnlySpan<(Instant Start, Instant End)> entries)
    {
        Duration longest = Duration.FromMinutes(MaxEntryMinutes);
        for (int i = 0; i < entries.Length; i++)
        {
            (Instant start, Instant end) = entries[i];
            if (end < start)
            {
                return new CaseError("TS_END_BEFORE_START", $"Entry {i} ends before it starts.");
            }
            if (end == start)
            {
                return new CaseError("TS_ZERO_DURATION", $"Entry {i} ends when it starts.");
            }
            if (end - start > longest)
            {
                return new CaseError("TS_ENTRY_TOO_LONG", $"Entry {i} lasts {(long)(end - start).TotalMinutes} minutes; an entry may last at most {MaxEntryMinutes}.");
            }
        }
        var order = new int[entries.Length];
        var starts = new Instant[entries.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
            starts[i] = entries[i].Start;
        }
        Array.Sort(starts, order);
        // Sorted by start, half-open: an entry overlaps an earlier one exactly when it starts before the latest end so far.
        Instant latestEnd = Instant.MinValue;
        int latestEntry = -1;
        foreach (int i in order)
        {
            if (entries[i].Start < latestEnd)
            {
                return new CaseError("TS_OVERLAP", $"Entries {Math.Min(latestEntry, i)} and {Math.Max(latestEntry, i)} overlap.");
            }
            if (entries[i].End > latestEnd)
            {
                latestEnd = entries[i].End;
                latestEntry = i;
            }
        }
        return null;
    }

    private static void Write(Utf8JsonWriter writer, string? id, Request request, TimesheetCalculation calculation)
    {
        DateTimeZone zone = request.Calculator.Zone;
        Span<char> text = stackalloc char[ScheduleText.MaxLength];
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartArray("lines");
        foreach (PricedLine line in calculation.Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("entry", line.Entry);
            ZonedDateTime from = line.Start.InZone(zone);
            ZonedDateTime to = line.End.InZone(zone);
            writer.WriteString("from", text[..ScheduleText.Format(from.LocalDateTime, from.Offset, text)]);
            writer.WriteString("to", text[..ScheduleText.Format(to.LocalDateTime, to.Offset, text)]);
            int window = IndexOf(request.Calculator.Rates.Windows, line.Window);
            if (window < 0)
            {
                writer.WriteNull("window");
                writer.WriteString("multiplier", "1");
            }
            else
            {
                writer.WriteString("window", line.Window!.Name);
                writer.WriteString("multiplier", request.MultiplierTexts[window]);
            }
            writer.WriteNumber("minutes", line.Minutes);
            writer.WriteString("amount", Amount(line.Amount));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("days");
        foreach (DayTotal day in calculation.Days)
        {
            writer.WriteStartObject();
            writer.WriteString("date", day.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("workedMinutes", Minutes(day.Worked));
            writer.WriteNumber("expectedMinutes", Minutes(day.Expected));
            writer.WriteNumber("overtimeMinutes", Minutes(day.Overtime));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("weeks");
        foreach (WeekTotal week in calculation.Weeks)
        {
            writer.WriteStartObject();
            writer.WriteString("week", week.ToString());
            writer.WriteNumber("workedMinutes", Minutes(week.Worked));
            writer.WriteNumber("expectedMinutes", Minutes(week.Expected));
            writer.WriteNumber("overtimeMinutes", Minutes(week.Overtime));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteString("totalAmount", Amount(calculation.TotalAmount));
        writer.WriteEndObject();
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<RateWindow> windows, RateWindow? window)
    {
        for (int i = 0; window is not null && i < windows.Length; i++)
        {
            if (ReferenceEquals(windows[i], window))
            {
                return i;
            }
        }
        return -1;
    }

    private static long Minutes(Duration duration) => duration.BclCompatibleTicks / NodaConstants.TicksPerMinute;

    private static string Amount(Money money) => money.RoundToCents().Amount.ToString("F2", CultureInfo.InvariantCulture);

    private static CaseError Invalid(string message) => new("FIELD_INVALID", message);

    private static bool TryGetRequired(JsonElement parent, string name, JsonValueKind kind, out JsonElement element, [NotNullWhen(false)] out CaseError? error)
    {
        error = null;
        if (!parent.TryGetProperty(name, out element) || element.ValueKind == JsonValueKind.Null)
        {
            error = new CaseError("FIELD_REQUIRED", $"{name} is required.");
            return false;
        }
        if (element.ValueKind != kind)
        {
            error = Invalid($"{name} must be {(kind == JsonValueKind.Array ? "an array" : kind == JsonValueKind.Object ? "an object" : "a number")}, not {element.ValueKind.ToString().ToLowerInvariant()}.");
            return false;
        }
        return true;
    }

    /// <summary>Parses digits, optionally a point and more digits; nothing else (no sign, exponent or spaces).</summary>
    private static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0;
        int point = text.IndexOf('.', StringComparison.Ordinal);
        string whole = point < 0 ? text : text[..point];
        string fraction = point < 0 ? "1" : text[(point + 1)..];
        if (whole.Length == 0 || fraction.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses <c>HH:mm</c> (two-digit hour 00–23, or 24:00 when allowed, which becomes midnight as a window's end).</summary>
    private static bool TryParseClock(string text, bool allow24, out LocalTime time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return false;
        }
        int hour = ((text[0] - '0') * 10) + (text[1] - '0');
        int minute = ((text[3] - '0') * 10) + (text[4] - '0');
        if (allow24 && hour == 24 && minute == 0)
        {
            time = LocalTime.Midnight;
            return true;
        }
        if (hour > 23 || minute > 59)
        {
            return false;
        }
        time = new LocalTime(hour, minute);
        return true;
    }

    /// <summary>Parses <c>h:mm</c> (one or two hour digits), from 0:00 to 24:00.</summary>
    private static bool TryParseHours(string text, out Duration duration)
    {
        duration = default;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 1 or > 2 || text.Length != colon + 3 || !text.Remove(colon, 1).All(char.IsAsciiDigit))
        {
            return false;
        }
        int hours = int.Parse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture);
        int minutes = ((text[colon + 1] - '0') * 10) + (text[colon + 2] - '0');
        if (minutes > 59 || (hours * 60) + minutes > 24 * 60)
        {
            return false;
        }
        duration = Duration.FromMinutes((hours * 60) + minutes);
        return true;
    }

    private sealed record Request(TimesheetCalculator Calculator, Interval[] Entries, string[] MultiplierTexts);
}
