using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

/// <summary>RFC 7529 <c>RSCALE=GREGORIAN;SKIP=…</c>: dates a month lacks are omitted, moved back or moved forward.</summary>
public sealed class RecurrenceSkipTests
{
    private static RecurrenceRule Rule(string text) => RecurrenceRule.Parse(text).AsT0;

    private static string[] Dates(string start, string rule, int take = 100) =>
        [.. RecurrenceSet.Create(LocalDateTimeOf(start), Rule(rule)).GetOccurrences().Take(take).Select(o => o.Date.ToString("uuuuMMdd", null))];

    private static LocalDateTime LocalDateTimeOf(string date) =>
        new(int.Parse(date[..4], null), int.Parse(date[4..6], null), int.Parse(date[6..8], null), 9, 0);

    [Theory]
    // The Gregorian leap-day example of RFC 7529 (its examples section): a February 29 birthday, DTSTART 20120229.
    [InlineData("RSCALE=GREGORIAN;FREQ=YEARLY;SKIP=FORWARD;COUNT=5", "20120229,20130301,20140301,20150301,20160229")]
    [InlineData("RSCALE=GREGORIAN;FREQ=YEARLY;SKIP=BACKWARD;COUNT=5", "20120229,20130228,20140228,20150228,20160229")]
    [InlineData("RSCALE=GREGORIAN;FREQ=YEARLY;COUNT=2", "20120229,20160229")]
    [InlineData("FREQ=YEARLY;COUNT=2", "20120229,20160229")]
    public void GetOccurrences_WhenYearlyRuleStartsOnFebruary29_FollowsTheSkip(string rule, string expected)
    {
        Assert.Equal(expected.Split(','), Dates("20120229", rule));
    }

    [Theory]
    [InlineData("BACKWARD", "20260131,20260228,20260331,20260430,20260531,20260630,20260731,20260831,20260930,20261031,20261130,20261231,20270131,20270228")]
    [InlineData("FORWARD", "20260131,20260301,20260331,20260501,20260531,20260701,20260731,20260831,20261001,20261031,20261201,20261231,20270131,20270301")]
    [InlineData("OMIT", "20260131,20260331,20260531,20260731,20260831,20261031,20261231,20270131,20270331,20270531,20270731,20270831,20271031,20271231")]
    public void GetOccurrences_WhenMonthlyOn31st_FollowsTheSkipInShorterMonths(string skip, string expected)
    {
        var dates = Dates("20260131", $"FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP={skip}", 14);

        Assert.Equal(expected.Split(','), dates);
    }

    [Fact]
    public void GetOccurrences_WhenMonthlyWithoutMonthDayStartsOn31st_MovesTheStartsDayToo()
    {
        var dates = Dates("20240131", "FREQ=MONTHLY;RSCALE=GREGORIAN;SKIP=BACKWARD;COUNT=4");

        Assert.Equal(["20240131", "20240229", "20240331", "20240430"], dates);
    }

    [Theory]
    [InlineData("BACKWARD", "20230228,20240229,20250228,20260228")]
    [InlineData("FORWARD", "20230301,20240229,20250301,20260301")]
    [InlineData("OMIT", "20240229,20280229,20320229,20360229")]
    public void GetOccurrences_WhenYearlyFebruary29_IsMovedInCommonYears(string skip, string expected)
    {
        var dates = Dates("20230101", $"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;RSCALE=GREGORIAN;SKIP={skip};COUNT=4");

        Assert.Equal(expected.Split(','), dates);
    }

    [Theory]
    // May 1 would come from April 31, but April is before the start and no period of the rule.
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=3", "20370531,20370701,20370731")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1,31;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=3", "20370501,20370531,20370601")]
    // A yearly period holds the whole year: March 1 moved from February 30 of the start's year occurs.
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=2", "20380301,20390301")]
    public void GetOccurrences_WhenStartIsTheFirstOfAMonth_MovesOnlyDatesOfTheRulesPeriods(string rule, string expected)
    {
        var start = rule.Contains("YEARLY", StringComparison.Ordinal) ? "20380301" : "20370501";

        var dates = Dates(start, rule);

        Assert.Equal(expected.Split(','), dates);
    }

    [Fact]
    public void Between_WhenMonthlySkipForwardStartsOnTheFirst_LeavesOutTheDateMovedFromBeforeTheStart()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2037, 5, 1, 0, 0), Rule("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=3"));

        var window = set.Between(new LocalDateTime(2037, 4, 1, 0, 0), new LocalDateTime(2037, 7, 2, 0, 0)).ToList();

        Assert.Equal([new LocalDateTime(2037, 5, 31, 0, 0), new LocalDateTime(2037, 7, 1, 0, 0)], window);
    }

    [Theory]
    [InlineData("20250131", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=7", "20250131,20250331,20250531,20250731,20251001,20251201,20260131")]
    [InlineData("20250131", "FREQ=MONTHLY;INTERVAL=2;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=7", "20250131,20250331,20250531,20250731,20251001,20251201,20260131")]
    [InlineData("20250201", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15,31;BYSETPOS=-1;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=5", "20250301,20250531,20250831,20251201,20260301")]
    [InlineData("20250201", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1,31;BYSETPOS=2;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=4", "20250301,20250531,20250831,20251201")]
    [InlineData("20250201", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=30;BYDAY=SA,SU;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=3", "20250301,20250830,20260301")]
    [InlineData("20250201", "FREQ=MONTHLY;INTERVAL=2;BYMONTH=2,3;BYMONTHDAY=30;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=2", "20250301,20260301")]
    public void GetOccurrences_WhenMonthlyForwardSkipsMonths_KeepsTheMovedDateWithTheMonthItCameFrom(string start, string rule, string expected)
    {
        Assert.Equal(expected.Split(','), Dates(start, rule));
    }

    [Fact]
    public void Between_WhenWindowHoldsOnlyADateMovedForwardFromAnEarlierPeriod_FindsIt()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2025, 1, 31, 9, 0), Rule("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=FORWARD"));

        var window = set.Between(new LocalDateTime(2025, 10, 1, 0, 0), new LocalDateTime(2025, 10, 2, 0, 0)).ToList();
        var counted = RecurrenceSet.Create(new LocalDateTime(2025, 1, 31, 9, 0), Rule("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=30"));
        var far = counted.Between(new LocalDateTime(2028, 10, 1, 0, 0), new LocalDateTime(2029, 1, 1, 0, 0)).ToList();

        Assert.Equal([new LocalDateTime(2025, 10, 1, 9, 0)], window);
        Assert.Equal(counted.GetOccurrences().Where(o => o >= new LocalDateTime(2028, 10, 1, 0, 0) && o < new LocalDateTime(2029, 1, 1, 0, 0)), far);
        Assert.Equal([new LocalDateTime(2028, 10, 1, 9, 0), new LocalDateTime(2028, 12, 1, 9, 0)], far);
    }

    [Fact]
    public void GetOccurrences_WhenTwoMonthDaysMoveToTheSameDate_YieldsAndCountsItOnce()
    {
        var dates = Dates("20260101", "FREQ=MONTHLY;BYMONTHDAY=29,30,31;RSCALE=GREGORIAN;SKIP=BACKWARD;COUNT=6");

        Assert.Equal(["20260129", "20260130", "20260131", "20260228", "20260329", "20260330"], dates);
    }

    [Fact]
    public void GetOccurrences_WhenMovedForwardOntoAnOccurrence_YieldsAndCountsItOnce()
    {
        var dates = Dates("20260201", "FREQ=MONTHLY;BYMONTHDAY=1,30;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=4");

        Assert.Equal(["20260201", "20260301", "20260330", "20260401"], dates);
    }

    [Fact]
    public void GetOccurrences_WhenByMonthAndSkipForward_KeepsTheDateMovedOutOfTheSelectedMonth()
    {
        var dates = Dates("20250101", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=2");

        Assert.Equal(["20250301", "20260301"], dates);
    }

    [Fact]
    public void GetOccurrences_WhenByDayLimitsMovedDates_ChecksTheWeekdayOfTheMovedDate()
    {
        // February 28, 2025 is a Friday; April 30, 2025 a Wednesday; October 31, 2025 a Friday.
        var dates = Dates("20250101", "FREQ=MONTHLY;BYMONTHDAY=31;BYDAY=FR;RSCALE=GREGORIAN;SKIP=BACKWARD;COUNT=3");

        Assert.Equal(["20250131", "20250228", "20251031"], dates);
    }

    [Fact]
    public void GetOccurrences_WhenBySetPositionAndSkipBackward_SelectsFromTheMovedSet()
    {
        var dates = Dates("20260101", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15,31;BYSETPOS=-1;RSCALE=GREGORIAN;SKIP=BACKWARD;COUNT=4");

        Assert.Equal(["20260131", "20260331", "20260531", "20260731"], dates);
    }

    [Fact]
    public void GetOccurrences_WhenYearlyBySetPositionAndSkipForward_SelectsFromTheMovedSet()
    {
        var dates = Dates("20250101", "FREQ=YEARLY;BYMONTH=2,4;BYMONTHDAY=31;BYSETPOS=1;RSCALE=GREGORIAN;SKIP=FORWARD;COUNT=2");

        Assert.Equal(["20250301", "20260301"], dates);
    }

    [Fact]
    public void Between_WhenCountedSkipRuleIsQueriedYearsLater_CountsMovedDatesOnce()
    {
        var rule = Rule("FREQ=MONTHLY;BYMONTHDAY=30,31;RSCALE=GREGORIAN;SKIP=BACKWARD;COUNT=40");
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 1, 9, 0), rule);
        var full = set.GetOccurrences().ToList();
        var from = new LocalDateTime(2027, 6, 1, 0, 0);

        var window = set.Between(from, new LocalDateTime(2030, 1, 1, 0, 0)).ToList();

        Assert.Equal(40, full.Count);
        Assert.Equal(new LocalDateTime(2026, 2, 28, 9, 0), full[2]);
        Assert.Equal(full.Where(o => o >= from), window);
    }

    [Fact]
    public void InZone_WhenMonthlyOn31stWithSkipBackward_MapsTheMovedDatesInTheZone()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 31, 8, 0), Rule("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD;COUNT=4"));

        var occurrences = set.InZone(zone).GetOccurrences().Select(z => z.ToOffsetDateTime().ToString()).ToList();

        Assert.Equal(["2026-01-31T08:00:00+01", "2026-02-28T08:00:00+01", "2026-03-31T08:00:00+02", "2026-04-30T08:00:00+02"], occurrences);
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD", "FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD")]
    [InlineData("rscale=gregorian;skip=forward;freq=yearly", "FREQ=YEARLY;RSCALE=GREGORIAN;SKIP=FORWARD")]
    [InlineData("SKIP=OMIT;RSCALE=GREGORIAN;FREQ=YEARLY", "FREQ=YEARLY;RSCALE=GREGORIAN")]
    [InlineData("RRULE:FREQ=WEEKLY;RSCALE=GREGORIAN", "FREQ=WEEKLY;RSCALE=GREGORIAN")]
    public void ToString_WhenRuleHasRscaleOrSkip_IsCanonicalAndParsesBackToAnEqualRule(string text, string canonical)
    {
        var rule = Rule(text);

        Assert.Equal(canonical, rule.ToString());
        Assert.Equal(rule, Rule(rule.ToString()));
        Assert.Equal(rule.GetHashCode(), Rule(rule.ToString()).GetHashCode());
    }

    [Fact]
    public void Parse_WhenSkipIsGiven_ExposesItOnTheRule()
    {
        var backward = Rule("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD");
        var plain = Rule("FREQ=MONTHLY;BYMONTHDAY=31");

        Assert.True(backward.HasRscale);
        Assert.Equal("GREGORIAN", backward.Rscale);
        Assert.Equal(RecurrenceSkip.Backward, backward.Skip);
        Assert.False(plain.HasRscale);
        Assert.Null(plain.Rscale);
        Assert.Equal(RecurrenceSkip.Omit, plain.Skip);
        Assert.NotEqual(plain, Rule("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN"));
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;SKIP=BACKWARD", InvalidRecurrenceRule.SkipWithoutRscaleCode, "SKIP", 13)]
    [InlineData("FREQ=MONTHLY;SKIP=OMIT", InvalidRecurrenceRule.SkipWithoutRscaleCode, "SKIP", 13)]
    [InlineData("FREQ=YEARLY;RSCALE=HEBREW", InvalidRecurrenceRule.RscaleUnsupportedCode, "RSCALE", 19)]
    [InlineData("FREQ=YEARLY;RSCALE=", InvalidRecurrenceRule.EmptyPartCode, "RSCALE", 19)]
    [InlineData("FREQ=YEARLY;RSCALE=GREGORIAN;SKIP=SIDEWAYS", InvalidRecurrenceRule.BadValueCode, "SKIP", 34)]
    [InlineData("FREQ=YEARLY;RSCALE=GREGORIAN;RSCALE=GREGORIAN", InvalidRecurrenceRule.DuplicatePartCode, "RSCALE", 29)]
    [InlineData("FREQ=YEARLY;BYYEARDAY=366;RSCALE=GREGORIAN;SKIP=BACKWARD", InvalidRecurrenceRule.SkipNotSupportedCode, "SKIP", 43)]
    [InlineData("FREQ=YEARLY;BYWEEKNO=53;RSCALE=GREGORIAN;SKIP=FORWARD", InvalidRecurrenceRule.SkipNotSupportedCode, "SKIP", 41)]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD", InvalidRecurrenceRule.SkipNotSupportedCode, "SKIP", 55)]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-30;RSCALE=GREGORIAN;SKIP=BACKWARD", InvalidRecurrenceRule.SkipNotSupportedCode, "SKIP", 45)]
    [InlineData("FREQ=DAILY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD", InvalidRecurrenceRule.SkipNotSupportedCode, "SKIP", 42)]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=31;BYSETPOS=1;RSCALE=GREGORIAN;SKIP=FORWARD", InvalidRecurrenceRule.SkipNotSupportedCode, "SKIP", 55)]
    public void Parse_WhenRscaleOrSkipIsInvalidOrUnsupported_ReturnsTheSpecificCode(string text, string code, string part, int position)
    {
        var error = RecurrenceRule.Parse(text).AsT1;

        Assert.Equal(code, error.Code);
        Assert.Equal(part, error.Part);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYYEARDAY=366;RSCALE=GREGORIAN;SKIP=OMIT")]
    [InlineData("FREQ=WEEKLY;RSCALE=GREGORIAN;SKIP=FORWARD")]
    [InlineData("FREQ=DAILY;RSCALE=GREGORIAN;SKIP=BACKWARD")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD")]
    [InlineData("FREQ=YEARLY;INTERVAL=4;BYMONTHDAY=31;BYSETPOS=2;RSCALE=GREGORIAN;SKIP=FORWARD")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;RSCALE=GREGORIAN;SKIP=FORWARD")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31;BYSETPOS=1;RSCALE=GREGORIAN;SKIP=FORWARD")]
    public void Parse_WhenSkipCombinationIsSupported_ReturnsTheRule(string text)
    {
        Assert.True(RecurrenceRule.Parse(text).IsT0);
    }

    [Fact]
    public void Build_WhenSkipIsSet_BuildsTheSameRuleAsParseAndRefusesItWithoutRscale()
    {
        var built = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Monthly).WithByMonthDay(31).WithGregorianRscale().WithSkip(RecurrenceSkip.Backward).Build();
        var withoutRscale = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Monthly).WithSkip(RecurrenceSkip.Forward).Build();
        var unsupported = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Yearly).WithByYearDay(366).WithGregorianRscale().WithSkip(RecurrenceSkip.Forward).Build();

        Assert.Equal(Rule("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD"), built.AsT0);
        Assert.Equal(InvalidRecurrenceRule.SkipWithoutRscaleCode, withoutRscale.AsT1.Code);
        Assert.Null(withoutRscale.AsT1.Position);
        Assert.Equal(InvalidRecurrenceRule.SkipNotSupportedCode, unsupported.AsT1.Code);
        Assert.ThrowsAny<ArgumentException>(() => RecurrenceRuleBuilder.Create(RecurrenceFrequency.Monthly).WithSkip((RecurrenceSkip)7));
    }

    [Fact]
    public void InvalidRecurrenceRule_Codes_AreUnique()
    {
        var codes = typeof(InvalidRecurrenceRule)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(InvalidRecurrenceRule.RscaleUnsupportedCode, codes);
    }

    [Fact]
    public void GetOccurrences_WhenSkipRuleIsEnumerated_AllocatesNothingPerOccurrence()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 31, 8, 0), Rule("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=FORWARD"));
        int Walk(int count)
        {
            int seen = 0;
            foreach (var occurrence in set.GetOccurrences())
            {
                if (++seen == count)
                {
                    break;
                }
            }
            return seen;
        }
        Walk(10);

        long before = GC.GetAllocatedBytesForCurrentThread();
        Walk(20);
        long few = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Walk(2000);
        long many = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(few, many);
    }
}
