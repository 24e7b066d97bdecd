using NodaTime;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts.Tests.Schedules;

public sealed class ContractScheduleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("boiler/yearly")]
    public void Create_WhenTheNameIsEmptyOrHoldsASlash_RefusesTheName(string name)
    {
        var result = ContractSchedule.Create(name, Plans.Rule("FREQ=MONTHLY"), 1);

        Assert.True(result.IsT1);
        Assert.Equal("CONTRACT_SCHEDULE_NAME_INVALID", result.AsT1.Code);
    }

    [Fact]
    public void Create_WhenTheNameIsLongerThanAHundredCharacters_RefusesTheName()
    {
        Assert.True(ContractSchedule.Create(new string('m', 100), Plans.Rule("FREQ=MONTHLY"), 1).IsT0);
        Assert.True(ContractSchedule.Create(new string('m', 101), Plans.Rule("FREQ=MONTHLY"), 1).IsT1);
    }

    [Theory]
    [InlineData("FREQ=HOURLY", ScheduleRuleProblem.Frequency, "CONTRACT_SCHEDULE_RULE_FREQUENCY")]
    [InlineData("FREQ=MINUTELY;INTERVAL=30", ScheduleRuleProblem.Frequency, "CONTRACT_SCHEDULE_RULE_FREQUENCY")]
    [InlineData("FREQ=DAILY;BYHOUR=9,15", ScheduleRuleProblem.TimeParts, "CONTRACT_SCHEDULE_RULE_TIME_PARTS")]
    [InlineData("FREQ=WEEKLY;BYMINUTE=30", ScheduleRuleProblem.TimeParts, "CONTRACT_SCHEDULE_RULE_TIME_PARTS")]
    [InlineData("FREQ=MONTHLY;UNTIL=20261231T230000Z", ScheduleRuleProblem.UtcUntil, "CONTRACT_SCHEDULE_RULE_UTC_UNTIL")]
    public void Create_WhenTheRuleIsNotOneDatePerOccurrence_RefusesTheRuleWithItsReason(string rule, ScheduleRuleProblem problem, string code)
    {
        var result = ContractSchedule.Create("visit", Plans.Rule(rule), 1);

        Assert.True(result.IsT2);
        Assert.Equal(problem, result.AsT2.Problem);
        Assert.Equal(code, result.AsT2.Code);
    }

    [Theory]
    [InlineData("FREQ=DAILY")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,TH")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=31;RSCALE=GREGORIAN;SKIP=BACKWARD")]
    [InlineData("FREQ=YEARLY;UNTIL=20301231")]
    [InlineData("FREQ=YEARLY;UNTIL=20301231T080000")]
    public void Create_WhenTheRuleGivesOneDatePerOccurrence_AcceptsIt(string rule)
    {
        Assert.True(ContractSchedule.Create("visit", Plans.Rule(rule), 1).IsT0);
    }

    [Fact]
    public void Adjust_WhenTheDateIsKingsDayAndThePolicyIsNextWorkingDay_MovesToTheNextWorkingDay()
    {
        var schedule = Plans.Schedule("visit", "FREQ=YEARLY", adjustment: HolidayAdjustment.NextWorkingDay);

        Assert.Equal(new LocalDate(2026, 4, 28), schedule.Adjust(new LocalDate(2026, 4, 27)));
    }

    [Fact]
    public void Adjust_WhenNearestWorkingDayIsATie_TakesThePreviousDay()
    {
        // Ascension Day 2026 is Thursday 14 May: Wednesday and Friday are both one day away.
        var schedule = Plans.Schedule("visit", "FREQ=YEARLY", adjustment: HolidayAdjustment.NearestWorkingDay);

        Assert.Equal(new LocalDate(2026, 5, 13), schedule.Adjust(new LocalDate(2026, 5, 14)));
    }

    [Fact]
    public void Adjust_WhenThePolicyIsSkipAndTheDateIsASaturday_DropsIt()
    {
        var schedule = Plans.Schedule("visit", "FREQ=WEEKLY", adjustment: HolidayAdjustment.Skip);

        Assert.Null(schedule.Adjust(new LocalDate(2026, 3, 7)));
    }

    [Fact]
    public void IsWorkingDay_WithoutAHolidayCalendar_StillTreatsWeekendsAsNonWorking()
    {
        var schedule = Plans.Schedule("visit", "FREQ=WEEKLY", dutchHolidays: false);

        Assert.False(schedule.IsWorkingDay(new LocalDate(2026, 3, 8)));
        Assert.True(schedule.IsWorkingDay(new LocalDate(2026, 4, 27)));
    }

    [Fact]
    public void WithExtraDates_WhenGivenOutOfOrderWithRepeats_KeepsThemSortedOnce()
    {
        var schedule = Plans.Schedule("visit", "FREQ=YEARLY").WithExtraDates([new LocalDate(2026, 5, 1), new LocalDate(2026, 2, 1), new LocalDate(2026, 5, 1)]);

        Assert.Equal([new LocalDate(2026, 2, 1), new LocalDate(2026, 5, 1)], schedule.ExtraDates);
    }

    [Fact]
    public void Equals_WhenBuiltTheSameWay_IsEqualAndOtherwiseNot()
    {
        var a = Plans.Schedule("visit", "FREQ=MONTHLY", 2, HolidayAdjustment.NextWorkingDay);
        var b = Plans.Schedule("visit", "FREQ=MONTHLY", 2, HolidayAdjustment.NextWorkingDay);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.WithHolidays(DutchHolidayCalendar.Standard, HolidayAdjustment.Skip));
        Assert.NotEqual(a, a.WithMode(ScheduleMode.Floating));
    }

    [Fact]
    public void WithRule_WhenTheNewRuleHasBySecond_RefusesIt()
    {
        var schedule = Plans.Schedule("visit", "FREQ=MONTHLY");

        var result = schedule.WithRule(Plans.Rule("FREQ=DAILY;BYSECOND=5"));

        Assert.Equal(ScheduleRuleProblem.TimeParts, result.AsT1.Problem);
    }
}
