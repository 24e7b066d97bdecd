using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>One entry of a <c>BYDAY</c> list: a weekday, optionally with an ordinal (<c>MO</c>, <c>2MO</c>, <c>-1FR</c>).</summary>
/// <remarks>
/// <para>An ordinal of zero means every such weekday of the interval. A positive ordinal <c>n</c> means the n-th such
/// weekday of the month (MONTHLY, or YEARLY with BYMONTH) or of the year (YEARLY); a negative one counts from the end.</para>
/// <para>Values are equal when weekday and ordinal are equal.</para>
/// </remarks>
public sealed record RecurrenceWeekday
{
    private static readonly RecurrenceWeekday[] s_every =
    [
        new(IsoDayOfWeek.Monday, 0), new(IsoDayOfWeek.Tuesday, 0), new(IsoDayOfWeek.Wednesday, 0), new(IsoDayOfWeek.Thursday, 0),
        new(IsoDayOfWeek.Friday, 0), new(IsoDayOfWeek.Saturday, 0), new(IsoDayOfWeek.Sunday, 0),
    ];

    private RecurrenceWeekday(IsoDayOfWeek day, int ordinal)
    {
        Day = day;
        Ordinal = ordinal;
    }

    /// <summary>Gets the weekday.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the ordinal: 0 for every such weekday, 1…53 from the start, −1…−53 from the end.</summary>
    public int Ordinal { get; }

    /// <summary>Creates an entry that matches every <paramref name="day"/> (<c>MO</c>).</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public static RecurrenceWeekday Every(IsoDayOfWeek day) => s_every[(int)CheckDay(day) - 1];

    /// <summary>Creates an entry that matches the <paramref name="ordinal"/>-th <paramref name="day"/> (<c>2MO</c>, <c>-1FR</c>).</summary>
    /// <param name="ordinal">1…53 counts from the start of the month or year, −1…−53 from its end.</param>
    /// <param name="day">The weekday.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not a weekday.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is 0 or outside −53…53.</exception>
    public static RecurrenceWeekday Nth(int ordinal, IsoDayOfWeek day)
    {
        Guard.Against.OutOfRange(ordinal, nameof(ordinal), -53, 53);
        Guard.Against.Zero(ordinal);
        return new(CheckDay(day), ordinal);
    }

    /// <summary>Orders entries: every-weekday entries first, then positive and then negative ordinals, then by weekday.</summary>
    internal static int Compare(RecurrenceWeekday left, RecurrenceWeekday right)
    {
        var other = right;
        int byOrdinal = OrdinalRank(left.Ordinal).CompareTo(OrdinalRank(other.Ordinal));
        return byOrdinal != 0 ? byOrdinal : left.Day.CompareTo(other.Day);
    }

    /// <summary>Returns the RFC 5545 form, such as <c>MO</c>, <c>2MO</c> or <c>-1FR</c>.</summary>
    /// <returns>The text of the entry.</returns>
    public override string ToString()
    {
        string code = DayCode(Day);
        return Ordinal == 0 ? code : Ordinal.ToString(CultureInfo.InvariantCulture) + code;
    }

    internal static string DayCode(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "MO",
        IsoDayOfWeek.Tuesday => "TU",
        IsoDayOfWeek.Wednesday => "WE",
        IsoDayOfWeek.Thursday => "TH",
        IsoDayOfWeek.Friday => "FR",
        IsoDayOfWeek.Saturday => "SA",
        _ => "SU",
    };

    private static long OrdinalRank(int ordinal) => ordinal == 0 ? long.MinValue : ordinal < 0 ? 1000 - ordinal : ordinal;

    private static IsoDayOfWeek CheckDay(IsoDayOfWeek day)
    {
        return Guard.Against.InvalidInput(day, nameof(day), d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, "Expected a weekday, Monday to Sunday.");
    }
}
