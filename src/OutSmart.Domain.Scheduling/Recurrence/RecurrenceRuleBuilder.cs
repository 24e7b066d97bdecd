using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>Builds a <see cref="RecurrenceRule"/> in code, with the same checks as <see cref="RecurrenceRule.Parse"/>.</summary>
/// <remarks>
/// <para>Each <c>With…</c> method sets one part and returns this builder; setting a part again replaces it. Values
/// are range-checked by <see cref="Build"/>, which reports problems as an <see cref="InvalidRecurrenceRule"/> without a
/// position. A builder is not thread-safe; the rules it builds are immutable.</para>
/// <code>
/// var rule = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Monthly)
///     .WithByDay(RecurrenceWeekday.Nth(-1, IsoDayOfWeek.Friday))
///     .WithCount(12)
///     .Build();
/// </code>
/// </remarks>
public sealed class RecurrenceRuleBuilder
{
    private readonly RuleDraft _draft = new();
    private int _interval = 1;

    private RecurrenceRuleBuilder(RecurrenceFrequency frequency) => _draft.Frequency = frequency;

    /// <summary>Starts a rule with the given frequency.</summary>
    /// <param name="frequency">The <c>FREQ</c> of the rule.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> is not a defined value.</exception>
    public static RecurrenceRuleBuilder Create(RecurrenceFrequency frequency) =>
        new(Guard.Against.EnumOutOfRange(frequency));

    /// <summary>Sets <c>INTERVAL</c> (1 or more).</summary>
    /// <param name="interval">The number of frequency units between intervals.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithInterval(int interval)
    {
        _interval = interval;
        return this;
    }

    /// <summary>Sets <c>COUNT</c> (1 or more); a rule cannot have both a count and an end.</summary>
    /// <param name="count">The number of occurrences.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithCount(int count)
    {
        _draft.Count = count;
        return this;
    }

    /// <summary>Sets the inclusive end (<c>UNTIL</c>); a rule cannot have both a count and an end.</summary>
    /// <param name="until">The end.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="until"/> is <see langword="null"/>.</exception>
    public RecurrenceRuleBuilder WithUntil(RecurrenceUntil until)
    {
        _draft.Until = Guard.Against.Null(until);
        return this;
    }

    /// <summary>Sets <c>BYMONTH</c> (1…12).</summary>
    /// <param name="months">The months.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithByMonth(params int[] months) => Set(RulePart.ByMonth, months);

    /// <summary>Sets <c>BYWEEKNO</c> (1…53 or −53…−1; YEARLY only).</summary>
    /// <param name="weeks">The week numbers.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithByWeekNo(params int[] weeks) => Set(RulePart.ByWeekNo, weeks);

    /// <summary>Sets <c>BYYEARDAY</c> (1…366 or −366…−1).</summary>
    /// <param name="days">The days of the year.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithByYearDay(params int[] days) => Set(RulePart.ByYearDay, days);

    /// <summary>Sets <c>BYMONTHDAY</c> (1…31 or −31…−1).</summary>
    /// <param name="days">The days of the month.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithByMonthDay(params int[] days) => Set(RulePart.ByMonthDay, days);

    /// <summary>Sets <c>BYDAY</c>.</summary>
    /// <param name="days">The weekdays, optionally with ordinals.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or one of its entries is <see langword="null"/>.</exception>
    public RecurrenceRuleBuilder WithByDay(params RecurrenceWeekday[] days)
    {
        Guard.Against.Null(days);
        foreach (var day in days)
        {
            Guard.Against.Null(day, nameof(days));
        }
        _draft.ByDay = [.. days];
        return this;
    }

    /// <summary>Sets <c>BYHOUR</c> (0…23).</summary>
    /// <param name="hours">The hours.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithByHour(params int[] hours) => Set(RulePart.ByHour, hours);

    /// <summary>Sets <c>BYMINUTE</c> (0…59).</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithByMinute(params int[] minutes) => Set(RulePart.ByMinute, minutes);

    /// <summary>Sets <c>BYSECOND</c> (0…60).</summary>
    /// <param name="seconds">The seconds.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithBySecond(params int[] seconds) => Set(RulePart.BySecond, seconds);

    /// <summary>Sets <c>BYSETPOS</c> (1…366 or −366…−1).</summary>
    /// <param name="positions">The positions within each interval's set.</param>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithBySetPosition(params int[] positions) => Set(RulePart.BySetPos, positions);

    /// <summary>Sets <c>WKST</c>, the first day of the week.</summary>
    /// <param name="weekStart">The first day of the week.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="weekStart"/> is not a weekday.</exception>
    public RecurrenceRuleBuilder WithWeekStart(IsoDayOfWeek weekStart)
    {
        _draft.WeekStart = Guard.Against.InvalidInput(weekStart, nameof(weekStart), d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, "Expected a weekday, Monday to Sunday.");
        return this;
    }

    /// <summary>Sets <c>RSCALE=GREGORIAN</c> (RFC 7529), which <see cref="WithSkip"/> needs.</summary>
    /// <returns>This builder.</returns>
    public RecurrenceRuleBuilder WithGregorianRscale()
    {
        _draft.HasRscale = true;
        return this;
    }

    /// <summary>Sets <c>SKIP</c> (RFC 7529): what the rule does with dates that do not exist; see <see cref="RecurrenceRule.Skip"/>.</summary>
    /// <param name="skip">The behaviour. <see cref="Build"/> refuses it without <see cref="WithGregorianRscale"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="skip"/> is not a defined value.</exception>
    public RecurrenceRuleBuilder WithSkip(RecurrenceSkip skip)
    {
        _draft.Skip = Guard.Against.EnumOutOfRange(skip);
        return this;
    }

    /// <summary>Checks the parts and creates the rule.</summary>
    /// <returns>The rule, or the first problem found (without a position).</returns>
    public OneOf<RecurrenceRule, InvalidRecurrenceRule> Build()
    {
        if (_interval < 1)
        {
            return OutOfRange("INTERVAL", _interval, "1 or more");
        }
        if (_draft.Count is int count && count < 1)
        {
            return OutOfRange("COUNT", count, "1 or more");
        }
        _draft.Interval = _interval;
        var checks = (ReadOnlySpan<(string Part, ImmutableArray<int> Values, int Min, int Max, bool Signed)>)
        [
            ("BYMONTH", _draft.ByMonth, 1, 12, false),
            ("BYWEEKNO", _draft.ByWeekNo, 1, 53, true),
            ("BYYEARDAY", _draft.ByYearDay, 1, 366, true),
            ("BYMONTHDAY", _draft.ByMonthDay, 1, 31, true),
            ("BYHOUR", _draft.ByHour, 0, 23, false),
            ("BYMINUTE", _draft.ByMinute, 0, 59, false),
            ("BYSECOND", _draft.BySecond, 0, 60, false),
            ("BYSETPOS", _draft.BySetPosition, 1, 366, true),
        ];
        foreach (var (part, values, min, max, signed) in checks)
        {
            foreach (int value in values)
            {
                long absolute = Math.Abs((long)value);
                if (absolute < min || absolute > max || (!signed && value < 0))
                {
                    return OutOfRange(part, value, signed ? $"{min}…{max} or -{max}…-{min}" : $"{min}…{max}");
                }
            }
        }
        return RecurrenceRule.Validate(_draft);
    }

    private static InvalidRecurrenceRule OutOfRange(string part, long value, string range) =>
        new(InvalidRecurrenceRule.ValueOutOfRangeCode, $"{part} value {value} is outside {range}.", part, null);

    private RecurrenceRuleBuilder Set(RulePart part, int[] values)
    {
        Guard.Against.Null(values);
        ImmutableArray<int> list = [.. values];
        switch (part)
        {
            case RulePart.ByMonth: _draft.ByMonth = list; break;
            case RulePart.ByWeekNo: _draft.ByWeekNo = list; break;
            case RulePart.ByYearDay: _draft.ByYearDay = list; break;
            case RulePart.ByMonthDay: _draft.ByMonthDay = list; break;
            case RulePart.ByHour: _draft.ByHour = list; break;
            case RulePart.ByMinute: _draft.ByMinute = list; break;
            case RulePart.BySecond: _draft.BySecond = list; break;
            default: _draft.BySetPosition = list; break;
        }
        return this;
    }
}
