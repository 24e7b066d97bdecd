using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>The inclusive <c>UNTIL</c> bound of a recurrence rule: a floating date-time, a UTC date-time or a date.</summary>
/// <remarks>
/// <para>The bound is inclusive: an occurrence equal to it is part of the rule. A <see cref="RecurrenceUntilKind.Date"/>
/// bound includes every occurrence on that date.</para>
/// <para>A <see cref="RecurrenceUntilKind.Utc"/> bound is compared as an instant when a set is evaluated in a time zone;
/// in floating evaluation its UTC date and time are compared with the floating occurrences as they are.</para>
/// <para>Values are equal when their kind and value are equal. Sub-second parts are not allowed, because RFC 5545
/// date-times have whole seconds.</para>
/// </remarks>
public sealed record RecurrenceUntil
{
    private RecurrenceUntil(RecurrenceUntilKind kind, LocalDateTime value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets how the bound was written.</summary>
    public RecurrenceUntilKind Kind { get; }

    /// <summary>
    /// Gets the bound as a local date-time: the floating value, the UTC date and time for <see cref="RecurrenceUntilKind.Utc"/>,
    /// or midnight at the start of the date for <see cref="RecurrenceUntilKind.Date"/> (the whole date is included).
    /// </summary>
    public LocalDateTime Value { get; }

    /// <summary>Creates a floating bound, compared with occurrences in the set's local time.</summary>
    /// <param name="value">The last local date-time that may occur, in whole seconds.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> has a sub-second part.</exception>
    /// <returns>The bound.</returns>
    public static RecurrenceUntil Floating(LocalDateTime value) => new(RecurrenceUntilKind.Floating, WholeSeconds(value));

    /// <summary>Creates a UTC bound (<c>UNTIL=…Z</c>).</summary>
    /// <param name="value">The last instant that may occur, in whole seconds.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> has a sub-second part.</exception>
    /// <returns>The bound.</returns>
    public static RecurrenceUntil Utc(Instant value) => new(RecurrenceUntilKind.Utc, WholeSeconds(value.InUtc().LocalDateTime));

    /// <summary>Creates a date bound (<c>UNTIL=YYYYMMDD</c>): occurrences on <paramref name="value"/> are included.</summary>
    /// <param name="value">The last date that may have occurrences.</param>
    /// <returns>The bound.</returns>
    public static RecurrenceUntil Date(LocalDate value) => new(RecurrenceUntilKind.Date, value.AtMidnight());

    /// <summary>Returns the bound as an instant when it is a UTC bound.</summary>
    /// <returns>The instant, or <see langword="null"/> for a floating or date bound.</returns>
    public Instant? ToInstant() => Kind == RecurrenceUntilKind.Utc ? Value.InUtc().ToInstant() : null;

    /// <summary>Returns the RFC 5545 form: <c>YYYYMMDD</c>, <c>YYYYMMDDTHHMMSS</c> or <c>YYYYMMDDTHHMMSSZ</c>.</summary>
    /// <returns>The text of the <c>UNTIL</c> value.</returns>
    public override string ToString()
    {
        var v = Value;
        string date = string.Create(CultureInfo.InvariantCulture, $"{v.Year:D4}{v.Month:D2}{v.Day:D2}");
        return Kind switch
        {
            RecurrenceUntilKind.Date => date,
            RecurrenceUntilKind.Utc => string.Create(CultureInfo.InvariantCulture, $"{date}T{v.Hour:D2}{v.Minute:D2}{v.Second:D2}Z"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{date}T{v.Hour:D2}{v.Minute:D2}{v.Second:D2}"),
        };
    }

    /// <summary>Gets the inclusive bound as a local date-time in whole seconds (the last second of a date bound).</summary>
    internal LocalDateTime InclusiveLocal => Kind == RecurrenceUntilKind.Date ? Value.Date.At(new LocalTime(23, 59, 59)) : Value;

    private static LocalDateTime WholeSeconds(LocalDateTime value)
    {
        Guard.Against.InvalidInput(value, nameof(value), v => v.NanosecondOfSecond == 0, "UNTIL must be a whole second.");
        return value;
    }
}
