using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Reads the text of an RRULE value into a <see cref="RuleDraft"/>; never throws.</summary>
internal static class RecurrenceRuleParser
{
    private const string Prefix = "RRULE:";

    public static InvalidRecurrenceRule? Fill(string? text, RuleDraft draft)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new InvalidRecurrenceRule(InvalidRecurrenceRule.EmptyCode, "The recurrence rule is empty.", null, 0);
        }
        int start = text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? Prefix.Length : 0;
        var seen = new bool[RuleDraft.PartCount];
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
            var error = FillPart(text, position, end, draft, seen);
            if (error is not null)
            {
                return error;
            }
            position = end + 1;
        }
        return null;
    }

    private static InvalidRecurrenceRule? FillPart(string text, int start, int end, RuleDraft draft, bool[] seen)
    {
        int equals = text.IndexOf('=', start, end - start);
        if (equals < 0)
        {
            return Error(InvalidRecurrenceRule.MalformedPartCode, null, start, $"The part '{Clip(text, start, end)}' has no '='");
        }
        var name = text.AsSpan(start, equals - start);
        RulePart? found = null;
        for (var candidate = RulePart.Freq; candidate <= RulePart.Wkst; candidate++)
        {
            if (name.Equals(RecurrenceRule.PartName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                found = candidate;
                break;
            }
        }
        if (found is not RulePart part)
        {
            return Error(InvalidRecurrenceRule.UnknownPartCode, null, start, $"'{Clip(text, start, equals)}' is not a recurrence rule part");
        }
        string partName = RecurrenceRule.PartName(part);
        if (seen[(int)part])
        {
            return Error(InvalidRecurrenceRule.DuplicatePartCode, partName, start, $"{partName} occurs more than once");
        }
        seen[(int)part] = true;
        draft.Positions[(int)part] = start;
        int valueStart = equals + 1;
        if (valueStart == end)
        {
            return Error(InvalidRecurrenceRule.EmptyPartCode, partName, valueStart, $"{partName} has no value");
        }
        return part switch
        {
            RulePart.Freq => ParseFrequency(text, valueStart, end, draft),
            RulePart.Count => ParseSingle(text, valueStart, end, partName, 1, int.MaxValue, v => draft.Count = v),
            RulePart.Interval => ParseSingle(text, valueStart, end, partName, 1, int.MaxValue, v => draft.Interval = v),
            RulePart.Until => ParseUntil(text, valueStart, end, draft),
            RulePart.ByMonth => ParseList(text, valueStart, end, partName, 1, 12, false, v => draft.ByMonth = v),
            RulePart.ByWeekNo => ParseList(text, valueStart, end, partName, 1, 53, true, v => draft.ByWeekNo = v),
            RulePart.ByYearDay => ParseList(text, valueStart, end, partName, 1, 366, true, v => draft.ByYearDay = v),
            RulePart.ByMonthDay => ParseList(text, valueStart, end, partName, 1, 31, true, v => draft.ByMonthDay = v),
            RulePart.ByHour => ParseList(text, valueStart, end, partName, 0, 23, false, v => draft.ByHour = v),
            RulePart.ByMinute => ParseList(text, valueStart, end, partName, 0, 59, false, v => draft.ByMinute = v),
            RulePart.BySecond => ParseList(text, valueStart, end, partName, 0, 60, false, v => draft.BySecond = v),
            RulePart.BySetPos => ParseList(text, valueStart, end, partName, 1, 366, true, v => draft.BySetPosition = v),
            RulePart.ByDay => ParseByDay(text, valueStart, end, draft),
            _ => ParseWeekStart(text, valueStart, end, draft),
        };
    }

    private static InvalidRecurrenceRule? ParseFrequency(string text, int start, int end, RuleDraft draft)
    {
        var value = text.AsSpan(start, end - start);
        for (var frequency = RecurrenceFrequency.Secondly; frequency <= RecurrenceFrequency.Yearly; frequency++)
        {
            if (value.Equals(RecurrenceRule.FrequencyName(frequency), StringComparison.OrdinalIgnoreCase))
            {
                draft.Frequency = frequency;
                return null;
            }
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

    private static InvalidRecurrenceRule? ParseSingle(string text, int start, int end, string part, int min, int max, Action<int> set)
    {
        var error = ParseNumber(text, start, end, part, min, max, signed: false, out int value);
        if (error is null)
        {
            set(value);
        }
        return error;
    }

    private static InvalidRecurrenceRule? ParseList(string text, int start, int end, string part, int min, int max, bool signed, Action<ImmutableArray<int>> set)
    {
        var values = ImmutableArray.CreateBuilder<int>();
        int position = start;
        while (true)
        {
            int comma = text.IndexOf(',', position, end - position);
            int itemEnd = comma < 0 ? end : comma;
            var error = ParseNumber(text, position, itemEnd, part, min, max, signed, out int value);
            if (error is not null)
            {
                return error;
            }
            values.Add(value);
            if (comma < 0)
            {
                break;
            }
            position = comma + 1;
        }
        set(values.ToImmutable());
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
