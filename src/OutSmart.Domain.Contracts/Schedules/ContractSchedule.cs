using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// One recurring schedule of a preventive contract (<i>onderhoudsschema</i>): a name, an RFC 5545 rule, extra and
/// excluded dates, a holiday calendar with an adjustment policy, a precedence and a mode.
/// </summary>
/// <remarks>
/// <para>The rule is DAILY, WEEKLY, MONTHLY or YEARLY without BYHOUR, BYMINUTE or BYSECOND, so every occurrence is
/// one date; the contract's time of day gives the time. COUNT and UNTIL apply to the rule's dates before adjustment.</para>
/// <para>Saturdays and Sundays are never working days; <see cref="Holidays"/> adds the holidays. A date on a
/// non-working day is handled by <see cref="Adjustment"/>; dates that land on the same day after adjustment become
/// one visit.</para>
/// <para>When two schedules of a contract have a visit on the same target date, only the one with the larger
/// <see cref="Precedence"/> is generated: the major visit absorbs the minor one.</para>
/// <para>Instances are immutable; every <c>With…</c> step returns a new schedule. Two schedules are equal when all
/// their parts are equal.</para>
/// </remarks>
public sealed class ContractSchedule : IEquatable<ContractSchedule>
{
    /// <summary>The longest schedule name, in characters.</summary>
    public const int MaxNameLength = 100;

    private ContractSchedule(
        string name,
        RecurrenceRule rule,
        int precedence,
        ImmutableArray<LocalDate> extraDates,
        ImmutableArray<LocalDate> excludedDates,
        IHolidayCalendar holidays,
        HolidayAdjustment adjustment,
        ScheduleMode mode)
    {
        Name = name;
        Rule = rule;
        Precedence = precedence;
        ExtraDates = extraDates;
        ExcludedDates = excludedDates;
        Holidays = holidays;
        Adjustment = adjustment;
        Mode = mode;
        Calendar = BusinessCalendar.Create(WorkingWeek.MondayToFriday, holidays);
    }

    /// <summary>Gets the name, unique within the contract; part of every occurrence key.</summary>
    public string Name { get; }

    /// <summary>Gets the recurrence rule (RRULE).</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>Gets the precedence: on a date where several schedules have a visit, the largest number wins.</summary>
    public int Precedence { get; }

    /// <summary>Gets the extra dates (RDATE), ascending and without repeats.</summary>
    public ImmutableArray<LocalDate> ExtraDates { get; }

    /// <summary>Gets the excluded dates (EXDATE), ascending and without repeats; they remove rule dates before adjustment.</summary>
    public ImmutableArray<LocalDate> ExcludedDates { get; }

    /// <summary>Gets the holidays (<i>feestdagen</i>) that are non-working days besides the weekend.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Gets what happens to a date that falls on a non-working day.</summary>
    public HolidayAdjustment Adjustment { get; }

    /// <summary>Gets whether dates come from the rule or from the completion of the previous visit.</summary>
    public ScheduleMode Mode { get; }

    /// <summary>Gets the working days: Monday to Friday without <see cref="Holidays"/>.</summary>
    internal BusinessCalendar Calendar { get; }

    /// <summary>
    /// Creates a fixed schedule without holidays (weekends are still non-working days), adjustment
    /// <see cref="HolidayAdjustment.Keep"/>, and no extra or excluded dates.
    /// </summary>
    /// <param name="name">1 to <see cref="MaxNameLength"/> characters, not only white space, without <c>/</c>.</param>
    /// <param name="rule">A DAILY, WEEKLY, MONTHLY or YEARLY rule without BYHOUR, BYMINUTE, BYSECOND or a UTC UNTIL.</param>
    /// <param name="precedence">The precedence; any integer, larger wins.</param>
    /// <returns>The schedule, or why the name or the rule is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="rule"/> is <see langword="null"/>.</exception>
    public static OneOf<ContractSchedule, ContractScheduleNameInvalid, ContractScheduleRuleUnsupported> Create(string name, RecurrenceRule rule, int precedence)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(rule);
        if (name.Length is 0 or > MaxNameLength || string.IsNullOrWhiteSpace(name) || name.Contains('/', StringComparison.Ordinal))
        {
            return new ContractScheduleNameInvalid(name);
        }
        if (CheckRule(rule) is { } problem)
        {
            return new ContractScheduleRuleUnsupported(rule.ToString(), problem);
        }
        return new ContractSchedule(name, rule, precedence, [], [], CustomHolidayCalendar.Empty, HolidayAdjustment.Keep, ScheduleMode.Fixed);
    }

    /// <summary>Returns what keeps <paramref name="rule"/> from driving a schedule, or <see langword="null"/> when it can.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public static ScheduleRuleProblem? CheckRule(RecurrenceRule rule)
    {
        Guard.Against.Null(rule);
        if (rule.Frequency is not (RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly or RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly))
        {
            return ScheduleRuleProblem.Frequency;
        }
        if (!rule.ByHour.IsEmpty || !rule.ByMinute.IsEmpty || !rule.BySecond.IsEmpty)
        {
            return ScheduleRuleProblem.TimeParts;
        }
        if (rule.Until is { Kind: RecurrenceUntilKind.Utc })
        {
            return ScheduleRuleProblem.UtcUntil;
        }
        return null;
    }

    /// <summary>Returns this schedule with the holidays of <paramref name="holidays"/> and the adjustment policy.</summary>
    /// <param name="holidays">The holidays, e.g. <see cref="DutchHolidayCalendar.Standard"/>; weekends always count.</param>
    /// <param name="adjustment">What to do with a date on a non-working day.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="adjustment"/> is not a defined value.</exception>
    public ContractSchedule WithHolidays(IHolidayCalendar holidays, HolidayAdjustment adjustment)
    {
        Guard.Against.Null(holidays);
        Guard.Against.EnumOutOfRange(adjustment);
        return new(Name, Rule, Precedence, ExtraDates, ExcludedDates, holidays, adjustment, Mode);
    }

    /// <summary>Returns this schedule with extra dates (RDATE) besides the rule's.</summary>
    /// <param name="dates">The dates; order and repeats do not matter.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    public ContractSchedule WithExtraDates(IEnumerable<LocalDate> dates) =>
        new(Name, Rule, Precedence, Sorted(Guard.Against.Null(dates)), ExcludedDates, Holidays, Adjustment, Mode);

    /// <summary>Returns this schedule with excluded dates (EXDATE): rule or extra dates that are left out before adjustment.</summary>
    /// <param name="dates">The dates; order and repeats do not matter.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    public ContractSchedule WithExcludedDates(IEnumerable<LocalDate> dates) =>
        new(Name, Rule, Precedence, ExtraDates, Sorted(Guard.Against.Null(dates)), Holidays, Adjustment, Mode);

    /// <summary>Returns this schedule in another mode.</summary>
    /// <param name="mode">Fixed or floating.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined value.</exception>
    public ContractSchedule WithMode(ScheduleMode mode)
    {
        Guard.Against.EnumOutOfRange(mode);
        return new(Name, Rule, Precedence, ExtraDates, ExcludedDates, Holidays, Adjustment, mode);
    }

    /// <summary>Returns this schedule with another rule, validated as by <see cref="Create"/>.</summary>
    /// <param name="rule">The new rule.</param>
    /// <returns>The new schedule, or why the rule is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public OneOf<ContractSchedule, ContractScheduleRuleUnsupported> WithRule(RecurrenceRule rule)
    {
        Guard.Against.Null(rule);
        if (CheckRule(rule) is { } problem)
        {
            return new ContractScheduleRuleUnsupported(rule.ToString(), problem);
        }
        return new ContractSchedule(Name, rule, Precedence, ExtraDates, ExcludedDates, Holidays, Adjustment, Mode);
    }

    /// <summary>Returns whether <paramref name="date"/> is a working day for this schedule: Monday to Friday and no holiday.</summary>
    /// <param name="date">Any date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => Calendar.IsWorkingDay(date);

    /// <summary>Returns the target of a rule date: the date itself, or the date <see cref="Adjustment"/> moves it to.</summary>
    /// <param name="date">A date of the rule.</param>
    /// <returns>The target, or <see langword="null"/> when the visit is skipped (or no working day lies within a year).</returns>
    public LocalDate? Adjust(LocalDate date) => Calendar.Adjust(date, (OccurrenceAdjustment)(int)Adjustment);

    /// <inheritdoc />
    public bool Equals(ContractSchedule? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Rule.Equals(other.Rule)
        && Precedence == other.Precedence
        && ExtraDates.SequenceEqual(other.ExtraDates)
        && ExcludedDates.SequenceEqual(other.ExcludedDates)
        && Holidays.Equals(other.Holidays)
        && Adjustment == other.Adjustment
        && Mode == other.Mode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ContractSchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Rule, Precedence, Adjustment, Mode, ExtraDates.Length, ExcludedDates.Length);

    /// <summary>Returns the name and the rule, e.g. <c>monthly: FREQ=MONTHLY;BYMONTHDAY=-1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Rule}";

    private static ImmutableArray<LocalDate> Sorted(IEnumerable<LocalDate> dates)
    {
        var set = new SortedSet<LocalDate>(dates);
        return [.. set];
    }
}
