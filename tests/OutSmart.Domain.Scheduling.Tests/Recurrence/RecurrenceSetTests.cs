using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

public sealed class RecurrenceSetTests
{
    private static readonly LocalDateTime Monday = new(2026, 1, 5, 8, 0);

    private static RecurrenceRule Rule(string text) => RecurrenceRule.Parse(text).AsT0;

    [Fact]
    public void GetOccurrences_WhenStartDoesNotMatchTheRule_LeavesItOutAndDoesNotCountIt()
    {
        var set = RecurrenceSet.Create(Monday, Rule("FREQ=WEEKLY;BYDAY=TU;COUNT=2"));

        var occurrences = set.GetOccurrences().ToList();

        Assert.Equal([new LocalDateTime(2026, 1, 6, 8, 0), new LocalDateTime(2026, 1, 13, 8, 0)], occurrences);
    }

    [Fact]
    public void GetOccurrences_WhenDatesRulesAndExceptionsOverlap_YieldsOrderedUnionWithoutRepeatsOrExceptions()
    {
        var mondays = Rule("FREQ=WEEKLY;BYDAY=MO;COUNT=3");
        var everyOtherDay = Rule("FREQ=DAILY;INTERVAL=2;COUNT=4");
        LocalDateTime[] dates = [new(2026, 1, 5, 8, 0), new(2026, 1, 4, 12, 0)];
        LocalDateTime[] exceptions = [new(2026, 1, 7, 8, 0), new(2026, 2, 1, 0, 0)];

        var set = RecurrenceSet.Create(Monday, [mondays, everyOtherDay], dates, exceptions);

        LocalDateTime[] expected =
        [
            new(2026, 1, 4, 12, 0), new(2026, 1, 5, 8, 0), new(2026, 1, 9, 8, 0), new(2026, 1, 11, 8, 0), new(2026, 1, 12, 8, 0), new(2026, 1, 19, 8, 0),
        ];
        Assert.Equal(expected, set.GetOccurrences());
    }

    [Fact]
    public void Between_WhenBoundsAreOccurrences_IncludesFromAndExcludesTo()
    {
        var set = RecurrenceSet.Create(Monday, Rule("FREQ=DAILY"));

        var occurrences = set.Between(new LocalDateTime(2026, 1, 6, 8, 0), new LocalDateTime(2026, 1, 8, 8, 0)).ToList();

        Assert.Equal([new LocalDateTime(2026, 1, 6, 8, 0), new LocalDateTime(2026, 1, 7, 8, 0)], occurrences);
        Assert.Empty(set.Between(new LocalDateTime(2026, 1, 8, 8, 0), new LocalDateTime(2026, 1, 6, 8, 0)));
    }

    [Fact]
    public void Between_WhenRuleIsThousandsOfYearsOld_JumpsToTheWindowInsteadOfWalking()
    {
        // Walking 7,000 years second by second would never finish; the window is found arithmetically.
        var set = RecurrenceSet.Create(new LocalDateTime(2000, 1, 1, 0, 0), Rule("FREQ=SECONDLY;INTERVAL=7"));
        var from = new LocalDateTime(9000, 6, 1, 12, 0);

        var occurrences = set.Between(from, from.PlusMinutes(1)).ToList();

        Assert.InRange(occurrences.Count, 8, 9);
        Assert.True(occurrences[0] < from.PlusSeconds(7));
        Assert.All(occurrences, o => Assert.Equal(0, Period.Between(new LocalDateTime(2000, 1, 1, 0, 0), o, PeriodUnits.Seconds).Seconds % 7));
    }

    [Fact]
    public void Between_WhenCountRunsOutDecadesBeforeTheWindow_ReturnsNothing()
    {
        // Walking the 2,147,483,647 counted seconds one by one took about 45 seconds; they are counted arithmetically.
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 1, 0, 0), Rule("FREQ=SECONDLY;COUNT=2147483647"));

        var occurrences = set.Between(new LocalDateTime(2100, 1, 1, 0, 0), new LocalDateTime(2100, 1, 1, 1, 0)).ToList();

        Assert.Empty(occurrences);
    }

    [Fact]
    public void Between_WhenCountRunsOutInsideAFarWindow_EndsAtTheCountThOccurrence()
    {
        // The 2,147,483,647th second from 2026-01-01T00:00:00 is 2094-01-19T03:14:06 (68 years and 17 leap days on).
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 1, 0, 0), Rule("FREQ=SECONDLY;COUNT=2147483647"));

        var occurrences = set.Between(new LocalDateTime(2094, 1, 19, 3, 0), new LocalDateTime(2094, 1, 19, 4, 0)).ToList();

        Assert.Equal((14 * 60) + 7, occurrences.Count);
        Assert.Equal(new LocalDateTime(2094, 1, 19, 3, 0), occurrences[0]);
        Assert.Equal(new LocalDateTime(2094, 1, 19, 3, 14, 6), occurrences[^1]);
    }

    [Theory]
    [InlineData("FREQ=DAILY;INTERVAL=2;BYHOUR=9,17;COUNT=1000000")]
    [InlineData("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;COUNT=200000")]
    [InlineData("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1;COUNT=100000")]
    [InlineData("FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1,15;BYHOUR=8,20;COUNT=50000")]
    [InlineData("FREQ=DAILY;BYDAY=MO,WE;BYHOUR=8,9;COUNT=700000")]
    [InlineData("FREQ=HOURLY;INTERVAL=5;BYDAY=SA,SU;BYMINUTE=0,30;COUNT=1000000")]
    [InlineData("FREQ=MINUTELY;INTERVAL=7;BYHOUR=9,10,11;BYSECOND=0,20,40;COUNT=1000000")]
    [InlineData("FREQ=SECONDLY;INTERVAL=86401;BYHOUR=8,9,10;COUNT=300000")]
    public void Between_WhenCountedRuleIsQueriedNearItsLastOccurrence_FindsItExactly(string rule)
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 5, 8, 0), Rule(rule));
        var all = set.GetOccurrences().ToList();
        var expected = all.TakeLast(3).ToList();

        var window = set.Between(expected[0], expected[^1].PlusSeconds(1)).ToList();
        var before = set.Between(expected[0].PlusDays(-400), expected[0]).ToList();
        var afterwards = set.Between(expected[^1].PlusSeconds(1), new LocalDateTime(9999, 12, 31, 23, 59, 59)).ToList();

        Assert.Equal(Rule(rule).Count, all.Count);
        Assert.Equal(expected, window);
        Assert.Equal(all.Where(o => o >= expected[0].PlusDays(-400) && o < expected[0]), before);
        Assert.Empty(afterwards);
    }

    [Fact]
    public void Between_WhenWindowStartsBeforeTheYear1_IncludesTheFirstOccurrences()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(1, 1, 1, 0, 0), Rule("FREQ=HOURLY;COUNT=3"));

        var occurrences = set.Between(new LocalDateTime(0, 12, 31, 23, 0), new LocalDateTime(1, 1, 2, 0, 0)).ToList();

        Assert.Equal([new LocalDateTime(1, 1, 1, 0, 0), new LocalDateTime(1, 1, 1, 1, 0), new LocalDateTime(1, 1, 1, 2, 0)], occurrences);
    }

    [Fact]
    public void Between_WhenWeeklyContractIsTenYearsOld_ReturnsNextMonthsOccurrences()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2016, 1, 4, 8, 0), Rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"));

        var occurrences = set.Between(new LocalDateTime(2026, 2, 1, 0, 0), new LocalDateTime(2026, 3, 1, 0, 0)).ToList();

        Assert.Equal([new LocalDateTime(2026, 2, 2, 8, 0), new LocalDateTime(2026, 2, 16, 8, 0)], occurrences);
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=MINUTELY;INTERVAL=120;BYHOUR=10,12")]
    [InlineData("FREQ=HOURLY;INTERVAL=168;BYHOUR=9;BYDAY=TU")]
    [InlineData("FREQ=SECONDLY;INTERVAL=14;BYDAY=MO;BYHOUR=9;BYMINUTE=0;BYSECOND=1")]
    [InlineData("FREQ=DAILY;BYSECOND=60")]
    [InlineData("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6")]
    [InlineData("FREQ=MINUTELY;BYMONTH=3;BYSETPOS=2")]
    public void GetOccurrences_WhenRuleCanNeverMatch_IsEmpty(string rule)
    {
        // Started on a Monday at 09:00: every 120 minutes from 09:00 only reaches odd hours.
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 5, 9, 0, 0), Rule(rule));

        Assert.Empty(set.GetOccurrences());
    }

    [Fact]
    public void GetOccurrences_WhenRuleNeverEnds_StopsAtTheHardCap()
    {
        var set = RecurrenceSet.Create(Monday, Rule("FREQ=SECONDLY"));

        int count = 0;
        foreach (var _ in set.GetOccurrences())
        {
            count++;
        }

        Assert.Equal(RecurrenceSet.MaxOccurrences, count);
    }

    [Fact]
    public void GetOccurrences_WhenRuleRunsIntoYear9999_EndsThere()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(9988, 2, 29, 9, 0), Rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"));

        var years = set.GetOccurrences().Select(o => o.Year).ToList();

        Assert.Equal([9988, 9992, 9996], years);
    }

    [Property(MaxTest = 200)]
    public Property Between_SparseYearlyRuleOverTwoCenturies_ReturnsExactlyTheYearsWhoseDayMatches() =>
        // Feb 29, and Feb 29 on a Monday (runs of up to 40 years without one): the years without a candidate day are
        // skipped from a table over the 400-year cycle, so the windows start anywhere in it and cross its end.
        Prop.ForAll(
            Gen.Choose(1, 9700).ToArbitrary(),
            Gen.Elements(IsoDayOfWeek.None, IsoDayOfWeek.Monday).ToArbitrary(),
            (startYear, weekday) =>
            {
                string text = weekday == IsoDayOfWeek.None ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29" : "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO";
                var set = RecurrenceSet.Create(new LocalDateTime(startYear, 1, 1, 9, 0), Rule(text));
                int[] expected = [.. Enumerable.Range(startYear, 200)
                    .Where(year => DateTime.IsLeapYear(year) && (weekday == IsoDayOfWeek.None || new LocalDate(year, 2, 29).DayOfWeek == weekday))];

                int[] years = [.. set.Between(new LocalDateTime(startYear, 1, 1, 0, 0), new LocalDateTime(startYear + 200, 1, 1, 0, 0)).Select(o => o.Year)];

                return years.SequenceEqual(expected);
            });

    [Fact]
    public void GetOccurrences_WhenMonthlyOnThe31st_SkipsShorterMonths()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 31, 9, 0), Rule("FREQ=MONTHLY;COUNT=4"));

        var months = set.GetOccurrences().Select(o => o.Month).ToList();

        Assert.Equal([1, 3, 5, 7], months);
    }

    [Fact]
    public void CopyTo_WhenBufferIsSmallerThanTheSequence_FillsTheBuffer()
    {
        var set = RecurrenceSet.Create(Monday, Rule("FREQ=WEEKLY;BYDAY=MO,WE,FR"));
        Span<LocalDateTime> buffer = stackalloc LocalDateTime[4];

        int written = set.GetOccurrences().CopyTo(buffer);

        Assert.Equal(4, written);
        Assert.Equal(new LocalDateTime(2026, 1, 12, 8, 0), buffer[3]);
        Assert.Equal(0, set.GetOccurrences().CopyTo([]));
        Assert.Equal(0, default(RecurrenceOccurrences).CopyTo(buffer));
    }

    [Fact]
    public void Equals_WhenSameStartRulesAndDates_IsTrue()
    {
        var left = RecurrenceSet.Create(Monday, [Rule("FREQ=DAILY")], [Monday.PlusDays(3)]);
        var right = RecurrenceSet.Create(Monday, [Rule("FREQ=DAILY;INTERVAL=1")], [Monday.PlusDays(3), Monday.PlusDays(3)]);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, RecurrenceSet.Create(Monday.PlusDays(1), Rule("FREQ=DAILY")));
    }

    [Fact]
    public void Create_WhenArgumentsBreakTheContract_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RecurrenceSet.Create(Monday, (RecurrenceRule)null!));
        Assert.Throws<ArgumentException>(() => RecurrenceSet.Create(Monday, []));
        Assert.Throws<ArgumentException>(() => RecurrenceSet.Create(Monday.PlusNanoseconds(1), Rule("FREQ=DAILY")));
        Assert.Throws<ArgumentNullException>(() => RecurrenceSet.Create(Monday, Rule("FREQ=DAILY")).InZone(null!));
    }

    [Fact]
    public void Create_WhenOnlyDates_YieldsTheDates()
    {
        var set = RecurrenceSet.Create(Monday, [], [Monday.PlusDays(2), Monday]);

        Assert.Equal([Monday, Monday.PlusDays(2)], set.GetOccurrences());
    }

    [Fact]
    public void Between_WhenReadmeExample_GivesTheLastWorkingDayOfMarch()
    {
        var rule = RecurrenceRule.Parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1").AsT0;
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 5, 8, 0), rule);

        var visits = set.Between(new(2026, 3, 1, 0, 0), new(2026, 4, 1, 0, 0)).ToList();

        Assert.Equal([new LocalDateTime(2026, 3, 31, 8, 0)], visits);
        var first = set.InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).GetOccurrences().First();
        Assert.Equal(new LocalDateTime(2026, 1, 30, 8, 0), first.LocalDateTime);
        Assert.Equal(Offset.FromHours(1), first.Offset);
    }

    [Fact]
    public void ToString_WhenSetHasRules_ShowsStartAndRules()
    {
        var set = RecurrenceSet.Create(Monday, Rule("FREQ=WEEKLY;BYDAY=MO"));

        Assert.Equal("DTSTART:20260105T080000 RRULE:FREQ=WEEKLY;BYDAY=MO", set.ToString());
    }
}
