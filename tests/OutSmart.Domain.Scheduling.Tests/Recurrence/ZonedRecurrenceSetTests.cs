using NodaTime;
using NodaTime.Text;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

/// <summary>Daylight saving time behaviour, pinned down around the 2026 transitions of Amsterdam and New York.</summary>
public sealed class ZonedRecurrenceSetTests
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    [Theory]
    // Amsterdam, 2026-03-29: 02:00 CET (+01) jumps to 03:00 CEST (+02).
    [InlineData("Europe/Amsterdam", "2026-03-27T09:00:00", "FREQ=DAILY;COUNT=4", "2026-03-27T09:00:00+01:00,2026-03-28T09:00:00+01:00,2026-03-29T09:00:00+02:00,2026-03-30T09:00:00+02:00")]
    // Amsterdam, 2026-10-25: 03:00 CEST (+02) falls back to 02:00 CET (+01).
    [InlineData("Europe/Amsterdam", "2026-10-23T09:00:00", "FREQ=DAILY;COUNT=4", "2026-10-23T09:00:00+02:00,2026-10-24T09:00:00+02:00,2026-10-25T09:00:00+01:00,2026-10-26T09:00:00+01:00")]
    // New York, 2026-03-08: 02:00 EST (-05) jumps to 03:00 EDT (-04).
    [InlineData("America/New_York", "2026-03-06T09:00:00", "FREQ=DAILY;COUNT=4", "2026-03-06T09:00:00-05:00,2026-03-07T09:00:00-05:00,2026-03-08T09:00:00-04:00,2026-03-09T09:00:00-04:00")]
    // New York, 2026-11-01: 02:00 EDT (-04) falls back to 01:00 EST (-05); weekly Sunday 08:00 keeps its wall time.
    [InlineData("America/New_York", "2026-10-25T08:00:00", "FREQ=WEEKLY;BYDAY=SU;COUNT=3", "2026-10-25T08:00:00-04:00,2026-11-01T08:00:00-05:00,2026-11-08T08:00:00-05:00")]
    public void InZone_WhenRuleCrossesTransition_KeepsTheWallClockTime(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Theory]
    // Amsterdam, 2026-03-29: 02:30 does not exist; it takes the offset before the gap (+01), i.e. 03:30 CEST.
    [InlineData("Europe/Amsterdam", "2026-03-28T02:30:00", "FREQ=DAILY;COUNT=3", "2026-03-28T02:30:00+01:00,2026-03-29T03:30:00+02:00,2026-03-30T02:30:00+02:00")]
    // New York, 2026-03-08: 02:30 does not exist and becomes 03:30 EDT (RFC 5545 section 3.3.5).
    [InlineData("America/New_York", "2026-03-07T02:30:00", "FREQ=DAILY;COUNT=3", "2026-03-07T02:30:00-05:00,2026-03-08T03:30:00-04:00,2026-03-09T02:30:00-04:00")]
    // New York: the start itself lies in the gap.
    [InlineData("America/New_York", "2026-03-08T02:30:00", "FREQ=DAILY;COUNT=2", "2026-03-08T03:30:00-04:00,2026-03-09T02:30:00-04:00")]
    public void InZone_WhenOccurrenceFallsInSpringForwardGap_MovesForwardByTheGap(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Theory]
    // Amsterdam, 2026-10-25: 02:30 happens twice (+02, then +01); the earlier offset wins.
    [InlineData("Europe/Amsterdam", "2026-10-24T02:30:00", "FREQ=DAILY;COUNT=3", "2026-10-24T02:30:00+02:00,2026-10-25T02:30:00+02:00,2026-10-26T02:30:00+01:00")]
    // New York, 2026-11-01: 01:30 happens twice (-04, then -05); the earlier offset wins.
    [InlineData("America/New_York", "2026-10-31T01:30:00", "FREQ=DAILY;COUNT=3", "2026-10-31T01:30:00-04:00,2026-11-01T01:30:00-04:00,2026-11-02T01:30:00-05:00")]
    public void InZone_WhenOccurrenceIsAmbiguousInFallBack_TakesTheEarlierOffset(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Theory]
    // Amsterdam, 2026-03-29: local 02:00 maps to 03:00 CEST, the same instant as local 03:00; it is kept once.
    [InlineData("Europe/Amsterdam", "2026-03-29T00:00:00", "FREQ=HOURLY;COUNT=5", "2026-03-29T00:00:00+01:00,2026-03-29T01:00:00+01:00,2026-03-29T03:00:00+02:00,2026-03-29T04:00:00+02:00")]
    // New York, 2026-03-08: the same for 02:00 EST / 03:00 EDT, every 30 minutes.
    [InlineData("America/New_York", "2026-03-08T01:00:00", "FREQ=MINUTELY;INTERVAL=30;COUNT=6", "2026-03-08T01:00:00-05:00,2026-03-08T01:30:00-05:00,2026-03-08T03:00:00-04:00,2026-03-08T03:30:00-04:00")]
    public void InZone_WhenSubDailyRuleCrossesSpringForward_NeverYieldsAnInstantTwice(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Theory]
    // Amsterdam, 2026-03-29, every 35 minutes: 02:20 and 02:55 move to 03:20 and 03:55 CEST and are merged in instant
    // order with the real 03:30.
    [InlineData("Europe/Amsterdam", "2026-03-29T01:45:00", "FREQ=MINUTELY;INTERVAL=35;COUNT=5", "2026-03-29T01:45:00+01:00,2026-03-29T03:20:00+02:00,2026-03-29T03:30:00+02:00,2026-03-29T03:55:00+02:00,2026-03-29T04:05:00+02:00")]
    public void InZone_WhenGapTimesMoveForwardPastLaterTimes_YieldsInstantsInOrder(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Theory]
    // Amsterdam, 2026-10-25: hourly local times 00:00…03:00; 02:00 is ambiguous and takes +02, so the second 02:00 (+01) is skipped.
    [InlineData("Europe/Amsterdam", "2026-10-25T00:00:00", "FREQ=HOURLY;COUNT=4", "2026-10-25T00:00:00+02:00,2026-10-25T01:00:00+02:00,2026-10-25T02:00:00+02:00,2026-10-25T03:00:00+01:00")]
    public void InZone_WhenHourlyRuleCrossesFallBack_VisitsTheRepeatedHourOnce(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Theory]
    // New York: 09:00 EDT on 2026-03-10 is 13:00 UTC, after UNTIL (10:00 UTC); floating evaluation would keep it.
    [InlineData("America/New_York", "2026-03-07T09:00:00", "FREQ=DAILY;UNTIL=20260310T100000Z", "2026-03-07T09:00:00-05:00,2026-03-08T09:00:00-04:00,2026-03-09T09:00:00-04:00")]
    // Amsterdam: UNTIL equal to an occurrence's instant includes it (09:00 CEST on 2026-03-30 is 07:00 UTC).
    [InlineData("Europe/Amsterdam", "2026-03-28T09:00:00", "FREQ=DAILY;UNTIL=20260330T070000Z", "2026-03-28T09:00:00+01:00,2026-03-29T09:00:00+02:00,2026-03-30T09:00:00+02:00")]
    public void InZone_WhenUntilIsUtc_ComparesItAsAnInclusiveInstant(string zone, string start, string rule, string expected)
    {
        AssertOccurrences(zone, start, rule, expected);
    }

    [Fact]
    public void GetOccurrences_WhenUntilIsUtcInFloatingEvaluation_ComparesItsUtcDateTimeAsLocal()
    {
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 3, 7, 9, 0), RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260310T100000Z").AsT0);

        var occurrences = set.GetOccurrences().ToList();

        Assert.Equal(new LocalDateTime(2026, 3, 10, 9, 0), occurrences[^1]);
        Assert.Equal(4, occurrences.Count);
    }

    [Fact]
    public void Between_WhenWindowIsInstants_IncludesFromAndExcludesTo()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 3, 27, 9, 0), RecurrenceRule.Parse("FREQ=DAILY").AsT0).InZone(zone);
        var from = Instant.FromUtc(2026, 3, 28, 8, 0);
        var to = Instant.FromUtc(2026, 3, 30, 7, 0);

        var occurrences = set.Between(from, to).Select(z => z.ToInstant()).ToList();

        Assert.Equal([from, Instant.FromUtc(2026, 3, 29, 7, 0)], occurrences);
    }

    [Fact]
    public void Between_WhenCountRunsOutDecadesBeforeTheWindow_ReturnsNothing()
    {
        // Walking the 2,147,483,647 counted seconds one by one took about 46 seconds; they are counted arithmetically.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 1, 0, 0), RecurrenceRule.Parse("FREQ=SECONDLY;COUNT=2147483647").AsT0).InZone(zone);

        var occurrences = set.Between(Instant.FromUtc(2100, 1, 1, 0, 0), Instant.FromUtc(2100, 1, 1, 1, 0)).ToList();

        Assert.Empty(occurrences);
    }

    [Fact]
    public void Between_WhenCountRunsOutInsideAFarWindow_EndsAtTheCountThOccurrence()
    {
        // The 2,147,483,647th second from 2026-01-01T00:00:00 local is 2094-01-19T03:14:06 local, 02:14:06 UTC in winter.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 1, 1, 0, 0), RecurrenceRule.Parse("FREQ=SECONDLY;COUNT=2147483647").AsT0).InZone(zone);

        var occurrences = set.Between(Instant.FromUtc(2094, 1, 19, 2, 0), Instant.FromUtc(2094, 1, 19, 3, 0)).Select(z => z.ToInstant()).ToList();

        Assert.Equal((14 * 60) + 7, occurrences.Count);
        Assert.Equal(Instant.FromUtc(2094, 1, 19, 2, 14, 6), occurrences[^1]);
    }

    [Fact]
    public void Between_WhenWindowStartsAtTheFirstInstant_IncludesTheFirstOccurrences()
    {
        var zone = DateTimeZoneProviders.Tzdb["UTC"];
        var set = RecurrenceSet.Create(new LocalDateTime(1, 1, 1, 0, 0), RecurrenceRule.Parse("FREQ=HOURLY;COUNT=3").AsT0).InZone(zone);

        var occurrences = set.Between(Instant.MinValue, Instant.FromUtc(1, 1, 2, 0, 0)).Select(z => z.LocalDateTime.Hour).ToList();

        Assert.Equal([0, 1, 2], occurrences);
    }

    [Fact]
    public void InZone_WhenExceptionDateIsAGapTime_RemovesTheMovedOccurrence()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var rule = RecurrenceRule.Parse("FREQ=DAILY;COUNT=3").AsT0;
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 3, 28, 2, 30), [rule], exceptionDates: [new LocalDateTime(2026, 3, 29, 2, 30)]);

        var occurrences = set.InZone(zone).GetOccurrences().Select(z => z.LocalDateTime).ToList();

        Assert.Equal([new LocalDateTime(2026, 3, 28, 2, 30), new LocalDateTime(2026, 3, 30, 2, 30)], occurrences);
    }

    [Fact]
    public void InZone_WhenRuleRunsIntoTheEndOfTime_StopsAtTheLastInstant()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var set = RecurrenceSet.Create(new LocalDateTime(9999, 12, 31, 17, 0), RecurrenceRule.Parse("FREQ=HOURLY").AsT0);

        var occurrences = set.InZone(zone).GetOccurrences().Select(z => z.LocalDateTime.Hour).ToList();

        Assert.Equal([17, 18], occurrences);
    }

    [Fact]
    public void InZone_WhenSetHasSeveralRulesAndDates_MergesThemInInstantOrder()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var mornings = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260309T130000Z").AsT0;
        var evenings = RecurrenceRule.Parse("FREQ=DAILY;BYHOUR=18;COUNT=2").AsT0;
        var set = RecurrenceSet.Create(new LocalDateTime(2026, 3, 7, 9, 0), [mornings, evenings], [new LocalDateTime(2026, 3, 8, 2, 30)]);

        var actual = set.InZone(zone).GetOccurrences().Select(z => Pattern.Format(z.ToOffsetDateTime())).ToList();

        string[] expected =
        [
            "2026-03-07T09:00:00-05:00", "2026-03-07T18:00:00-05:00", "2026-03-08T03:30:00-04:00", "2026-03-08T09:00:00-04:00",
            "2026-03-08T18:00:00-04:00", "2026-03-09T09:00:00-04:00",
        ];
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void LocalTimeResolver_IsNodaTimesLenientResolver()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var gap = new LocalDateTime(2026, 3, 29, 2, 30);

        var resolved = zone.ResolveLocal(gap, RecurrenceSet.LocalTimeResolver);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 3, 30), resolved.LocalDateTime);
    }

    private static void AssertOccurrences(string zoneId, string start, string rule, string expected)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var set = RecurrenceSet.Create(LocalDateTimePattern.ExtendedIso.Parse(start).Value, RecurrenceRule.Parse(rule).AsT0).InZone(zone);

        var actual = set.GetOccurrences().Take(50).Select(z => Pattern.Format(z.ToOffsetDateTime()));

        Assert.Equal(expected.Split(','), actual);
    }
}
