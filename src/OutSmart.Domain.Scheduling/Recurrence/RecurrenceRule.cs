using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Scheduling.Recurrence;

/// <summary>An RFC 5545 recurrence rule (<c>RRULE</c>, section 3.3.10): an immutable, validated value.</summary>
/// <remarks>
/// <para>Create a rule with <see cref="Parse"/> or <see cref="RecurrenceRuleBuilder"/>; both apply the same checks, so every
/// instance is valid. A rule has no start: combine it with one in a <see cref="RecurrenceSet"/> to get occurrences.</para>
/// <para>Every <c>BYxxx</c> list is kept sorted and without repeated values, so two rules that select the same
/// instances through the same parts are equal, and <see cref="ToString"/> gives one canonical text for them.
/// <c>INTERVAL=1</c> and <c>WKST=MO</c> are the defaults and are left out of the canonical text.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class RecurrenceRule : IEquatable<RecurrenceRule>
{
    private RecurrenceRule(RuleDraft draft)
    {
        Frequency = draft.Frequency!.Value;
        Interval = draft.Interval;
        Count = draft.Count;
        Until = draft.Until;
        BySecond = Normalize(draft.BySecond);
        ByMinute = Normalize(draft.ByMinute);
        ByHour = Normalize(draft.ByHour);
        ByDay = NormalizeDays(draft.ByDay);
        ByMonthDay = Normalize(draft.ByMonthDay);
        ByYearDay = Normalize(draft.ByYearDay);
        ByWeekNo = Normalize(draft.ByWeekNo);
        ByMonth = Normalize(draft.ByMonth);
        BySetPosition = Normalize(draft.BySetPosition);
        WeekStart = draft.WeekStart;
        HasRscale = draft.HasRscale;
        Skip = draft.Skip ?? RecurrenceSkip.Omit;
    }

    /// <summary>Gets the frequency (<c>FREQ</c>).</summary>
    public RecurrenceFrequency Frequency { get; }

    /// <summary>Gets the number of frequency units between intervals (<c>INTERVAL</c>); 1 or more, 1 by default.</summary>
    public int Interval { get; }

    /// <summary>Gets the number of occurrences (<c>COUNT</c>), or <see langword="null"/> when the rule has no count.</summary>
    /// <remarks>Only occurrences that match the rule are counted; a start that does not match is not one.</remarks>
    public int? Count { get; }

    /// <summary>Gets the inclusive end (<c>UNTIL</c>), or <see langword="null"/> when the rule has none.</summary>
    public RecurrenceUntil? Until { get; }

    /// <summary>Gets the seconds of the minute (<c>BYSECOND</c>, 0…60, sorted); empty when absent. Second 60 never occurs.</summary>
    public ImmutableArray<int> BySecond { get; }

    /// <summary>Gets the minutes of the hour (<c>BYMINUTE</c>, 0…59, sorted); empty when absent.</summary>
    public ImmutableArray<int> ByMinute { get; }

    /// <summary>Gets the hours of the day (<c>BYHOUR</c>, 0…23, sorted); empty when absent.</summary>
    public ImmutableArray<int> ByHour { get; }

    /// <summary>Gets the weekdays (<c>BYDAY</c>), with optional ordinals; empty when absent.</summary>
    /// <remarks>
    /// A day matches when it matches any entry (the RFC's list semantics), so <c>BYDAY=WE,-1MO</c> selects every
    /// Wednesday and the last Monday. Entries are sorted: plain weekdays first, then by ordinal.
    /// </remarks>
    public ImmutableArray<RecurrenceWeekday> ByDay { get; }

    /// <summary>Gets the days of the month (<c>BYMONTHDAY</c>, 1…31 or −31…−1 from the end, sorted); empty when absent.</summary>
    /// <remarks>A day that a month lacks (the 31st in April, −30 in February) selects nothing in that month.</remarks>
    public ImmutableArray<int> ByMonthDay { get; }

    /// <summary>Gets the days of the year (<c>BYYEARDAY</c>, 1…366 or −366…−1, sorted); empty when absent.</summary>
    public ImmutableArray<int> ByYearDay { get; }

    /// <summary>Gets the week numbers (<c>BYWEEKNO</c>, 1…53 or −53…−1, sorted); empty when absent.</summary>
    /// <remarks>Weeks start on <see cref="WeekStart"/>; week 1 is the first week with at least four days in the year.</remarks>
    public ImmutableArray<int> ByWeekNo { get; }

    /// <summary>Gets the months (<c>BYMONTH</c>, 1…12, sorted); empty when absent.</summary>
    public ImmutableArray<int> ByMonth { get; }

    /// <summary>Gets the positions within each interval's set (<c>BYSETPOS</c>, 1…366 or −366…−1, sorted); empty when absent.</summary>
    /// <remarks>
    /// A position selects from the sorted occurrences of one interval (year, month, week, day, hour, minute or second);
    /// a position beyond the set selects nothing and two positions that select the same occurrence give it once. For
    /// WEEKLY rules the first week's set starts at the start's day, as in python-dateutil and rrule.js (the shared
    /// conformance corpus follows that reading); later weeks start on <see cref="WeekStart"/>.
    /// </remarks>
    public ImmutableArray<int> BySetPosition { get; }

    /// <summary>Gets the first day of the week (<c>WKST</c>); Monday by default.</summary>
    /// <remarks>It decides where WEEKLY intervals start (and so which weeks an INTERVAL skips) and how BYWEEKNO counts.</remarks>
    public IsoDayOfWeek WeekStart { get; }

    /// <summary>Gets whether the rule names its calendar (<c>RSCALE=GREGORIAN</c>, RFC 7529); required for <see cref="Skip"/>.</summary>
    /// <remarks>The Gregorian calendar is the only one supported; it is also the calendar of every rule without <c>RSCALE</c>.</remarks>
    public bool HasRscale { get; }

    /// <summary>Gets the calendar named by <c>RSCALE</c> (<c>GREGORIAN</c>), or <see langword="null"/> when the rule has none.</summary>
    public string? Rscale => HasRscale ? "GREGORIAN" : null;

    /// <summary>Gets what the rule does with dates it generates that do not exist (<c>SKIP</c>, RFC 7529); <see cref="RecurrenceSkip.Omit"/> by default.</summary>
    /// <remarks>
    /// <para>A date does not exist when a <c>BYMONTHDAY</c> value, or the start's day of the month for MONTHLY and YEARLY
    /// rules without day parts, is beyond the month's length: <c>FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD</c>
    /// gives January 31, February 28 (29), March 31, April 30 …; <c>SKIP=FORWARD</c> gives March 1 for February and May 1
    /// for April. The move happens after BYMONTH and BYMONTHDAY select the month and day and before BYDAY, the times,
    /// BYSETPOS, COUNT and UNTIL apply, so a moved date must still pass BYDAY, and a date reached twice occurs (and
    /// counts) once. A date moved forward out of a month still belongs to that month and its interval: BYMONTH=2 with
    /// SKIP=FORWARD can give March 1, and <c>FREQ=MONTHLY;INTERVAL=2</c> from January 31 gives October 1 (from
    /// September).</para>
    /// <para>Rules without such dates (WEEKLY, DAILY without BYMONTHDAY, BYDAY-only) are unaffected. Combinations whose
    /// moved dates the engine does not evaluate are refused with <see cref="InvalidRecurrenceRule.SkipNotSupportedCode"/>.</para>
    /// </remarks>
    public RecurrenceSkip Skip { get; }

    /// <summary>Parses the text of an RFC 5545 <c>RRULE</c> value, with or without the <c>RRULE:</c> prefix.</summary>
    /// <param name="text">The rule, such as <c>FREQ=MONTHLY;BYDAY=-1FR;COUNT=12</c>.</param>
    /// <returns>The rule, or the first problem found, naming the part and its zero-based character position.</returns>
    /// <remarks>
    /// <para>Part names and values are case-insensitive; <c>FREQ</c> may appear anywhere; a single trailing <c>;</c> is
    /// accepted. No white space is allowed. Positive ordinals and numbers may carry a <c>+</c> sign where RFC 5545
    /// allows signed numbers.</para>
    /// <para>Never throws: every input, including <see langword="null"/>, gives a rule or an
    /// <see cref="InvalidRecurrenceRule"/>.</para>
    /// </remarks>
    public static OneOf<RecurrenceRule, InvalidRecurrenceRule> Parse(string? text)
    {
        var draft = new RuleDraft { FromText = true };
        InvalidRecurrenceRule? error = RecurrenceRuleParser.Fill(text, draft);
        return error is not null ? error : Validate(draft);
    }

    /// <summary>Returns the canonical RFC 5545 text of the rule, without the <c>RRULE:</c> prefix.</summary>
    /// <returns>The parts in the order FREQ, COUNT, UNTIL, INTERVAL, BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY, BYHOUR,
    /// BYMINUTE, BYSECOND, BYSETPOS, WKST, RSCALE, SKIP; defaults (including <c>SKIP=OMIT</c>) and empty lists are left out.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(64);
        text.Append("FREQ=").Append(FrequencyName(Frequency));
        if (Count is int count)
        {
            text.Append(";COUNT=").Append(count.ToString(CultureInfo.InvariantCulture));
        }
        if (Until is not null)
        {
            text.Append(";UNTIL=").Append(Until.ToString());
        }
        if (Interval != 1)
        {
            text.Append(";INTERVAL=").Append(Interval.ToString(CultureInfo.InvariantCulture));
        }
        AppendList(text, "BYMONTH", ByMonth);
        AppendList(text, "BYWEEKNO", ByWeekNo);
        AppendList(text, "BYYEARDAY", ByYearDay);
        AppendList(text, "BYMONTHDAY", ByMonthDay);
        if (!ByDay.IsEmpty)
        {
            text.Append(";BYDAY=").AppendJoin(',', ByDay);
        }
        AppendList(text, "BYHOUR", ByHour);
        AppendList(text, "BYMINUTE", ByMinute);
        AppendList(text, "BYSECOND", BySecond);
        AppendList(text, "BYSETPOS", BySetPosition);
        if (WeekStart != IsoDayOfWeek.Monday)
        {
            text.Append(";WKST=").Append(RecurrenceWeekday.DayCode(WeekStart));
        }
        if (HasRscale)
        {
            text.Append(";RSCALE=GREGORIAN");
        }
        if (Skip != RecurrenceSkip.Omit)
        {
            text.Append(";SKIP=").Append(Skip == RecurrenceSkip.Backward ? "BACKWARD" : "FORWARD");
        }
        return text.ToString();
    }

    /// <summary>Compares every part; lists compare element by element.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when both rules have equal parts.</returns>
    public bool Equals(RecurrenceRule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Frequency == other.Frequency
                && Interval == other.Interval
                && Count == other.Count
                && Equals(Until, other.Until)
                && WeekStart == other.WeekStart
                && HasRscale == other.HasRscale
                && Skip == other.Skip
                && BySecond.SequenceEqual(other.BySecond)
                && ByMinute.SequenceEqual(other.ByMinute)
                && ByHour.SequenceEqual(other.ByHour)
                && ByDay.SequenceEqual(other.ByDay)
                && ByMonthDay.SequenceEqual(other.ByMonthDay)
                && ByYearDay.SequenceEqual(other.ByYearDay)
                && ByWeekNo.SequenceEqual(other.ByWeekNo)
                && ByMonth.SequenceEqual(other.ByMonth)
                && BySetPosition.SequenceEqual(other.BySetPosition)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurrenceRule);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Frequency);
        hash.Add(Interval);
        hash.Add(Count);
        hash.Add(Until);
        hash.Add(WeekStart);
        hash.Add(HasRscale);
        hash.Add(Skip);
        foreach (var list in (ReadOnlySpan<ImmutableArray<int>>)[BySecond, ByMinute, ByHour, ByMonthDay, ByYearDay, ByWeekNo, ByMonth, BySetPosition])
        {
            hash.Add(list.Length);
            foreach (int value in list)
            {
                hash.Add(value);
            }
        }
        foreach (var day in ByDay)
        {
            hash.Add(day);
        }
        return hash.ToHashCode();
    }

    /// <summary>Checks the combination of parts (RFC 5545 section 3.3.10) and creates the rule.</summary>
    internal static OneOf<RecurrenceRule, InvalidRecurrenceRule> Validate(RuleDraft draft)
    {
        if (draft.Frequency is not RecurrenceFrequency frequency)
        {
            return Fail(draft, InvalidRecurrenceRule.FrequencyMissingCode, null, "The rule has no FREQ part.", 0);
        }
        if (draft.Count is not null && draft.Until is not null)
        {
            var later = draft.Positions[(int)RulePart.Count] > draft.Positions[(int)RulePart.Until] ? RulePart.Count : RulePart.Until;
            return Fail(draft, InvalidRecurrenceRule.CountWithUntilCode, later, "COUNT and UNTIL cannot be used together.");
        }
        if (!draft.ByWeekNo.IsDefaultOrEmpty && frequency != RecurrenceFrequency.Yearly)
        {
            return Fail(draft, InvalidRecurrenceRule.PartNotAllowedCode, RulePart.ByWeekNo, "BYWEEKNO is only allowed with FREQ=YEARLY.");
        }
        if (!draft.ByYearDay.IsDefaultOrEmpty && frequency is RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly or RecurrenceFrequency.Monthly)
        {
            return Fail(draft, InvalidRecurrenceRule.PartNotAllowedCode, RulePart.ByYearDay, "BYYEARDAY is not allowed with FREQ=DAILY, WEEKLY or MONTHLY.");
        }
        if (!draft.ByMonthDay.IsDefaultOrEmpty && frequency == RecurrenceFrequency.Weekly)
        {
            return Fail(draft, InvalidRecurrenceRule.PartNotAllowedCode, RulePart.ByMonthDay, "BYMONTHDAY is not allowed with FREQ=WEEKLY.");
        }
        if (HasOrdinal(draft.ByDay))
        {
            if (frequency is not (RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly))
            {
                return Fail(draft, InvalidRecurrenceRule.PartNotAllowedCode, RulePart.ByDay, "BYDAY ordinals (such as 2MO) are only allowed with FREQ=MONTHLY or YEARLY.");
            }
            if (!draft.ByWeekNo.IsDefaultOrEmpty)
            {
                return Fail(draft, InvalidRecurrenceRule.PartNotAllowedCode, RulePart.ByDay, "BYDAY ordinals (such as 2MO) are not allowed together with BYWEEKNO.");
            }
        }
        if (!draft.BySetPosition.IsDefaultOrEmpty
            && draft.BySecond.IsDefaultOrEmpty && draft.ByMinute.IsDefaultOrEmpty && draft.ByHour.IsDefaultOrEmpty
            && draft.ByDay.IsDefaultOrEmpty && draft.ByMonthDay.IsDefaultOrEmpty && draft.ByYearDay.IsDefaultOrEmpty
            && draft.ByWeekNo.IsDefaultOrEmpty && draft.ByMonth.IsDefaultOrEmpty)
        {
            return Fail(draft, InvalidRecurrenceRule.SetPositionAloneCode, RulePart.BySetPos, "BYSETPOS needs another BYxxx part to select from.");
        }
        var skipError = ValidateSkip(draft, frequency);
        if (skipError is not null)
        {
            return skipError;
        }
        return new RecurrenceRule(draft);
    }

    /// <summary>Checks <c>SKIP</c> (RFC 7529): it needs <c>RSCALE</c>, and BACKWARD/FORWARD only with the parts the engine moves dates for.</summary>
    private static InvalidRecurrenceRule? ValidateSkip(RuleDraft draft, RecurrenceFrequency frequency)
    {
        if (draft.Skip is null)
        {
            return null;
        }
        if (!draft.HasRscale)
        {
            return Fail(draft, InvalidRecurrenceRule.SkipWithoutRscaleCode, RulePart.Skip, "SKIP is only allowed together with RSCALE.");
        }
        if (draft.Skip == RecurrenceSkip.Omit)
        {
            return null;
        }
        string? problem = null;
        if (!draft.ByYearDay.IsDefaultOrEmpty)
        {
            problem = "BYYEARDAY";
        }
        else if (!draft.ByWeekNo.IsDefaultOrEmpty)
        {
            problem = "BYWEEKNO";
        }
        else if (HasOrdinal(draft.ByDay))
        {
            problem = "BYDAY ordinals (such as 2MO)";
        }
        else if (!draft.ByMonthDay.IsDefaultOrEmpty && draft.ByMonthDay.Any(d => d < -28))
        {
            problem = "BYMONTHDAY -29, -30 or -31";
        }
        else if (!draft.ByMonthDay.IsDefaultOrEmpty && frequency <= RecurrenceFrequency.Daily)
        {
            problem = "BYMONTHDAY with FREQ=DAILY or shorter";
        }
        else if (draft.Skip == RecurrenceSkip.Forward && frequency == RecurrenceFrequency.Monthly
            && draft.Interval == 1 && !draft.BySetPosition.IsDefaultOrEmpty)
        {
            problem = "FREQ=MONTHLY;INTERVAL=1 and BYSETPOS";
        }
        return problem is null
            ? null
            : Fail(draft, InvalidRecurrenceRule.SkipNotSupportedCode, RulePart.Skip, $"SKIP=BACKWARD and SKIP=FORWARD are not supported together with {problem}.");
    }

    internal static string FrequencyName(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Secondly => "SECONDLY",
        RecurrenceFrequency.Minutely => "MINUTELY",
        RecurrenceFrequency.Hourly => "HOURLY",
        RecurrenceFrequency.Daily => "DAILY",
        RecurrenceFrequency.Weekly => "WEEKLY",
        RecurrenceFrequency.Monthly => "MONTHLY",
        _ => "YEARLY",
    };

    internal static string PartName(RulePart part) => part switch
    {
        RulePart.Freq => "FREQ",
        RulePart.Count => "COUNT",
        RulePart.Until => "UNTIL",
        RulePart.Interval => "INTERVAL",
        RulePart.ByMonth => "BYMONTH",
        RulePart.ByWeekNo => "BYWEEKNO",
        RulePart.ByYearDay => "BYYEARDAY",
        RulePart.ByMonthDay => "BYMONTHDAY",
        RulePart.ByDay => "BYDAY",
        RulePart.ByHour => "BYHOUR",
        RulePart.ByMinute => "BYMINUTE",
        RulePart.BySecond => "BYSECOND",
        RulePart.BySetPos => "BYSETPOS",
        RulePart.Wkst => "WKST",
        RulePart.Rscale => "RSCALE",
        _ => "SKIP",
    };

    private static InvalidRecurrenceRule Fail(RuleDraft draft, string code, RulePart? part, string message, int? position = null)
    {
        int? at = position;
        if (part is RulePart p && draft.Positions[(int)p] >= 0)
        {
            at = draft.Positions[(int)p];
        }
        if (!draft.FromText)
        {
            at = null;
        }
        string where = at is int i ? string.Create(CultureInfo.InvariantCulture, $" (at position {i})") : string.Empty;
        return new InvalidRecurrenceRule(code, message + where, part is RulePart named ? PartName(named) : null, at);
    }

    private static ImmutableArray<int> Normalize(ImmutableArray<int> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }
        bool ascending = true;
        for (int i = 1; i < values.Length && ascending; i++)
        {
            ascending = values[i - 1] < values[i];
        }
        if (ascending)
        {
            return values;
        }
        int[] sorted = [.. values];
        Array.Sort(sorted);
        int count = 1;
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }
        return [.. sorted.AsSpan(0, count)];
    }

    private static bool HasOrdinal(ImmutableArray<RecurrenceWeekday> days)
    {
        foreach (var day in days.IsDefault ? [] : days)
        {
            if (day.Ordinal != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static ImmutableArray<RecurrenceWeekday> NormalizeDays(ImmutableArray<RecurrenceWeekday> days)
    {
        if (days.IsDefaultOrEmpty)
        {
            return [];
        }
        bool ascending = true;
        for (int i = 1; i < days.Length && ascending; i++)
        {
            ascending = RecurrenceWeekday.Compare(days[i - 1], days[i]) < 0;
        }
        return ascending ? days : [.. days.Distinct().Order(Comparer<RecurrenceWeekday>.Create(RecurrenceWeekday.Compare))];
    }

    private static void AppendList(StringBuilder text, string name, ImmutableArray<int> values)
    {
        if (values.IsEmpty)
        {
            return;
        }
        text.Append(';').Append(name).Append('=');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            text.Append(values[i].ToString(CultureInfo.InvariantCulture));
        }
    }
}
