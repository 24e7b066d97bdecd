using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Reads the text of an RRULE value into a <see cref="RuleDraft"/>; never throws.</summary>
internal static class RecurrenceRuleParser
{
    private const string Prefix = "RRULE:";

    private static readonly Dictionary<string, RulePart>.AlternateLookup<ReadOnlySpan<char>> s_parts =
        Enumerable.Range(0, RuleDraft.PartCount)
            .ToDictionary(i => RecurrenceRule.PartName((RulePart)i), i => (RulePart)i, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, RecurrenceFrequency>.AlternateLookup<ReadOnlySpan<char>> s_frequencies =
        Enum.GetValues<RecurrenceFrequency>()
            .ToDictionary(RecurrenceRule.FrequencyName, f => f, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static InvalidRecurrenceRule? Fill(string? text, RuleDraft draft)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new InvalidRecurrenceRule(InvalidRecurrenceRule.EmptyCode, "The recurrence rule is empty (at position 0).", null, 0);
        }
        int start = text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? Prefix.Length : 0;
        int seen = 0;
        int position = start;
        while (position <= text.Length)
        {
            int end = text.IndexOf(';', position);
            if (end < 0)
            {
                end = text.Length;
            }
            if (end == position)
            {
                bool trailing = end == text.Length && position > start && text[position - 1] == ';' && (position < 2 || text[position - 2] != ';');
                if (trailing)
                {
                    break;
                }
                return Error(InvalidRecurrenceRule.EmptyPartCode, null, position, "The rule has an empty part");
            }
            var error = FillPart(text, position, end, draft, ref seen);
            if (error is not null)
            {
                return error;
            }
            position = end + 1;
        }
        return null;
    }

    private static InvalidRecurrenceRule? FillPart(string text, int start, int end, RuleDraft draft, ref int seen)
    {
        int equals = text.IndexOf('=', start, end - start);
        if (equals < 0)
        {
            return Error(InvalidRecurrenceRule.MalformedPartCode, null, start, $"The part '{Clip(text, start, end)}' has no '='");
        }
        var name = text.AsSpan(start, equals - start);
        if (!s_parts.TryGetValue(name, out var part))
        {
            return Error(InvalidRecurrenceRule.UnknownPartCode, null, start, $"'{Clip(text, start, equals)}' is not a recurrence rule part");
        }
        string partName = RecurrenceRule.PartName(part);
        if ((seen & (1 << (int)part)) != 0)
        {
            return Error(InvalidRecurrenceRule.DuplicatePartCode, partName, start, $"{partName} occurs more than once");
        }
        seen |= 1 << (int)part;
        draft.Positions[(int)part] = start;
        int valueStart = equals + 1;
        if (valueStart == end)
        {
            return Error(InvalidRecurrenceRule.EmptyPartCode, partName, valueStart, $"{partName} has no value");
        }
        switch (part)
        {
            case RulePart.Freq:
                return ParseFrequency(text, valueStart, end, draft);
            case RulePart.Until:
                return ParseUntil(text, valueStart, end, draft);
            case RulePart.ByDay:
                return ParseByDay(text, valueStart, end, draft);
            case RulePart.Wkst:
                return ParseWeekStart(text, valueStart, end, draft);
            case RulePart.Rscale:
                return ParseRscale(text, valueStart, end, draft);
            case RulePart.Skip:
                return ParseSkip(text, valueStart, end, draft);
            case RulePart.Count or RulePart.Interval:
            {
                var error = ParseNumber(text, valueStart, end, partName, 1, int.MaxValue, signed: false, out int value);
                if (error is null && part == RulePart.Count)
                {
                    draft.Count = value;
                }
                else if (error is null)
                {
                    draft.Interval = value;
                }
                return error;
            }
            default:
            {
                var (min, max, signed) = part switch
                {
                    RulePart.ByMonth => (1, 12, false),
                    RulePart.ByWeekNo => (1, 53, true),
                    RulePart.ByYearDay => (1, 366, true),
                    RulePart.ByMonthDay => (1, 31, true),
                    RulePart.ByHour => (0, 23, false),
                    RulePart.ByMinute => (0, 59, false),
                    RulePart.BySecond => (0, 60, false),
                    _ => (1, 366, true),
                };
                var error = ParseList(text, valueStart, end, partName, min, max, signed, out var values);
                if (error is not null)
                {
                    return error;
                }
                switch (part)
                {
                    case RulePart.ByMonth: draft.ByMonth = values; break;
                    case RulePart.ByWeekNo: draft.ByWeekNo = values; break;
                    case RulePart.ByYearDay: draft.ByYearDay = values; break;
                    case RulePart.ByMonthDay: draft.ByMonthDay = values; break;
                    case RulePart.ByHour: draft.ByHour = values; break;
                    case RulePart.ByMinute: draft.ByMinute = values; break;
                    case RulePart.BySecond: draft.BySecond = values; break;
                    default: draft.BySetPosition = values; break;
                }
                return null;
            }
        }
    }

    private static InvalidRecurrenceRule? ParseFrequency(string text, int start, int end, RuleDraft draft)
    {
        if (s_frequencies.TryGetValue(text.AsSpan(start, end - start), out var frequency))
        {
            draft.Frequency = frequency;
            return null;
        }
        return Error(InvalidRecurrenceRule.BadValueCode, "FREQ", start, $"'{Clip(text, start, end)}' is not a frequency (SECONDLY … YEARLY)");
    }

    private static InvalidRecurrenceRule? ParseWeekStart(string text, int start, int end, RuleDraft draft)
    {
        if (end - start == 2 && ParseDayCode(text.AsSpan(start, 2)) is IsoDayOfWeek day)
        {
            draft.WeekStart = day;
            return null;
        }
        return Error(InvalidRecurrenceRule.BadValueCode, "WKST", start, $"'{Clip(text, start, end)}' is not a weekday (MO … SU)");
    }

    private static InvalidRecurrenceRule? ParseRscale(string text, int start, int end, RuleDraft draft)
    {
        if (text.AsSpan(start, end - start).Equals("GREGORIAN", StringComparison.OrdinalIgnoreCase))
        {
            draft.HasRscale = true;
            return null;
        }
        return Error(InvalidRecurrenceRule.RscaleUnsupportedCode, "RSCALE", start, $"RSCALE '{Clip(text, start, end)}' is not supported (only GREGORIAN is)");
    }

    private static InvalidRecurrenceRule? ParseSkip(string text, int start, int end, RuleDraft draft)
    {
        var value = text.AsSpan(start, end - start);
        RecurrenceSkip? skip = value.Equals("OMIT", StringComparison.OrdinalIgnoreCase) ? RecurrenceSkip.Omit
            : value.Equals("BACKWARD", StringComparison.OrdinalIgnoreCase) ? RecurrenceSkip.Backward
            : value.Equals("FORWARD", StringComparison.OrdinalIgnoreCase) ? RecurrenceSkip.Forward
            : null;
        if (skip is null)
        {
            return Error(InvalidRecurrenceRule.BadValueCode, "SKIP", start, $"'{Clip(text, start, end)}' is not a SKIP value (OMIT, BACKWARD or FORWARD)");
        }
        draft.Skip = skip;
        return null;
    }

    private static InvalidRecurrenceRule? ParseList(string text, int start, int end, string part, int min, int max, bool signed, out ImmutableArray<int> values)
    {
        values = default;
        var span = text.AsSpan(start, end - start);
        var buffer = new int[span.Count(',') + 1];
        int position = start;
        for (int i = 0; i < buffer.Length; i++)
        {
            int comma = i == buffer.Length - 1 ? end : text.IndexOf(',', position, end - position);
            var error = ParseNumber(text, position, comma, part, min, max, signed, out buffer[i]);
            if (error is not null)
            {
                return error;
            }
            position = comma + 1;
        }
        values = ImmutableCollectionsMarshal.AsImmutableArray(buffer);
        return null;
    }

    private static InvalidRecurrenceRule? ParseByDay(string text, int start, int end, RuleDraft draft)
    {
        var values = ImmutableArray.CreateBuilder<RecurrenceWeekday>();
        int position = start;
        while (true)
        {
            int comma = text.IndexOf(',', position, end - position);
            int itemEnd = comma < 0 ? end : comma;
            if (itemEnd == position)
            {
                return Error(InvalidRecurrenceRule.EmptyPartCode, "BYDAY", position, "BYDAY has an empty entry");
            }
            if (itemEnd - position < 2 || ParseDayCode(text.AsSpan(itemEnd - 2, 2)) is not IsoDayOfWeek day)
            {
                return Error(InvalidRecurrenceRule.BadValueCode, "BYDAY", position, $"'{Clip(text, position, itemEnd)}' is not a weekday such as MO, 2MO or -1FR");
            }
            if (itemEnd - 2 == position)
            {
                values.Add(RecurrenceWeekday.Every(day));
            }
            else
            {
                var error = ParseNumber(text, position, itemEnd - 2, "BYDAY", 1, 53, signed: true, out int ordinal);
                if (error is not null)
                {
                    return error;
                }
                values.Add(RecurrenceWeekday.Nth(ordinal, day));
            }
            if (comma < 0)
            {
                break;
            }
            position = comma + 1;
        }
        draft.ByDay = values.ToImmutable();
        return null;
    }

    private static InvalidRecurrenceRule? ParseUntil(string text, int start, int end, RuleDraft draft)
    {
        var value = text.AsSpan(start, end - start);
        bool dateOnly = value.Length == 8;
        bool utc = value.Length == 16 && (value[15] == 'Z' || value[15] == 'z');
        bool dateTime = value.Length == 15 || utc;
        if ((dateOnly || dateTime) && AllDigits(value[..8]) && (dateOnly || ((value[8] == 'T' || value[8] == 't') && AllDigits(value.Slice(9, 6)))))
        {
            int year = Digits(value, 0, 4);
            int month = Digits(value, 4, 2);
            int day = Digits(value, 6, 2);
            int hour = dateOnly ? 0 : Digits(value, 9, 2);
            int minute = dateOnly ? 0 : Digits(value, 11, 2);
            int second = dateOnly ? 0 : Digits(value, 13, 2);
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                && hour <= 23 && minute <= 59 && second <= 59)
            {
                var local = new LocalDateTime(year, month, day, hour, minute, second);
                draft.Until = dateOnly ? RecurrenceUntil.Date(local.Date)
                    : utc ? RecurrenceUntil.Utc(local.InUtc().ToInstant())
                    : RecurrenceUntil.Floating(local);
                return null;
            }
        }
        return Error(InvalidRecurrenceRule.BadValueCode, "UNTIL", start, $"'{Clip(text, start, end)}' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally with Z)");
    }

    private static InvalidRecurrenceRule? ParseNumber(string text, int start, int end, string part, int min, int max, bool signed, out int value)
    {
        value = 0;
        if (end == start)
        {
            return Error(InvalidRecurrenceRule.EmptyPartCode, part, start, $"{part} has an empty entry");
        }
        int position = start;
        bool negative = false;
        if (signed && (text[position] == '+' || text[position] == '-'))
        {
            negative = text[position] == '-';
            position++;
        }
        if (position == end || !AllDigits(text.AsSpan(position, end - position)))
        {
            return Error(InvalidRecurrenceRule.BadValueCode, part, start, $"'{Clip(text, start, end)}' is not {(signed ? "a signed" : "an unsigned")} whole number");
        }
        long magnitude = 0;
        for (int i = position; i < end; i++)
        {
            magnitude = (magnitude * 10) + (text[i] - '0');
            if (magnitude > int.MaxValue)
            {
                return Error(InvalidRecurrenceRule.NumberOverflowCode, part, start, $"'{Clip(text, start, end)}' is too large");
            }
        }
        int number = (int)magnitude;
        int absolute = number;
        value = negative ? -number : number;
        if (absolute < min || absolute > max || (!signed && negative))
        {
            string range = signed ? $"{min}…{max} or -{max}…-{min}" : $"{min}…{max}";
            return Error(InvalidRecurrenceRule.ValueOutOfRangeCode, part, start, $"{part} value {value} is outside {range}");
        }
        return null;
    }

    private static IsoDayOfWeek? ParseDayCode(ReadOnlySpan<char> code)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if (code.Equals(RecurrenceWeekday.DayCode(day), StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }
        return null;
    }

    private static bool AllDigits(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static int Digits(ReadOnlySpan<char> value, int start, int length) =>
        int.Parse(value.Slice(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Clip(string text, int start, int end)
    {
        int length = Math.Min(end - start, 40);
        return string.Concat(text.AsSpan(start, length), end - start > 40 ? "…" : string.Empty);
    }

    private static InvalidRecurrenceRule Error(string code, string? part, int position, string message) =>
        new(code, string.Create(CultureInfo.InvariantCulture, $"{message} (at position {position})."), part, position);
}
