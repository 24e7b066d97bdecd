using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Scheduling.Tests.Arbitraries;

/// <summary>A start and a valid rule for it (RFC 5545 restrictions respected).</summary>
public sealed record RuleScenario(LocalDateTime Start, RecurrenceRule Rule)
{
    public RecurrenceSet ToSet() => RecurrenceSet.Create(Start, Rule);

    public override string ToString() => $"DTSTART {Start:uuuu-MM-ddTHH:mm:ss} RRULE {Rule}";
}

/// <summary>A rule scenario plus three ordered fractions that place window bounds within the rule's first occurrences.</summary>
public sealed record WindowScenario(RuleScenario Scenario, double From, double Middle, double To)
{
    public override string ToString() => $"{Scenario} window fractions {From:F3} {Middle:F3} {To:F3}";
}

/// <summary>A rule scenario evaluated in a zone with daylight saving time (or none).</summary>
public sealed record ZonedScenario(RuleScenario Scenario, DateTimeZone Zone)
{
    public override string ToString() => $"{Scenario} in {Zone.Id}";
}

/// <summary>The canonical text of a valid rule with a few random edits: any result, valid or not.</summary>
public sealed record MutatedRuleText(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// A rule with a large COUNT and a window placed around one of its last occurrences (or after them), many periods
/// after the start, given as an index fraction, a shift in seconds and a length in seconds.
/// </summary>
public sealed record FarCountWindowScenario(RuleScenario Scenario, double Position, int Shift, long Length)
{
    public override string ToString() => $"{Scenario} window at {Position:F3} shifted {Shift}s for {Length}s";
}

/// <summary>A rule started within two years of the first or last supported year, with window fractions as in <see cref="WindowScenario"/>.</summary>
public sealed record EdgeWindowScenario(WindowScenario Window, DateTimeZone Zone)
{
    public override string ToString() => $"{Window} in {Zone.Id}";
}

public static class RecurrenceArbitraries
{
    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "UTC", "America/Sao_Paulo"];
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private static readonly int[] Months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    private static readonly int[] Hours = [0, 1, 2, 3, 8, 9, 12, 17, 23];
    private static readonly int[] Minutes = [0, 1, 15, 30, 45, 59];
    private static readonly int[] Seconds = [0, 1, 30, 59, 60];

    private static readonly string[] Insertions = [";", "=", ",", "-", "+", "0", "9", "99999999999", "FREQ=DAILY", "BYDAY", "Z", "T", " ", "\u00e9", "\0", "RRULE:"];

    public static Arbitrary<RuleScenario> RuleScenarios() => Scenarios().ToArbitrary();

    public static Arbitrary<WindowScenario> Windows() =>
        (from scenario in Scenarios()
         from a in Gen.Choose(0, 1000)
         from b in Gen.Choose(0, 1000)
         from c in Gen.Choose(0, 1000)
         let sorted = new[] { a, b, c }.Order().ToArray()
         select new WindowScenario(scenario, sorted[0] / 1000.0, sorted[1] / 1000.0, sorted[2] / 1000.0)).ToArbitrary();

    public static Arbitrary<FarCountWindowScenario> FarCountWindows() =>
        (from scenario in Scenarios()
         from count in Gen.Choose(500, 20_000)
         from position in Gen.Choose(900, 1100)
         from shift in Gen.Elements(-86_400, -3600, -1, 0, 1, 3600)
         from length in Gen.Elements(1L, 60L, 3600L, 86_400L, 40L * 86_400, 3L * 365 * 86_400)
         select new FarCountWindowScenario(
             new RuleScenario(scenario.Start, RecurrenceRule.Parse(WithCount(scenario.Rule.ToString(), count)).AsT0),
             position / 1000.0,
             shift,
             length)).ToArbitrary();

    public static Arbitrary<EdgeWindowScenario> EdgeWindows() =>
        (from early in Gen.Elements(true, false)
         from days in Gen.Choose(0, 730)
         from hour in Gen.Elements(0, 1, 12, 23)
         from minute in Gen.Elements(0, 30, 59)
         let start = early
             ? new LocalDate(1, 1, 1).PlusDays(days).At(new LocalTime(hour, minute))
             : new LocalDate(9999, 12, 31).PlusDays(-days).At(new LocalTime(hour, minute))
         from rule in Rules(start)
         from a in Gen.Choose(0, 1000)
         from b in Gen.Choose(0, 1000)
         from c in Gen.Choose(0, 1000)
         from zone in Gen.Elements("UTC", "Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati")
         let sorted = new[] { a, b, c }.Order().ToArray()
         select new EdgeWindowScenario(
             new WindowScenario(new RuleScenario(start, rule), sorted[0] / 1000.0, sorted[1] / 1000.0, sorted[2] / 1000.0),
             DateTimeZoneProviders.Tzdb[zone])).ToArbitrary();

    private static string WithCount(string rule, int count) =>
        string.Join(';', rule.Split(';').Where(part => !part.StartsWith("COUNT=", StringComparison.Ordinal) && !part.StartsWith("UNTIL=", StringComparison.Ordinal)))
        + ";COUNT=" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Arbitrary<ZonedScenario> ZonedScenarios() =>
        (from scenario in Scenarios()
         from zone in Gen.Elements(ZoneIds)
         select new ZonedScenario(scenario, DateTimeZoneProviders.Tzdb[zone])).ToArbitrary();

    public static Arbitrary<MutatedRuleText> MutatedRules() =>
        (from scenario in Scenarios()
         from edits in Gen.ListOf(Edit(), 3)
         select new MutatedRuleText(edits.Aggregate(scenario.Rule.ToString(), (text, edit) => edit(text)))).ToArbitrary();

    private static Gen<Func<string, string>> Edit() =>
        from kind in Gen.Choose(0, 3)
        from position in Gen.Choose(0, 1000)
        from insertion in Gen.Elements(Insertions)
        select (Func<string, string>)(text =>
        {
            int at = text.Length == 0 ? 0 : position % (text.Length + 1);
            return kind switch
            {
                0 => text.Insert(at, insertion),
                1 when at < text.Length => text.Remove(at, 1),
                2 => text + ";" + text[..at],
                _ => text[..at],
            };
        });

    private static Gen<RuleScenario> Scenarios() =>
        from days in Gen.Choose(0, 365 * 30)
        from hour in Gen.Elements(0, 1, 2, 3, 9, 12, 23)
        from minute in Gen.Elements(0, 15, 30, 59)
        from second in Gen.Elements(0, 30)
        let start = new LocalDate(2000, 1, 1).PlusDays(days).At(new LocalTime(hour, minute, second))
        from rule in Rules(start)
        select new RuleScenario(start, rule);

    private static Gen<RecurrenceRule> Rules(LocalDateTime start) =>
        from frequency in Gen.Elements(Enum.GetValues<RecurrenceFrequency>())
        from interval in Gen.Elements(1, 1, 2, 3, 5)
        from end in Gen.Choose(0, 2)
        from count in Gen.Choose(1, 40)
        from untilDays in Gen.Choose(-5, 800)
        from untilSeconds in Gen.Choose(0, 86_399)
        from months in Maybe(Sub(Months))
        from weekNumbers in Maybe(Gen.ArrayOf(Gen.Elements(1, 2, 10, 20, 26, 52, 53, -1, -2, -53)))
        from yearDays in Maybe(Gen.ArrayOf(Gen.Elements(1, 2, 59, 60, 100, 200, 365, 366, -1, -2, -365, -366)))
        from monthDays in Maybe(Gen.ArrayOf(Gen.Elements(1, 2, 15, 28, 29, 30, 31, -1, -2, -29, -30, -31)))
        from plainDays in Maybe(Sub(Weekdays))
        from ordinalDays in Maybe(Gen.ArrayOf(Gen.Zip(Gen.Elements(1, 2, 3, 5, -1, -2, -5, 20, -53), Gen.Elements(Weekdays))))
        from hours in Maybe(Sub(Hours))
        from minutes in Maybe(Sub(Minutes))
        from seconds in Maybe(Sub(Seconds))
        from positions in Maybe(Gen.ArrayOf(Gen.Elements(1, 2, 3, -1, -2, -3, 10, -10)))
        from weekStart in Gen.Elements(Weekdays)
        from skip in Gen.Elements<RecurrenceSkip?>(null, null, null, RecurrenceSkip.Omit, RecurrenceSkip.Backward, RecurrenceSkip.Forward)
        select WithSkip(
            Build(start, frequency, interval, end, count, Until(start, untilDays, untilSeconds),
                months, weekNumbers, yearDays, monthDays, plainDays, ordinalDays, hours, minutes, seconds, positions, weekStart),
            skip);

    /// <summary>
    /// Adds <c>RSCALE=GREGORIAN;SKIP=…</c> (RFC 7529) to about half the rules; a combination the engine refuses
    /// (<see cref="InvalidRecurrenceRule.SkipNotSupportedCode"/>) keeps the rule without it.
    /// </summary>
    private static RecurrenceRule WithSkip(RecurrenceRule rule, RecurrenceSkip? skip)
    {
        if (skip is not RecurrenceSkip value)
        {
            return rule;
        }
        string text = rule + ";RSCALE=GREGORIAN" + (value == RecurrenceSkip.Omit ? string.Empty : ";SKIP=" + value.ToString().ToUpperInvariant());
        return RecurrenceRule.Parse(text).Match(
            withSkip => withSkip,
            error => error.Code == InvalidRecurrenceRule.SkipNotSupportedCode ? rule : throw new InvalidOperationException($"Generator built an invalid rule: {error.Message}"));
    }

    /// <summary>The start's date moved by <paramref name="days"/> plus <paramref name="seconds"/>, kept within the year 9999.</summary>
    private static LocalDateTime Until(LocalDateTime start, int days, int seconds)
    {
        int daysLeft = Period.Between(start.Date, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;
        return start.Date.PlusDays(Math.Min(days, daysLeft)).AtMidnight().PlusSeconds(seconds);
    }

    private static Gen<T[]> Sub<T>(T[] items) => Gen.SubListOf(items).Select(list => list.ToArray());

    private static Gen<T[]?> Maybe<T>(Gen<T[]> values) =>
        from use in Gen.Choose(0, 3)
        from list in values
        select use == 0 && list.Length > 0 ? list.Take(4).ToArray() : null;

    private static RecurrenceRule Build(
        LocalDateTime start,
        RecurrenceFrequency frequency,
        int interval,
        int end,
        int count,
        LocalDateTime until,
        int[]? months,
        int[]? weekNumbers,
        int[]? yearDays,
        int[]? monthDays,
        IsoDayOfWeek[]? plainDays,
        (int, IsoDayOfWeek)[]? ordinalDays,
        int[]? hours,
        int[]? minutes,
        int[]? seconds,
        int[]? positions,
        IsoDayOfWeek weekStart)
    {
        bool subDaily = frequency < RecurrenceFrequency.Daily;
        var builder = RecurrenceRuleBuilder.Create(frequency).WithInterval(subDaily ? interval * 7 : interval).WithWeekStart(weekStart);
        if (end == 1)
        {
            builder.WithCount(count);
        }
        else if (end == 2)
        {
            builder.WithUntil(RecurrenceUntil.Floating(until));
        }
        if (months is not null)
        {
            builder.WithByMonth(months);
        }
        bool yearly = frequency == RecurrenceFrequency.Yearly;
        if (weekNumbers is not null && yearly)
        {
            builder.WithByWeekNo(weekNumbers);
        }
        if (yearDays is not null && (yearly || subDaily))
        {
            builder.WithByYearDay(yearDays);
        }
        if (monthDays is not null && frequency != RecurrenceFrequency.Weekly)
        {
            builder.WithByMonthDay(monthDays);
        }
        var days = new List<RecurrenceWeekday>();
        if (plainDays is not null)
        {
            days.AddRange(plainDays.Select(RecurrenceWeekday.Every));
        }
        bool ordinalsAllowed = frequency == RecurrenceFrequency.Monthly || (yearly && weekNumbers is null);
        if (ordinalDays is not null && ordinalsAllowed)
        {
            days.AddRange(ordinalDays
                .Where(d => frequency == RecurrenceFrequency.Yearly || Math.Abs(d.Item1) <= 5)
                .Select(d => RecurrenceWeekday.Nth(d.Item1, d.Item2)));
        }
        if (days.Count > 0)
        {
            builder.WithByDay([.. days]);
        }
        if (hours is not null)
        {
            builder.WithByHour(hours);
        }
        if (minutes is not null)
        {
            builder.WithByMinute(minutes);
        }
        if (seconds is not null)
        {
            builder.WithBySecond(seconds);
        }
        var draft = builder.Build();
        if (positions is not null && draft.IsT0 && HasByPart(draft.AsT0))
        {
            builder.WithBySetPosition(positions);
        }
        var result = builder.Build();
        return result.Match(rule => rule, error => throw new InvalidOperationException($"Generator built an invalid rule: {error.Message} (start {start})"));
    }

    private static bool HasByPart(RecurrenceRule rule) =>
        !(rule.ByMonth.IsEmpty && rule.ByWeekNo.IsEmpty && rule.ByYearDay.IsEmpty && rule.ByMonthDay.IsEmpty && rule.ByDay.IsEmpty
          && rule.ByHour.IsEmpty && rule.ByMinute.IsEmpty && rule.BySecond.IsEmpty);
}
