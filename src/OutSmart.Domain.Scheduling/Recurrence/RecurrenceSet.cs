using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.TimeZones;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>
/// An RFC 5545 recurrence set: a start (DTSTART), one or more rules (RRULE), extra dates (RDATE) and excluded dates
/// (EXDATE), evaluated in floating local time or, through <see cref="InZone"/>, in a time zone.
/// </summary>
/// <remarks>
/// <para><b>Occurrences.</b> The set holds every occurrence of every rule plus the extra dates, in ascending order and
/// without repeats, minus the exception dates. Like python-dateutil, rrule.js and Ical.Net, a start that does not
/// match a rule is not an occurrence and does not count toward <c>COUNT</c>; add it to the extra dates to keep it.</para>
/// <para><b>Month end and invalid dates.</b> A date that does not exist is skipped, never moved: <c>BYMONTHDAY=31</c>
/// (or a start on the 31st) gives nothing in 30-day months, February 29 only occurs in leap years, and
/// <c>BYSECOND=60</c> never occurs. Use <c>BYMONTHDAY=-1</c> for "the last day of the month".</para>
/// <para><b>Bounds.</b> <c>UNTIL</c> is inclusive. Evaluation ends with the year 9999, so a rule that can never
/// match (<c>FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30</c>) gives an empty sequence quickly. One enumeration yields at most
/// <see cref="MaxOccurrences"/> occurrences.</para>
/// <para><b>Enumeration.</b> Enumeration is lazy: <see cref="GetOccurrences"/> and <see cref="Between"/> return
/// struct sequences whose enumerators allocate nothing per occurrence (a set with several rules allocates one small
/// array per enumeration). <see cref="Between"/> on rules without <c>COUNT</c> starts at the window, computed
/// arithmetically, so its cost does not grow with the age of the set. On rules with <c>COUNT</c> the occurrences
/// before the window are counted without being visited (whole intervals, days and years at a time) and the query stops
/// as soon as the count runs out, so it takes milliseconds at most whatever the count and the window.</para>
/// <para>Sets are immutable and safe to share between threads. Equality compares start, rules, dates and exception
/// dates.</para>
/// </remarks>
public sealed class RecurrenceSet : IEquatable<RecurrenceSet>
{
    /// <summary>The most occurrences one enumeration yields; a hard cap that keeps every enumeration finite and bounded.</summary>
    public const int MaxOccurrences = 1_000_000;

    private RecurrenceSet(LocalDateTime start, ImmutableArray<RecurrenceRule> rules, ImmutableArray<LocalDateTime> dates, ImmutableArray<LocalDateTime> exceptionDates)
    {
        Start = start;
        Rules = rules;
        Dates = dates;
        ExceptionDates = exceptionDates;
        Evaluators = [.. rules.Select(rule => new RuleEvaluator(rule, start))];
        DateKeys = [.. dates.Select(CalendarMath.Key)];
        ExceptionKeys = [.. exceptionDates.Select(CalendarMath.Key)];
        SingleRule = Evaluators.Length == 1 && DateKeys.Length == 0 && ExceptionKeys.Length == 0 ? Evaluators[0] : null;
    }

    /// <summary>
    /// Gets the resolver that maps local occurrences to instants in <see cref="InZone"/>: NodaTime's
    /// <see cref="Resolvers.LenientResolver"/>.
    /// </summary>
    /// <remarks>
    /// A local time in a spring-forward gap takes the offset from before the gap, so it moves forward by the length of
    /// the gap (02:30 becomes 03:30 summer time, RFC 5545 section 3.3.5); an ambiguous local time in a fall-back
    /// overlap takes the earlier offset, i.e. its first occurrence.
    /// </remarks>
    public static ZoneLocalMappingResolver LocalTimeResolver => Resolvers.LenientResolver;

    /// <summary>Gets the start (DTSTART); the rules' missing parts (time of day, weekday, day of month) come from it.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the rules (RRULE), in the order given.</summary>
    public ImmutableArray<RecurrenceRule> Rules { get; }

    /// <summary>Gets the extra dates (RDATE), sorted and without repeats.</summary>
    public ImmutableArray<LocalDateTime> Dates { get; }

    /// <summary>Gets the excluded dates (EXDATE), sorted and without repeats; an occurrence equal to one is left out.</summary>
    public ImmutableArray<LocalDateTime> ExceptionDates { get; }

    internal RuleEvaluator[] Evaluators { get; }

    internal long[] DateKeys { get; }

    /// <summary>Gets the only rule of a set without extra or exception dates (the common case, no merging), or null.</summary>
    internal RuleEvaluator? SingleRule { get; }

    internal long[] ExceptionKeys { get; }

    /// <summary>Creates a set of one rule from <paramref name="start"/>.</summary>
    /// <param name="start">The start, in whole seconds, in the ISO calendar and the years 1 to 9999.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> has a sub-second part, is before the year 1 or is not in the ISO calendar.</exception>
    public static RecurrenceSet Create(LocalDateTime start, RecurrenceRule rule)
    {
        Guard.Against.Null(rule);
        return Create(start, [rule]);
    }

    /// <summary>Creates a set from rules, extra dates and exception dates.</summary>
    /// <param name="start">The start, in whole seconds.</param>
    /// <param name="rules">The rules; may be empty when <paramref name="dates"/> is not.</param>
    /// <param name="dates">Extra dates (RDATE), in whole seconds; <see langword="null"/> for none.</param>
    /// <param name="exceptionDates">Excluded dates (EXDATE), in whole seconds; <see langword="null"/> for none.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its rules is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The set has neither rules nor dates, or <paramref name="start"/> or one of the dates has a sub-second part, is
    /// before the year 1 or is not in the ISO calendar.
    /// </exception>
    public static RecurrenceSet Create(
        LocalDateTime start,
        IEnumerable<RecurrenceRule> rules,
        IEnumerable<LocalDateTime>? dates = null,
        IEnumerable<LocalDateTime>? exceptionDates = null)
    {
        Guard.Against.Null(rules);
        WholeSecond(start, nameof(start));
        ImmutableArray<RecurrenceRule> ruleList = [.. rules];
        foreach (var rule in ruleList)
        {
            Guard.Against.Null(rule, nameof(rules));
        }
        var dateList = SortedWholeSeconds(dates, nameof(dates));
        var exceptionList = SortedWholeSeconds(exceptionDates, nameof(exceptionDates));
        if (ruleList.IsEmpty && dateList.IsEmpty)
        {
            throw new ArgumentException("A recurrence set needs at least one rule or one date.", nameof(rules));
        }
        return new RecurrenceSet(start, ruleList, dateList, exceptionList);
    }

    /// <summary>Gets every occurrence, from the start on, in ascending order.</summary>
    /// <returns>A lazy sequence; enumerate it with <c>foreach</c> to avoid allocations.</returns>
    public RecurrenceOccurrences GetOccurrences() => new(this, long.MinValue, long.MaxValue);

    /// <summary>Gets the occurrences at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    /// <param name="from">The inclusive lower bound.</param>
    /// <param name="to">The exclusive upper bound.</param>
    /// <returns>A lazy sequence; empty when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    /// <remarks>
    /// Two adjacent windows <c>[a, b)</c> and <c>[b, c)</c> together hold exactly the occurrences of <c>[a, c)</c>.
    /// For rules without <c>COUNT</c> the evaluation starts at the window; with <c>COUNT</c> the occurrences from the
    /// start to the window are counted arithmetically, not walked. The window may start before the year 1.
    /// </remarks>
    public RecurrenceOccurrences Between(LocalDateTime from, LocalDateTime to) =>
        new(this, CalendarMath.CeilingKey(from), CalendarMath.CeilingKey(to));

    /// <summary>Evaluates this set in a time zone: the start and every date are local times in <paramref name="zone"/>.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The zoned view of this set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public ZonedRecurrenceSet InZone(DateTimeZone zone) => new(this, Guard.Against.Null(zone));

    /// <summary>Compares start, rules (in order), dates and exception dates.</summary>
    /// <param name="other">The set to compare with.</param>
    /// <returns><see langword="true"/> when both sets are equal.</returns>
    public bool Equals(RecurrenceSet? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Start == other.Start
                && Rules.SequenceEqual(other.Rules)
                && Dates.SequenceEqual(other.Dates)
                && ExceptionDates.SequenceEqual(other.ExceptionDates)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurrenceSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Start);
        foreach (var rule in Rules)
        {
            hash.Add(rule);
        }
        hash.Add(Dates.Length);
        hash.Add(ExceptionDates.Length);
        return hash.ToHashCode();
    }

    /// <summary>Returns the rules as text, such as <c>DTSTART:20260105T080000 RRULE:FREQ=WEEKLY;BYDAY=MO</c>.</summary>
    /// <returns>A readable summary of the set.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"DTSTART:{Start:uuuuMMdd'T'HHmmss}")
        + string.Concat(Rules.Select(rule => " RRULE:" + rule))
        + (Dates.IsEmpty ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" RDATE:{Dates.Length} dates"))
        + (ExceptionDates.IsEmpty ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" EXDATE:{ExceptionDates.Length} dates"));

    private static ImmutableArray<LocalDateTime> SortedWholeSeconds(IEnumerable<LocalDateTime>? values, string name)
    {
        if (values is null)
        {
            return [];
        }
        ImmutableArray<LocalDateTime> sorted = [.. values.Distinct().Order()];
        foreach (var value in sorted)
        {
            WholeSecond(value, name);
        }
        return sorted;
    }

    private static void WholeSecond(LocalDateTime value, string name) =>
        Guard.Against.InvalidInput(
            value,
            name,
            v => v.NanosecondOfSecond == 0 && v.Year >= 1 && v.Calendar == CalendarSystem.Iso,
            "Recurrence date-times are whole seconds in the ISO calendar, in the years 1 to 9999.");
}
