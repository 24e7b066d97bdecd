using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace OutSmart.Domain.Timesheets;

/// <summary>One ISO week of a calculation: the time worked, the time expected and the overtime of the week (OT-02).</summary>
/// <remarks>The default value is the week of 0001-01-01 with all durations zero.</remarks>
public readonly record struct WeekTotal
{
    internal WeekTotal(LocalDate monday, Duration worked, Duration expected, Duration overtime)
    {
        Monday = monday;
        Worked = worked;
        Expected = expected;
        Overtime = overtime;
    }

    /// <summary>Gets the Monday the week starts on.</summary>
    public LocalDate Monday { get; }

    /// <summary>Gets the ISO week-based year, which differs from the calendar year around New Year.</summary>
    public int WeekYear => WeekYearRules.Iso.GetWeekYear(Monday);

    /// <summary>Gets the ISO week number, 1 to 53.</summary>
    public int Week => WeekYearRules.Iso.GetWeekOfWeekYear(Monday);

    /// <summary>Gets the real time worked in the week.</summary>
    public Duration Worked { get; }

    /// <summary>Gets the time expected in the week.</summary>
    public Duration Expected { get; }

    /// <summary>Gets the week's overtime under the policy's mode, never counting daily overtime twice.</summary>
    public Duration Overtime { get; }

    /// <summary>Returns the week as ISO 8601 text, such as <c>2026-W47</c>.</summary>
    /// <returns>The week as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{WeekYear:D4}-W{Week:D2}");
}
