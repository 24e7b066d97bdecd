using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.Scheduling.Tests.Arbitraries;

namespace OutSmart.Domain.Scheduling.Tests.Recurrence;

public sealed class RecurrenceRuleTests
{
    [Theory]
    [InlineData("", InvalidRecurrenceRule.EmptyCode, null, 0)]
    [InlineData("   ", InvalidRecurrenceRule.EmptyCode, null, 0)]
    [InlineData("FREQ=DAILY;BYFOO=1", InvalidRecurrenceRule.UnknownPartCode, null, 11)]
    [InlineData("FREQ=DAILY;COUNT=2;COUNT=3", InvalidRecurrenceRule.DuplicatePartCode, "COUNT", 19)]
    [InlineData("FREQ=DAILY;;COUNT=3", InvalidRecurrenceRule.EmptyPartCode, null, 11)]
    [InlineData("FREQ=DAILY;BYHOUR=", InvalidRecurrenceRule.EmptyPartCode, "BYHOUR", 18)]
    [InlineData("FREQ=DAILY;BYHOUR=1,,2", InvalidRecurrenceRule.EmptyPartCode, "BYHOUR", 20)]
    [InlineData("FREQ=DAILY;COUNT", InvalidRecurrenceRule.MalformedPartCode, null, 11)]
    [InlineData("FREQ=FORTNIGHTLY", InvalidRecurrenceRule.BadValueCode, "FREQ", 5)]
    [InlineData("FREQ=DAILY;BYHOUR=x", InvalidRecurrenceRule.BadValueCode, "BYHOUR", 18)]
    [InlineData("FREQ=DAILY;BYHOUR=-1", InvalidRecurrenceRule.BadValueCode, "BYHOUR", 18)]
    [InlineData("FREQ=DAILY;UNTIL=20260230", InvalidRecurrenceRule.BadValueCode, "UNTIL", 17)]
    [InlineData("FREQ=DAILY;UNTIL=2026-01-01", InvalidRecurrenceRule.BadValueCode, "UNTIL", 17)]
    [InlineData("FREQ=MONTHLY;BYDAY=XX", InvalidRecurrenceRule.BadValueCode, "BYDAY", 19)]
    [InlineData("FREQ=DAILY;WKST=MONDAY", InvalidRecurrenceRule.BadValueCode, "WKST", 16)]
    [InlineData("FREQ=DAILY;BYHOUR=24", InvalidRecurrenceRule.ValueOutOfRangeCode, "BYHOUR", 18)]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=0", InvalidRecurrenceRule.ValueOutOfRangeCode, "BYMONTHDAY", 24)]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-32", InvalidRecurrenceRule.ValueOutOfRangeCode, "BYMONTHDAY", 24)]
    [InlineData("FREQ=DAILY;INTERVAL=0", InvalidRecurrenceRule.ValueOutOfRangeCode, "INTERVAL", 20)]
    [InlineData("FREQ=YEARLY;BYDAY=54MO", InvalidRecurrenceRule.ValueOutOfRangeCode, "BYDAY", 18)]
    [InlineData("FREQ=DAILY;COUNT=99999999999", InvalidRecurrenceRule.NumberOverflowCode, "COUNT", 17)]
    [InlineData("FREQ=DAILY;INTERVAL=2147483648", InvalidRecurrenceRule.NumberOverflowCode, "INTERVAL", 20)]
    [InlineData("COUNT=3;BYDAY=MO", InvalidRecurrenceRule.FrequencyMissingCode, null, 0)]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20260101", InvalidRecurrenceRule.CountWithUntilCode, "UNTIL", 19)]
    [InlineData("FREQ=MONTHLY;BYWEEKNO=1", InvalidRecurrenceRule.PartNotAllowedCode, "BYWEEKNO", 13)]
    [InlineData("FREQ=DAILY;BYYEARDAY=1", InvalidRecurrenceRule.PartNotAllowedCode, "BYYEARDAY", 11)]
    [InlineData("FREQ=WEEKLY;BYMONTHDAY=1", InvalidRecurrenceRule.PartNotAllowedCode, "BYMONTHDAY", 12)]
    [InlineData("FREQ=WEEKLY;BYDAY=1MO", InvalidRecurrenceRule.PartNotAllowedCode, "BYDAY", 12)]
    [InlineData("FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO", InvalidRecurrenceRule.PartNotAllowedCode, "BYDAY", 23)]
    [InlineData("FREQ=MONTHLY;BYSETPOS=1", InvalidRecurrenceRule.SetPositionAloneCode, "BYSETPOS", 13)]
    [InlineData("RRULE:FREQ=DAILY;BYHOUR=24", InvalidRecurrenceRule.ValueOutOfRangeCode, "BYHOUR", 24)]
    public void Parse_WhenRuleIsInvalid_ReturnsSpecificErrorWithPartAndPosition(string text, string code, string? part, int position)
    {
        var result = RecurrenceRule.Parse(text);

        var error = Assert.IsType<InvalidRecurrenceRule>(result.Value);
        Assert.Equal(code, error.Code);
        Assert.Equal(part, error.Part);
        Assert.Equal(position, error.Position);
        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNull_ReturnsEmpty()
    {
        var result = RecurrenceRule.Parse(null);

        Assert.Equal(InvalidRecurrenceRule.EmptyCode, result.AsT1.Code);
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR;COUNT=12", "FREQ=MONTHLY;COUNT=12;BYDAY=-1FR")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=FR,MO,WE,MO", "FREQ=WEEKLY;BYDAY=MO,WE,FR")]
    [InlineData("freq=weekly;byday=mo;wkst=su", "FREQ=WEEKLY;BYDAY=MO;WKST=SU")]
    [InlineData("FREQ=DAILY;INTERVAL=1;WKST=MO;", "FREQ=DAILY")]
    [InlineData("BYMONTH=2;FREQ=YEARLY;BYMONTHDAY=+29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")]
    [InlineData("FREQ=YEARLY;BYDAY=+20MO,SU", "FREQ=YEARLY;BYDAY=SU,20MO")]
    [InlineData("FREQ=DAILY;UNTIL=20261231T170000Z", "FREQ=DAILY;UNTIL=20261231T170000Z")]
    [InlineData("FREQ=DAILY;UNTIL=20261231", "FREQ=DAILY;UNTIL=20261231")]
    [InlineData("FREQ=HOURLY;BYSECOND=60,0;BYMINUTE=30", "FREQ=HOURLY;BYMINUTE=30;BYSECOND=0,60")]
    public void ToString_WhenParsed_GivesCanonicalText(string text, string canonical)
    {
        var rule = RecurrenceRule.Parse(text).AsT0;

        Assert.Equal(canonical, rule.ToString());
    }

    [Fact]
    public void Parse_WhenUntilHasThreeForms_KeepsTheKind()
    {
        var floating = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260105T080000").AsT0.Until!;
        var utc = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260105T080000Z").AsT0.Until!;
        var date = RecurrenceRule.Parse("FREQ=DAILY;UNTIL=20260105").AsT0.Until!;

        Assert.Equal(RecurrenceUntilKind.Floating, floating.Kind);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 8, 0), utc.ToInstant());
        Assert.Equal(RecurrenceUntil.Date(new LocalDate(2026, 1, 5)), date);
        Assert.Null(floating.ToInstant());
    }

    [Fact]
    public void Equals_WhenSameRuleWrittenDifferently_IsTrueWithEqualHashCodes()
    {
        var left = RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO,FR;INTERVAL=1").AsT0;
        var right = RecurrenceRule.Parse("RRULE:BYDAY=FR,MO;FREQ=WEEKLY").AsT0;

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, RecurrenceRule.Parse("FREQ=WEEKLY;BYDAY=MO").AsT0);
    }

    [Fact]
    public void Build_WhenPartsAreValid_EqualsTheParsedRule()
    {
        var built = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Monthly)
            .WithByDay(RecurrenceWeekday.Nth(-1, IsoDayOfWeek.Friday), RecurrenceWeekday.Every(IsoDayOfWeek.Monday))
            .WithByHour(9, 17)
            .WithInterval(2)
            .WithUntil(RecurrenceUntil.Utc(Instant.FromUtc(2030, 1, 1, 0, 0)))
            .Build();

        Assert.Equal(RecurrenceRule.Parse("FREQ=MONTHLY;INTERVAL=2;UNTIL=20300101T000000Z;BYDAY=MO,-1FR;BYHOUR=9,17").AsT0, built.AsT0);
    }

    [Theory]
    [InlineData(0, null, InvalidRecurrenceRule.ValueOutOfRangeCode, "INTERVAL")]
    [InlineData(1, 0, InvalidRecurrenceRule.ValueOutOfRangeCode, "COUNT")]
    public void Build_WhenNumberOutOfRange_ReturnsOutOfRangeWithoutPosition(int interval, int? count, string code, string part)
    {
        var builder = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Daily).WithInterval(interval);
        if (count is int c)
        {
            builder.WithCount(c);
        }

        var error = builder.Build().AsT1;

        Assert.Equal(code, error.Code);
        Assert.Equal(part, error.Part);
        Assert.Null(error.Position);
    }

    [Fact]
    public void Build_WhenRulesOfTheRfcAreBroken_ReturnsTheSameCodesAsParse()
    {
        var weekNumberInMonthly = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Monthly).WithByWeekNo(1).Build();
        var countAndUntil = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Daily).WithCount(3).WithUntil(RecurrenceUntil.Date(new LocalDate(2026, 1, 1))).Build();
        var hourOutOfRange = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Daily).WithByHour(24).Build();
        var setPositionAlone = RecurrenceRuleBuilder.Create(RecurrenceFrequency.Daily).WithBySetPosition(1).Build();

        Assert.Equal(InvalidRecurrenceRule.PartNotAllowedCode, weekNumberInMonthly.AsT1.Code);
        Assert.Equal(InvalidRecurrenceRule.CountWithUntilCode, countAndUntil.AsT1.Code);
        Assert.Equal(InvalidRecurrenceRule.ValueOutOfRangeCode, hourOutOfRange.AsT1.Code);
        Assert.Equal(InvalidRecurrenceRule.SetPositionAloneCode, setPositionAlone.AsT1.Code);
    }

    [Fact]
    public void Nth_WhenOrdinalIsZero_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => RecurrenceWeekday.Nth(0, IsoDayOfWeek.Monday));
        Assert.ThrowsAny<ArgumentException>(() => RecurrenceWeekday.Every(IsoDayOfWeek.None));
    }

    [Property(MaxTest = 1000)]
    public bool Parse_WhenAnyString_NeverThrows(string? text)
    {
        var result = RecurrenceRule.Parse(text);

        return result.IsT0 || result.AsT1.Code.StartsWith("RRULE_", StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 1000)]
    public bool Parse_WhenValidRuleIsMutated_NeverThrows(MutatedRuleText mutated)
    {
        var result = RecurrenceRule.Parse(mutated.Text);

        return result.Match(rule => RecurrenceRule.Parse(rule.ToString()).AsT0.Equals(rule), error => error.Position is >= 0);
    }

    [Property(MaxTest = 300)]
    public Property Parse_WhenRuleOfRandomPartsIsMutated_NeverThrows()
    {
        var parts = Gen.Elements("FREQ", "COUNT", "UNTIL", "INTERVAL", "BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYHOUR", "BYMINUTE", "BYSECOND", "BYSETPOS", "WKST", "RSCALE", "SKIP", "X");
        var values = Gen.Elements("DAILY", "YEARLY", "1", "-1", "+5", "0", "366", "-366", "MO", "2MO", "-1FR", "20260101", "20260101T000000Z", "1,2", "", "99999999999999", "GREGORIAN", "BACKWARD", "FORWARD", "OMIT");
        var texts = Gen.ListOf(Gen.Zip(parts, values).Select(p => p.Item1 + "=" + p.Item2)).Select(list => string.Join(';', list));

        return Prop.ForAll(texts.ToArbitrary(), text => RecurrenceRule.Parse(text).Match(r => r.Equals(RecurrenceRule.Parse(r.ToString()).AsT0), _ => true));
    }

    [Property(Arbitrary = [typeof(RecurrenceArbitraries)], MaxTest = 500)]
    public bool ToString_ThenParse_GivesAnEqualRule(RuleScenario scenario)
    {
        var reparsed = RecurrenceRule.Parse(scenario.Rule.ToString());

        return reparsed.IsT0 && reparsed.AsT0.Equals(scenario.Rule) && reparsed.AsT0.GetHashCode() == scenario.Rule.GetHashCode();
    }
}
