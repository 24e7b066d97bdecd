using NodaTime;
using NodaTime.Text;

namespace OutSmart.Domain.SampleHost.Scheduling;

/// <summary>Reads and writes the local date-times of the <c>schedule</c> command.</summary>
internal static class ScheduleText
{
    private static readonly LocalDateTimePattern WithSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");
    private static readonly LocalDateTimePattern WithoutSeconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>The longest text <see cref="Format"/> writes: <c>2026-03-29T03:30:00+02:00</c>.</summary>
    public const int MaxLength = 25;

    /// <summary>Parses <c>yyyy-MM-ddTHH:mm:ss</c> or <c>yyyy-MM-ddTHH:mm</c>; an impossible date such as 30 February, hour 24, or a year before 1, fails.</summary>
    public static bool TryParse(string? text, out LocalDateTime value)
    {
        value = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        if (text.Length > 12 && text[11] == '2' && text[12] == '4')
        {
            // NodaTime reads hour 24 as the start of the next day; a schedule's "24:00" is a mistake, not 00:00 tomorrow.
            return false;
        }
        ParseResult<LocalDateTime> result = text.Length > 16 ? WithSeconds.Parse(text) : WithoutSeconds.Parse(text);
        if (!result.Success || result.Value.Year < 1)
        {
            return false;
        }
        value = result.Value;
        return true;
    }

    /// <summary>Writes <paramref name="value"/> as <c>yyyy-MM-ddTHH:mm:ss</c>, plus <c>±HH:MM</c> when an offset is given.</summary>
    /// <returns>The number of characters written to <paramref name="destination"/> (at least <see cref="MaxLength"/> long).</returns>
    public static int Format(LocalDateTime value, Offset? offset, Span<char> destination)
    {
        Digits(destination[..4], value.Year);
        destination[4] = '-';
        Digits(destination.Slice(5, 2), value.Month);
        destination[7] = '-';
        Digits(destination.Slice(8, 2), value.Day);
        destination[10] = 'T';
        Digits(destination.Slice(11, 2), value.Hour);
        destination[13] = ':';
        Digits(destination.Slice(14, 2), value.Minute);
        destination[16] = ':';
        Digits(destination.Slice(17, 2), value.Second);
        if (offset is not { } utcOffset)
        {
            return 19;
        }
        int seconds = utcOffset.Seconds;
        destination[19] = seconds < 0 ? '-' : '+';
        int minutes = Math.Abs(seconds) / 60;
        Digits(destination.Slice(20, 2), minutes / 60);
        destination[22] = ':';
        Digits(destination.Slice(23, 2), minutes % 60);
        return MaxLength;
    }

    /// <summary>Formats for people: <c>Mon 2026-01-05 08:00</c>, with seconds only when there are any.</summary>
    public static string Readable(LocalDateTime value) =>
        value.Second == 0
            ? value.ToString("ddd uuuu-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString("ddd uuuu-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static void Digits(Span<char> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
