using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>The timesheet rule catalogue TS-01 … TS-29 as configured for a company: which rules are on, whether each is
/// an error or a warning, and their numbers. Built from <see cref="Default"/> with named <c>With…</c> steps.</summary>
/// <remarks>
/// <para>Defaults (RULES.md 2.4): TS-01 end before start, TS-02 zero duration, TS-03 entry longer than 720 minutes,
/// TS-04 start more than 5 minutes in the future, TS-05 overlap, TS-27 kilometres (0 &lt; km ≤ 1,000) and TS-28
/// expenses (amount &gt; 0, two decimals; receipt check off) and TS-14 (an active hour type that fits the kind,
/// checked by <see cref="ValidateHourType"/>) are errors. The Dutch Working Hours Act limits, TS-06 12
/// hours a day, TS-07 60 hours a week, TS-08 averages of 55 hours over 4 weeks and 48 over 16, TS-09 11 hours rest (8
/// allowed once per 7 days) and TS-11 breaks (30 minutes above 5.5 hours, 45 above 10 hours, pieces of at least 15
/// minutes) are warnings unless <see cref="WithWorkingHoursActAsErrors"/> is set. TS-29, a 15-minute minimum, is off.</para>
/// <para>Weeks for TS-07 and TS-08 start on Sunday, as the UWV counts them (<see cref="WithWeekStart"/> changes it).</para>
/// <para>Validation (<see cref="Validate(IReadOnlyList{TimesheetEntry}, Instant)"/>) returns every violation at once. It groups the entries per employee and
/// sorts each group once, so it runs in O(n log n) for n entries.</para>
/// <para>Instances are immutable and thread-safe; two values are equal when every switch and number is equal.</para>
/// </remarks>
public sealed record TimesheetRules
{
    private const long SecondsRange = 700_000_000_000; // more than the seconds between NodaTime's minimum and maximum instants
    private const int MinDays = -4_000_000; // below the day number (year × 372 + month × 31 + day) of NodaTime's minimum date
    private static readonly long MinUnixSeconds = Instant.MinValue.ToUnixTimeSeconds();
    private readonly ImmutableArray<ViolationSeverity?> _severities;

    private TimesheetRules(ImmutableArray<ViolationSeverity?> severities, Numbers numbers)
    {
        _severities = severities;
        N = numbers;
    }

    /// <summary>Gets the catalogue with its defaults (see the remarks).</summary>
    public static TimesheetRules Default { get; } = new(
        [
            ViolationSeverity.Error, ViolationSeverity.Error, ViolationSeverity.Error, ViolationSeverity.Error, ViolationSeverity.Error,
            ViolationSeverity.Warning, ViolationSeverity.Warning, ViolationSeverity.Warning, ViolationSeverity.Warning, ViolationSeverity.Warning,
            ViolationSeverity.Error, ViolationSeverity.Error, null, ViolationSeverity.Error,
        ],
        new Numbers(
            Duration.FromMinutes(720), Duration.FromMinutes(5), Duration.FromHours(12), Duration.FromHours(60), Duration.FromHours(55),
            Duration.FromHours(48), Duration.FromHours(11), Duration.FromHours(8), Duration.FromMinutes(330), Duration.FromMinutes(30),
            Duration.FromHours(10), Duration.FromMinutes(45), Duration.FromMinutes(15), 1000m, null, Duration.FromMinutes(15), IsoDayOfWeek.Sunday));

    /// <summary>Gets the longest entry (TS-03); 720 minutes by default.</summary>
    public Duration MaxEntryLength => N.MaxEntry;

    /// <summary>Gets how far in the future a start may lie (TS-04); 5 minutes by default.</summary>
    public Duration FutureTolerance => N.FutureTolerance;

    /// <summary>Gets the daily maximum of work and travel (TS-06); 12 hours by default.</summary>
    public Duration DailyMaximum => N.DailyMax;

    /// <summary>Gets the weekly maximum of work and travel (TS-07); 60 hours by default.</summary>
    public Duration WeeklyMaximum => N.WeeklyMax;

    /// <summary>Gets the largest average per week over 4 weeks (TS-08); 55 hours by default.</summary>
    public Duration FourWeekAverageMaximum => N.Average4;

    /// <summary>Gets the largest average per week over 16 weeks (TS-08); 48 hours by default.</summary>
    public Duration SixteenWeekAverageMaximum => N.Average16;

    /// <summary>Gets the shortest rest before a worked day (TS-09); 11 hours by default.</summary>
    public Duration MinimumRest => N.Rest;

    /// <summary>Gets the shortened rest allowed once per 7 days (TS-09); 8 hours by default.</summary>
    public Duration ShortenedRest => N.ShortRest;

    /// <summary>Gets the largest number of kilometres in one entry (TS-27); 1,000 by default.</summary>
    public decimal MaximumKilometres => N.MaxKilometres;

    /// <summary>Gets the amount above which an expense needs a receipt (TS-28), or <see langword="null"/> (the default) for never.</summary>
    public Money? ReceiptRequiredAbove => N.ReceiptAbove;

    /// <summary>Gets the shortest entry when TS-29 is on; 15 minutes by default.</summary>
    public Duration MinimumDuration => N.MinimumDuration;

    /// <summary>Gets the first day of a week for TS-07 and TS-08; Sunday by default.</summary>
    public IsoDayOfWeek WeekStart => N.WeekStart;

    private Numbers N { get; }

    /// <summary>Tells how a rule is applied.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Its severity, or <see langword="null"/> when the rule is off.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is undefined.</exception>
    public ViolationSeverity? SeverityOf(TimesheetRule rule) => _severities[(int)Guard.Against.EnumOutOfRange(rule)];

    /// <summary>Returns the rules with one rule switched on at a severity.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="severity">Error or warning.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">An enum is undefined.</exception>
    public TimesheetRules With(TimesheetRule rule, ViolationSeverity severity) =>
        new(_severities.SetItem((int)Guard.Against.EnumOutOfRange(rule), Guard.Against.EnumOutOfRange(severity)), N);

    /// <summary>Returns the rules with one rule switched off.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is undefined.</exception>
    public TimesheetRules Without(TimesheetRule rule) => new(_severities.SetItem((int)Guard.Against.EnumOutOfRange(rule), null), N);

    /// <summary>Returns the rules with the Working Hours Act rules (TS-06 … TS-09, TS-11) as errors instead of warnings;
    /// a rule that is off stays off.</summary>
    /// <returns>A new value.</returns>
    public TimesheetRules WithWorkingHoursActAsErrors()
    {
        var builder = _severities.ToBuilder();
        foreach (TimesheetRule rule in (TimesheetRule[])[TimesheetRule.DayOverMax, TimesheetRule.WeekOverMax, TimesheetRule.AverageOverMax, TimesheetRule.RestTooShort, TimesheetRule.BreakMissing])
        {
            if (builder[(int)rule] is not null)
            {
                builder[(int)rule] = ViolationSeverity.Error;
            }
        }
        return new TimesheetRules(builder.MoveToImmutable(), N);
    }

    /// <summary>Returns the rules with another maximum entry length (TS-03).</summary>
    /// <param name="maximum">More than zero.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is zero or negative.</exception>
    public TimesheetRules WithMaxEntryLength(Duration maximum) => new(_severities, N with { MaxEntry = Positive(maximum) });

    /// <summary>Returns the rules with another future tolerance (TS-04).</summary>
    /// <param name="tolerance">Zero or more.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="tolerance"/> is negative.</exception>
    public TimesheetRules WithFutureTolerance(Duration tolerance) =>
        new(_severities, N with { FutureTolerance = tolerance >= Duration.Zero ? tolerance : throw new ArgumentException("The tolerance cannot be negative.", nameof(tolerance)) });

    /// <summary>Returns the rules with other daily and weekly maxima (TS-06, TS-07).</summary>
    /// <param name="daily">More than zero.</param>
    /// <param name="weekly">More than zero.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">A maximum is zero or negative.</exception>
    public TimesheetRules WithMaxima(Duration daily, Duration weekly) => new(_severities, N with { DailyMax = Positive(daily), WeeklyMax = Positive(weekly) });

    /// <summary>Returns the rules with other average maxima per week (TS-08).</summary>
    /// <param name="overFourWeeks">More than zero.</param>
    /// <param name="overSixteenWeeks">More than zero.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">A maximum is zero or negative.</exception>
    public TimesheetRules WithAverageMaxima(Duration overFourWeeks, Duration overSixteenWeeks) =>
        new(_severities, N with { Average4 = Positive(overFourWeeks), Average16 = Positive(overSixteenWeeks) });

    /// <summary>Returns the rules with other rest lengths (TS-09).</summary>
    /// <param name="minimum">The normal rest; more than zero.</param>
    /// <param name="shortened">The rest allowed once per 7 days; more than zero and at most <paramref name="minimum"/>.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">A length is zero or negative, or the shortened rest is longer.</exception>
    public TimesheetRules WithRest(Duration minimum, Duration shortened) =>
        Positive(shortened) <= Positive(minimum)
            ? new(_severities, N with { Rest = minimum, ShortRest = shortened })
            : throw new ArgumentException("The shortened rest cannot be longer than the minimum.", nameof(shortened));

    /// <summary>Returns the rules with another kilometre maximum per entry (TS-27).</summary>
    /// <param name="maximum">More than zero.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is zero or negative.</exception>
    public TimesheetRules WithMaximumKilometres(decimal maximum) => new(_severities, N with { MaxKilometres = Guard.Against.NegativeOrZero(maximum) });

    /// <summary>Returns the rules with a receipt required for expenses above an amount (TS-28).</summary>
    /// <param name="amount">Zero or more.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is negative.</exception>
    public TimesheetRules WithReceiptRequiredAbove(Money amount) =>
        amount >= Money.Zero ? new(_severities, N with { ReceiptAbove = amount }) : throw new ArgumentException("The amount cannot be negative.", nameof(amount));

    /// <summary>Returns the rules with TS-29 on as an error, with a minimum duration.</summary>
    /// <param name="minimum">More than zero.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is zero or negative.</exception>
    public TimesheetRules WithMinimumDuration(Duration minimum) =>
        new(_severities.SetItem((int)TimesheetRule.BelowMinimum, ViolationSeverity.Error), N with { MinimumDuration = Positive(minimum) });

    /// <summary>Returns the rules with another first day of the week for TS-07 and TS-08.</summary>
    /// <param name="weekStart">A defined day other than <see cref="IsoDayOfWeek.None"/>.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException"><paramref name="weekStart"/> is none or undefined.</exception>
    public TimesheetRules WithWeekStart(IsoDayOfWeek weekStart) =>
        weekStart is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? new(_severities, N with { WeekStart = weekStart })
            : throw new ArgumentException("A week starts on a day from Monday to Sunday.", nameof(weekStart));

    /// <summary>Validates entries against every rule that is on and returns all violations at once.</summary>
    /// <param name="entries">The entries, of any number of employees; for the rules over days and weeks, pass every
    /// entry of the days and weeks concerned.</param>
    /// <param name="now">The current instant, for TS-04.</param>
    /// <returns>The errors and warnings; see <see cref="TimesheetValidation"/> for the order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is null.</exception>
    public TimesheetValidation Validate(IReadOnlyList<TimesheetEntry> entries, Instant now)
    {
        Guard.Against.Null(entries);
        var items = new EntryFacts[entries.Count];
        for (int i = 0; i < items.Length; i++)
        {
            TimesheetEntry entry = entries[i] ?? throw new ArgumentNullException(nameof(entries));
            items[i] = new EntryFacts(entry.Id, entry.EmployeeId, entry.Content, entry.Zone);
        }
        return ValidateFacts(items, now);
    }

    /// <summary>Validates one entry's own content (TS-01 … TS-04, TS-27 … TS-29), without looking at other entries.</summary>
    /// <param name="entryId">The entry.</param>
    /// <param name="employee">Whose entry.</param>
    /// <param name="content">The content.</param>
    /// <param name="now">The current instant, for TS-04.</param>
    /// <returns>The errors and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employee"/> or <paramref name="content"/> is null.</exception>
    public TimesheetValidation ValidateContent(TimesheetEntryId entryId, TimesheetEmployee employee, TimesheetEntryContent content, Instant now)
    {
        Guard.Against.Null(employee);
        Guard.Against.Null(content);
        var sink = new Sink(this);
        CheckOwn(new EntryFacts(entryId, employee.EmployeeId, content, employee.Zone), now, sink);
        return sink.ToResult();
    }

    /// <summary>Checks TS-14 for content about to be registered with an hour type: the type must be active and fit the
    /// entry kind (a travel type for travel, a work type for work; breaks, expenses and kilometres take none).</summary>
    /// <param name="entryId">The entry.</param>
    /// <param name="employeeId">Whose entry.</param>
    /// <param name="content">The content.</param>
    /// <param name="hourType">The hour type chosen for it.</param>
    /// <returns>A <c>TS_HOURTYPE_INVALID</c> violation at the rule's severity, or none when the type is valid or TS-14 is off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="hourType"/> is null.</exception>
    public TimesheetValidation ValidateHourType(TimesheetEntryId entryId, Abstractions.EmployeeId employeeId, TimesheetEntryContent content, HourType hourType)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(hourType);
        var sink = new Sink(this); // the zone of the facts is not read here: the content carries its date
        if (!hourType.IsValidFor(content.Kind))
        {
            string why = hourType.IsActive ? $"does not fit {content.Kind.ToString().ToLowerInvariant()}" : "is inactive";
            sink.Add(TimesheetRule.HourTypeInvalid, new EntryFacts(entryId, employeeId, content, DateTimeZone.Utc), content.Date, $"The hour type {hourType.Code} {why}.");
        }
        return sink.ToResult();
    }

    /// <inheritdoc />
    public bool Equals(TimesheetRules? other) => other is not null && _severities.SequenceEqual(other._severities) && N == other.N;

    /// <inheritdoc />
    public override int GetHashCode() => N.GetHashCode();

    internal TimesheetValidation ValidateFacts(EntryFacts[] items, Instant now)
    {
        var sink = new Sink(this);
        var groups = new Dictionary<Abstractions.EmployeeId, List<int>>();
        var order = new List<List<int>>();
        var valid = new bool[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            valid[i] = CheckOwn(items[i], now, sink);
            if (!groups.TryGetValue(items[i].EmployeeId, out List<int>? group))
            {
                group = [];
                groups.Add(items[i].EmployeeId, group);
                order.Add(group);
            }
            group.Add(i);
        }
        foreach (List<int> group in order)
        {
            CheckEmployee(items, valid, group, sink);
        }
        return sink.ToResult();
    }

    // TS-01 … TS-04, TS-27 … TS-29. Returns whether the entry's time is sound enough for the rules over several entries.
    private bool CheckOwn(in EntryFacts e, Instant now, Sink sink)
    {
        TimesheetEntryContent c = e.Content;
        if (c.Time is { } time)
        {
            Duration length = time.Duration;
            if (length < Duration.Zero)
            {
                sink.Add(TimesheetRule.EndBeforeStart, e, c.Date, "End time must be after start time.");
                return false;
            }
            if (length == Duration.Zero)
            {
                sink.Add(TimesheetRule.ZeroDuration, e, c.Date, "An empty duration is not allowed.");
                return false;
            }
            bool sound = true;
            if (length > N.MaxEntry)
            {
                sound &= !sink.Add(TimesheetRule.EntryTooLong, e, c.Date, $"Maximum {Hours(N.MaxEntry)} hours allowed per entry.");
            }
            if (time.Start is { } start ? start > now + N.FutureTolerance : c.Date > now.InZone(e.Zone).Date)
            {
                sound &= !sink.Add(TimesheetRule.InFuture, e, c.Date, "The begin date cannot be in the future.");
            }
            if (length < N.MinimumDuration)
            {
                sink.Add(TimesheetRule.BelowMinimum, e, c.Date, $"An entry must last at least {N.MinimumDuration.TotalMinutes:0} minutes.");
            }
            return sound;
        }
        if (c.Kilometres is { } km && (km.Distance <= 0 || km.Distance > N.MaxKilometres))
        {
            sink.Add(TimesheetRule.KilometresInvalid, e, c.Date, $"Kilometres must be more than 0 and at most {N.MaxKilometres.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (c.Expense is { } expense)
        {
            if (expense.Amount <= Money.Zero || !expense.Amount.IsWholeCents)
            {
                sink.Add(TimesheetRule.ExpenseInvalid, e, c.Date, "An expense must be more than zero, with at most two decimals.");
            }
            else if (N.ReceiptAbove is { } above && expense.Amount > above && expense.ReceiptReference is null)
            {
                sink.Add(TimesheetRule.ExpenseInvalid, e, c.Date, $"An expense above {above} needs a receipt.");
            }
        }
        return false;
    }

    private void CheckEmployee(EntryFacts[] items, bool[] valid, List<int> group, Sink sink)
    {
        // Sound time entries of this employee, sorted once by date, then start (duration-only entries first), then id.
        var times = new List<int>(group.Count);
        foreach (int i in group)
        {
            if (valid[i])
            {
                times.Add(i);
            }
        }
        if (times.Count == 0)
        {
            return;
        }
        // One key per entry, sorted once: the date, then the start in seconds (none first); ties keep a deterministic order.
        int[] sorted = [.. times];
        long[] keys = new long[sorted.Length];
        for (int k = 0; k < sorted.Length; k++)
        {
            TimesheetEntryContent c = items[sorted[k]].Content;
            long start = c.Time!.Start is { } s ? s.ToUnixTimeSeconds() - MinUnixSeconds + 1 : 0;
            keys[k] = ((long)c.Date.Year * 372 + c.Date.Month * 31 + c.Date.Day - MinDays) * SecondsRange + start; // a monotonic day number
        }
        Array.Sort(keys, sorted);
        CheckOverlaps(items, sorted, sink);
        CheckDaysAndWeeks(items, sorted, sink);
    }

    // TS-05: sweep over the interval entries in start order, half-open, breaks excluded.
    private void CheckOverlaps(EntryFacts[] items, int[] sorted, Sink sink)
    {
        if (_severities[(int)TimesheetRule.Overlap] is null)
        {
            return;
        }
        var intervals = new List<int>(sorted.Length);
        foreach (int i in sorted)
        {
            if (items[i].Content is { Kind: not TimesheetEntryKind.Break, Time.Start: not null })
            {
                intervals.Add(i);
            }
        }
        int[] byStart = [.. intervals];
        long[] starts = new long[byStart.Length];
        for (int k = 0; k < byStart.Length; k++)
        {
            starts[k] = items[byStart[k]].Content.Time!.Start!.Value.ToUnixTimeTicks();
        }
        Array.Sort(starts, byStart);
        Instant maxEnd = Instant.MinValue;
        foreach (int i in byStart)
        {
            EntryTime time = items[i].Content.Time!;
            if (time.Start!.Value < maxEnd)
            {
                sink.Add(TimesheetRule.Overlap, items[i], items[i].Content.Date, "You already have an entry for this time.");
            }
            if (time.End!.Value > maxEnd)
            {
                maxEnd = time.End.Value;
            }
        }
    }

    // TS-06, TS-07, TS-08, TS-09, TS-11 over the employee's days, in date order.
    private void CheckDaysAndWeeks(EntryFacts[] items, int[] sorted, Sink sink)
    {
        EntryFacts first = items[sorted[0]];
        var weeks = new Dictionary<LocalDate, Duration>();
        Instant? previousEnd = null;
        LocalDate? lastShortened = null;
        int k = 0;
        while (k < sorted.Length)
        {
            LocalDate date = items[sorted[k]].Content.Date;
            Duration worked = Duration.Zero;
            Duration breaks = Duration.Zero;
            Instant? dayStart = null;
            Instant? dayEnd = null;
            Instant? lastWorkEnd = null;
            for (; k < sorted.Length && items[sorted[k]].Content.Date == date; k++)
            {
                TimesheetEntryContent c = items[sorted[k]].Content;
                EntryTime t = c.Time!;
                if (!c.CountsAsWork) // OT-03: only work and travel count; of the time entries that leaves breaks
                {
                    breaks += t.Duration >= N.MinimumBreak ? t.Duration : Duration.Zero;
                    continue;
                }
                worked += t.Duration;
                if (t.Start is { } s)
                {
                    if (lastWorkEnd is { } le && s - le >= N.MinimumBreak)
                    {
                        breaks += s - le; // an unregistered pause between two entries counts as a break
                    }
                    dayStart ??= s;
                    lastWorkEnd = lastWorkEnd is { } l && l > t.End!.Value ? l : t.End!.Value;
                    dayEnd = lastWorkEnd;
                }
            }
            if (worked == Duration.Zero)
            {
                continue;
            }
            LocalDate week = date.PlusDays(-(((int)date.DayOfWeek - (int)N.WeekStart + 7) % 7));
            weeks[week] = (weeks.TryGetValue(week, out Duration w) ? w : Duration.Zero) + worked;
            if (worked > N.DailyMax)
            {
                sink.Add(TimesheetRule.DayOverMax, first, null, date, $"{Iso(date)}: {Hours(worked)} hours worked exceeds {Hours(N.DailyMax)} hours.");
            }
            Duration needed = worked > N.SecondBreakAfter ? N.SecondBreak : worked > N.FirstBreakAfter ? N.FirstBreak : Duration.Zero;
            if (breaks < needed)
            {
                sink.Add(TimesheetRule.BreakMissing, first, null, date, $"{Iso(date)}: {needed.TotalMinutes:0} minutes break required.");
            }
            if (dayStart is { } start && previousEnd is { } end && start > end)
            {
                Duration rest = start - end;
                if (rest < N.Rest)
                {
                    bool shortenedAllowed = rest >= N.ShortRest && (lastShortened is not { } ls || Period.Between(ls, date, PeriodUnits.Days).Days >= 7);
                    if (shortenedAllowed)
                    {
                        lastShortened = date;
                    }
                    else
                    {
                        sink.Add(TimesheetRule.RestTooShort, first, null, date, $"Only {Hours(rest)} hours rest before {Iso(date)}.");
                    }
                }
            }
            if (dayEnd is not null)
            {
                previousEnd = dayEnd;
            }
        }
        CheckWeeks(first, weeks, sink);
    }

    private void CheckWeeks(EntryFacts first, Dictionary<LocalDate, Duration> weeks, Sink sink)
    {
        var order = new LocalDate[weeks.Count];
        weeks.Keys.CopyTo(order, 0);
        Array.Sort(order);
        foreach (LocalDate week in order)
        {
            Duration worked = weeks[week];
            if (worked > N.WeeklyMax)
            {
                sink.Add(TimesheetRule.WeekOverMax, first, null, week, $"Week of {Iso(week)}: {Hours(worked)} hours worked exceeds {Hours(N.WeeklyMax)} hours.");
            }
            if (_severities[(int)TimesheetRule.AverageOverMax] is not null)
            {
                Duration four = SumBack(weeks, week, 4);
                Duration sixteen = SumBack(weeks, week, 16);
                if (four > N.Average4 * 4 || sixteen > N.Average16 * 16)
                {
                    sink.Add(TimesheetRule.AverageOverMax, first, null, week, $"Week of {Iso(week)}: the average working week is too long ({Hours(four / 4)} hours over 4 weeks, {Hours(sixteen / 16)} over 16).");
                }
            }
        }
    }

    private static Duration SumBack(Dictionary<LocalDate, Duration> weeks, LocalDate week, int count)
    {
        Duration sum = Duration.Zero;
        for (int i = 0; i < count; i++)
        {
            if (weeks.TryGetValue(week.PlusWeeks(-i), out Duration w))
            {
                sum += w;
            }
        }
        return sum;
    }

    private static Duration Positive(Duration value) =>
        value > Duration.Zero ? value : throw new ArgumentException("The duration must be more than zero.", nameof(value));

    private static string Hours(Duration d) => d.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    internal readonly record struct EntryFacts(TimesheetEntryId EntryId, Abstractions.EmployeeId EmployeeId, TimesheetEntryContent Content, DateTimeZone Zone);

    private sealed record Numbers(
        Duration MaxEntry, Duration FutureTolerance, Duration DailyMax, Duration WeeklyMax, Duration Average4, Duration Average16,
        Duration Rest, Duration ShortRest, Duration FirstBreakAfter, Duration FirstBreak, Duration SecondBreakAfter, Duration SecondBreak,
        Duration MinimumBreak, decimal MaxKilometres, Money? ReceiptAbove, Duration MinimumDuration, IsoDayOfWeek WeekStart);

    private sealed class Sink(TimesheetRules rules)
    {
        private readonly ImmutableArray<TimesheetViolation>.Builder _errors = ImmutableArray.CreateBuilder<TimesheetViolation>();
        private readonly ImmutableArray<TimesheetViolation>.Builder _warnings = ImmutableArray.CreateBuilder<TimesheetViolation>();

        // Returns whether the rule is on and counted as an error.
        public bool Add(TimesheetRule rule, in EntryFacts e, LocalDate date, string message) => Add(rule, e, e.EntryId, date, message);

        public bool Add(TimesheetRule rule, in EntryFacts e, TimesheetEntryId? entryId, LocalDate date, string message)
        {
            if (rules._severities[(int)rule] is not { } severity)
            {
                return false;
            }
            var violation = new TimesheetViolation(rule, severity, e.EmployeeId, entryId, date, message);
            (severity == ViolationSeverity.Error ? _errors : _warnings).Add(violation);
            return severity == ViolationSeverity.Error;
        }

        public TimesheetValidation ToResult() => new(_errors.ToImmutable(), _warnings.ToImmutable());
    }
}
