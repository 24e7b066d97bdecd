using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.TimeZones;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Scheduling.Tests.Arbitraries;
using OutSmart.Domain.Scheduling.Tests.TestData;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

/// <summary>Properties of rule evaluation over generated rules, starts, windows and zones.</summary>
public sealed class RecurrenceSetProperties
{
    private const int Prefix = 300;

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool GetOccurrences_StrictlyIncreaseAndNeverPrecedeTheStart(RuleScenario scenario)
    {
        var occurrences = scenario.ToSet().GetOccurrences().Take(Prefix).ToList();

        return occurrences.All(o => o >= scenario.Start) && occurrences.Zip(occurrences.Skip(1)).All(p => p.First < p.Second);
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool GetOccurrences_EveryOccurrenceMatchesEveryByPart(RuleScenario scenario)
    {
        var occurrences = scenario.ToSet().GetOccurrences().Take(Prefix);

        return occurrences.All(o => RuleMatcher.Matches(scenario.Rule, scenario.Start, o));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool GetOccurrences_HonoursCountAndUntil(RuleScenario scenario)
    {
        var rule = scenario.Rule;
        var unbounded = RecurrenceRule.Parse(WithoutEnd(rule.ToString())).AsT0;
        var limited = RecurrenceSet.Create(scenario.Start, rule).GetOccurrences().Take(Prefix).ToList();
        var all = RecurrenceSet.Create(scenario.Start, unbounded).GetOccurrences();

        if (rule.Count is int count)
        {
            return limited.Count <= count && limited.SequenceEqual(all.Take(Math.Min(count, Prefix)));
        }
        if (rule.Until is { } until)
        {
            var expected = all.TakeWhile(o => o <= until.Value).Take(Prefix);
            return limited.All(o => o <= until.Value) && limited.SequenceEqual(expected);
        }
        return limited.SequenceEqual(all.Take(Prefix));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool Between_EqualsTheFullExpansionFilteredToTheWindow(WindowScenario window)
    {
        var set = window.Scenario.ToSet();
        var (full, from, _, to) = Window(set, window);

        var actual = set.Between(from, to).ToList();

        return actual.SequenceEqual(full.Where(o => o >= from && o < to));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool Between_AdjacentWindowsConcatenateToTheSpanningWindow(WindowScenario window)
    {
        var set = window.Scenario.ToSet();
        var (_, from, middle, to) = Window(set, window);

        var joined = set.Between(from, middle).Concat(set.Between(middle, to)).ToList();

        return joined.SequenceEqual(set.Between(from, to));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 200)]
    public bool GetOccurrences_WhenEnumeratedTwice_GivesTheSameOccurrences(RuleScenario scenario)
    {
        var set = scenario.ToSet();

        return set.GetOccurrences().Take(100).SequenceEqual(set.GetOccurrences().Take(100));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool InZone_OccurrencesAreStrictlyIncreasingInstants(ZonedScenario zoned)
    {
        var instants = zoned.Scenario.ToSet().InZone(zoned.Zone).GetOccurrences().Take(Prefix).Select(z => z.ToInstant()).ToList();

        return instants.Zip(instants.Skip(1)).All(p => p.First < p.Second);
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool InZone_EqualsTheFloatingOccurrencesResolvedLenientlySortedWithoutRepeats(ZonedScenario zoned)
    {
        var set = zoned.Scenario.ToSet();
        // Zoned evaluation ends at Instant.MaxValue; stay clear of it.
        var locals = set.GetOccurrences().Take(Prefix).TakeWhile(l => l.Year < 9999).ToList();
        var cut = locals.Count == Prefix ? zoned.Zone.ResolveLocal(locals[^1].PlusDays(-1), Resolvers.LenientResolver).ToInstant() : Instant.FromUtc(9998, 12, 31, 0, 0);
        var expected = locals
            .Select(local => zoned.Zone.ResolveLocal(local, Resolvers.LenientResolver))
            .Where(z => z.ToInstant() < cut)
            .DistinctBy(z => z.ToInstant())
            .OrderBy(z => z.ToInstant())
            .ToList();

        var actual = set.InZone(zoned.Zone).GetOccurrences().TakeWhile(z => z.ToInstant() < cut).ToList();

        return actual.SequenceEqual(expected);
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 200)]
    public bool InZone_Between_EqualsTheZonedExpansionFilteredToTheWindow(ZonedScenario zoned)
    {
        var set = zoned.Scenario.ToSet().InZone(zoned.Zone);
        var full = set.GetOccurrences().Take(60).Select(z => z.ToInstant()).ToList();
        if (full.Count < 3)
        {
            return set.Between(Instant.MinValue, Instant.MaxValue).Select(z => z.ToInstant()).SequenceEqual(full);
        }
        var from = full[1] - Duration.FromSeconds(1);
        var to = full[^1];

        var actual = set.Between(from, to).Select(z => z.ToInstant()).ToList();

        return actual.SequenceEqual(full.Where(i => i >= from && i < to));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool Between_WhenCountedRuleIsQueriedFarFromItsStart_EqualsTheFullExpansionFilteredToTheWindow(FarCountWindowScenario window)
    {
        var set = window.Scenario.ToSet();
        var full = set.GetOccurrences().ToList();
        var (from, to) = FarWindow(full, set.Start, window);

        var actual = set.Between(from, to).ToList();

        return actual.SequenceEqual(full.Where(o => o >= from && o < to));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 150)]
    public bool InZone_Between_WhenCountedRuleIsQueriedFarFromItsStart_EqualsTheZonedExpansionFilteredToTheWindow(FarCountWindowScenario window)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var set = window.Scenario.ToSet();
        var full = set.InZone(zone).GetOccurrences().Select(z => z.ToInstant()).ToList();
        var (fromLocal, toLocal) = FarWindow(set.GetOccurrences().ToList(), set.Start, window);
        var from = zone.AtLeniently(fromLocal).ToInstant();
        var to = zone.AtLeniently(toLocal).ToInstant();

        var actual = set.InZone(zone).Between(from, to).Select(z => z.ToInstant()).ToList();

        return actual.SequenceEqual(full.Where(i => i >= from && i < to));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 300)]
    public bool Between_WhenNearTheFirstOrLastSupportedYear_EqualsTheFullExpansionFilteredToTheWindow(EdgeWindowScenario edge)
    {
        var set = edge.Window.Scenario.ToSet();
        var full = set.GetOccurrences().Take(Prefix).ToList();
        var first = set.Start.PlusDays(-3);
        var last = full.Count == Prefix ? full[^1] : new LocalDateTime(9999, 12, 31, 23, 59, 59);
        long span = Period.Between(first, last, PeriodUnits.Seconds).Seconds;
        LocalDateTime At(double fraction) => first.PlusSeconds((long)(span * fraction));
        var (from, middle, to) = (At(edge.Window.From), At(edge.Window.Middle), At(edge.Window.To));

        var actual = set.Between(from, to).ToList();
        var joined = set.Between(from, middle).Concat(set.Between(middle, to));

        return actual.SequenceEqual(full.Where(o => o >= from && o < to)) && joined.SequenceEqual(actual);
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 200)]
    public bool InZone_Between_WhenNearTheFirstOrLastInstant_EqualsTheZonedExpansionFilteredToTheWindow(EdgeWindowScenario edge)
    {
        var set = edge.Window.Scenario.ToSet().InZone(edge.Zone);
        var full = set.GetOccurrences().Take(Prefix).Select(z => z.ToInstant()).ToList();
        var first = Instant.MinValue;
        var last = full.Count == Prefix ? full[^1] : Instant.MaxValue;
        var low = edge.Window.Scenario.Start.Year < 5000 ? first : (full.Count > 0 ? full[0] : last) - Duration.FromDays(3);
        long seconds = (long)Math.Floor((last - low).TotalSeconds) - 1;
        Instant At(double fraction) => low + Duration.FromSeconds((long)(seconds * fraction));
        var (from, to) = (At(edge.Window.From), At(edge.Window.To));

        var actual = set.Between(from, to).Select(z => z.ToInstant()).ToList();

        return actual.SequenceEqual(full.Where(i => i >= from && i < to));
    }

    [Property(MaxTest = 200)]
    public Property GetOccurrences_WhenMonthlyMonthDayMovesBackwardOrForward_GivesOneOccurrencePerMonthOfTheRule()
    {
        var scenarios =
            from day in Gen.Choose(1, 31)
            from backward in Gen.Elements(true, false)
            from monthOffset in Gen.Choose(0, 12 * 400)
            from interval in Gen.Elements(1, 1, 2, 3, 5)
            select (day, backward, monthOffset, interval);

        return Prop.ForAll(Arb.ToArbitrary(scenarios), scenario =>
        {
            var (day, backward, monthOffset, interval) = scenario;
            var first = new LocalDate(1900, 1, 1).PlusMonths(monthOffset);
            var rule = RecurrenceRule.Parse($"FREQ=MONTHLY;INTERVAL={interval};BYMONTHDAY={day};RSCALE=GREGORIAN;SKIP={(backward ? "BACKWARD" : "FORWARD")}").AsT0;
            var set = RecurrenceSet.Create(first.AtMidnight(), rule);

            var occurrences = set.GetOccurrences().Take(48).Select(o => o.Date).ToList();

            // One occurrence per month of the rule: the day itself, else the month's last day or the next month's first.
            var expected = Enumerable.Range(0, 48).Select(i =>
            {
                var month = first.PlusMonths(i * interval);
                int length = month.Calendar.GetDaysInMonth(month.Year, month.Month);
                return day <= length ? new LocalDate(month.Year, month.Month, day)
                    : backward ? new LocalDate(month.Year, month.Month, length)
                    : new LocalDate(month.Year, month.Month, 1).PlusMonths(1);
            }).ToList();
            bool onePerCalendarMonth = !backward || occurrences.Select(d => (d.Year, d.Month)).Distinct().Count() == 48;
            return occurrences.SequenceEqual(expected) && onePerCalendarMonth;
        });
    }

    private static (LocalDateTime From, LocalDateTime To) FarWindow(List<LocalDateTime> full, LocalDateTime start, FarCountWindowScenario window)
    {
        var end = new LocalDateTime(9999, 12, 31, 23, 59, 59);
        int index = (int)Math.Min(full.Count - 1, full.Count * window.Position);
        var anchor = full.Count == 0 ? start.PlusYears(1) : index < 0 ? start : full[index];
        // The last occurrence may lie less than the shift before the end of the year 9999.
        var from = window.Shift > 0 && Period.Between(anchor, end, PeriodUnits.Seconds).Seconds < window.Shift ? end : anchor.PlusSeconds(window.Shift);
        var to = Period.Between(from, end, PeriodUnits.Seconds).Seconds > window.Length ? from.PlusSeconds(window.Length) : end;
        return (from, to);
    }

    private static (List<LocalDateTime> Full, LocalDateTime From, LocalDateTime Middle, LocalDateTime To) Window(RecurrenceSet set, WindowScenario window)
    {
        var full = set.GetOccurrences().Take(Prefix).ToList();
        var first = set.Start.PlusDays(-1);
        var last = full.Count == Prefix ? full[^1] : set.Start.PlusYears(3);
        long span = Period.Between(first, last, PeriodUnits.Seconds).Seconds;
        LocalDateTime At(double fraction) => first.PlusSeconds((long)(span * fraction));
        return (full, At(window.From), At(window.Middle), At(window.To));
    }

    private static string WithoutEnd(string rule) =>
        string.Join(';', rule.Split(';').Where(part => !part.StartsWith("COUNT=", StringComparison.Ordinal) && !part.StartsWith("UNTIL=", StringComparison.Ordinal)));
}
