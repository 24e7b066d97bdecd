using NodaTime;
using OutSmart.Domain.Abstractions;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Validation;

public sealed class TimesheetRulesTests
{
    // Entries registered with every rule off, so that the rules under test see them as they are.
    private static readonly TimesheetRules Off = Enum.GetValues<TimesheetRule>().Aggregate(TimesheetRules.Default, (r, rule) => r.Without(rule));

    private static int _next = 100;

    private static TimesheetEntry Entry(TimesheetEntryContent content, EmployeeId? employee = null) =>
        TimesheetEntry.Register(
            EntryId(Interlocked.Increment(ref _next)), TimesheetEmployee.Enabled(employee ?? Technician, Amsterdam), content, EntryLinks.None, "", Off, PeriodLocks.None, Tech, Now).AsT0;

    private static TimesheetEntry Work(LocalDate date, int fromHour, int fromMinute, int toHour, int toMinute) =>
        Entry(TimesheetEntryContent.Work(EntryTime.BetweenLocal(At(date, fromHour, fromMinute), At(date, toHour, toMinute), Amsterdam)));

    private static TimesheetEntry Break(LocalDate date, int fromHour, int fromMinute, int toHour, int toMinute) =>
        Entry(TimesheetEntryContent.Break(EntryTime.BetweenLocal(At(date, fromHour, fromMinute), At(date, toHour, toMinute), Amsterdam)));

    private static IEnumerable<string> Codes(TimesheetValidation v) => v.Errors.Concat(v.Warnings).Select(x => x.Code);

    [Fact]
    public void Validate_WhenEndBeforeStart_ReportsTsEndBeforeStart()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 12, 0, 8, 0)], Now);

        Assert.Equal(["TS_END_BEFORE_START"], v.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_WhenDurationOnlyEntryIsNegative_ReportsTsEndBeforeStart()
    {
        var v = TimesheetRules.Default.Validate([Entry(TimesheetEntryContent.Work(EntryTime.OnDate(Monday, Duration.FromMinutes(-30))))], Now);

        Assert.Equal("TS_END_BEFORE_START", Assert.Single(v.Errors).Code);
    }

    [Fact]
    public void Validate_WhenEndEqualsStart_ReportsTsZeroDuration()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 8, 0)], Now);

        Assert.Equal("TS_ZERO_DURATION", Assert.Single(v.Errors).Code);
    }

    [Fact]
    public void Validate_WhenLongerThan720Minutes_ReportsTsEntryTooLong()
    {
        var exactly = TimesheetRules.Default.Validate([Work(Monday, 6, 0, 18, 0)], Now);
        var longer = TimesheetRules.Default.Validate([Work(Monday, 6, 0, 18, 1)], Now);

        Assert.DoesNotContain("TS_ENTRY_TOO_LONG", Codes(exactly));
        Assert.Contains("TS_ENTRY_TOO_LONG", longer.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_WhenMaxEntryLengthIsConfigured_UsesIt()
    {
        var rules = TimesheetRules.Default.WithMaxEntryLength(Duration.FromHours(2));

        var v = rules.Validate([Work(Monday, 8, 0, 10, 1)], Now);

        Assert.Equal("TS_ENTRY_TOO_LONG", Assert.Single(v.Errors).Code);
    }

    [Fact]
    public void Validate_WhenStartIsMoreThanFiveMinutesAhead_ReportsTsInFuture()
    {
        Instant now = Instant.FromUtc(2026, 11, 16, 7, 0); // 08:00 in Amsterdam

        var withinTolerance = TimesheetRules.Default.Validate([Work(Monday, 8, 5, 9, 0)], now);
        var beyond = TimesheetRules.Default.Validate([Work(Monday, 8, 6, 9, 0)], now);

        Assert.True(withinTolerance.IsValid);
        Assert.Equal("TS_IN_FUTURE", Assert.Single(beyond.Errors).Code);
    }

    [Fact]
    public void Validate_WhenTwoEntriesOverlap_ReportsTsOverlapOnTheLaterOne()
    {
        var first = Work(Monday, 8, 0, 12, 0);
        var second = Work(Monday, 11, 0, 13, 0);

        var v = TimesheetRules.Default.Validate([first, second], Now);

        var overlap = Assert.Single(v.Errors);
        Assert.Equal(("TS_OVERLAP", second.Id), (overlap.Code, overlap.EntryId!.Value));
    }

    [Fact]
    public void Validate_WhenEntriesAreBackToBack_ReportsNoOverlap()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 12, 0), Work(Monday, 12, 0, 13, 0)], Now);

        Assert.DoesNotContain("TS_OVERLAP", Codes(v));
    }

    [Fact]
    public void Validate_WhenABreakLiesInsideWork_ReportsNoOverlap()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 16, 0), Break(Monday, 12, 0, 12, 30)], Now);

        Assert.DoesNotContain("TS_OVERLAP", Codes(v));
    }

    [Fact]
    public void Validate_WhenOverTwelveHoursOnADate_WarnsTsDayOverMax()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 6, 0, 12, 0), Work(Monday, 12, 30, 19, 0)], Now);

        var warning = Assert.Single(v.Warnings, w => w.Rule == TimesheetRule.DayOverMax);
        Assert.Equal("2026-11-16: 12.5 hours worked exceeds 12 hours.", warning.Message);
        Assert.True(v.IsValid);
    }

    [Fact]
    public void Validate_WhenWorkingHoursActRulesAreErrors_ReportsTsDayOverMaxAsError()
    {
        var rules = TimesheetRules.Default.WithWorkingHoursActAsErrors();

        var v = rules.Validate([Work(Monday, 6, 0, 12, 0), Work(Monday, 12, 30, 19, 0)], Now);

        Assert.Contains(v.Errors, e => e.Code == "TS_DAY_OVER_MAX");
    }

    [Fact]
    public void Validate_WhenOverSixtyHoursInAWeek_WarnsTsWeekOverMax()
    {
        // Monday to Friday, 11 hours with a 45-minute pause and 11 hours rest in between.
        var entries = Enumerable.Range(0, 6).SelectMany(d => new[] { Work(Monday.PlusDays(d - 1), 7, 0, 12, 0), Work(Monday.PlusDays(d - 1), 12, 45, 18, 45) }).ToList();

        var v = TimesheetRules.Default.Validate(entries, Now + Duration.FromDays(2));

        var warning = Assert.Single(v.Warnings, w => w.Code == "TS_WEEK_OVER_MAX");
        Assert.Equal(new LocalDate(2026, 11, 15), warning.Date); // weeks start on Sunday by default
        Assert.DoesNotContain(v.Warnings, w => w.Code == "TS_AVERAGE_OVER_MAX"); // one long week keeps the averages down
    }

    [Fact]
    public void Validate_WhenFourWeeksAverageOverFiftyFiveHours_WarnsTsAverageOverMax()
    {
        // Four weeks of five days of 11 h 36 min: 58 hours a week, under the weekly maximum of 60.
        var entries = Enumerable.Range(0, 4)
            .SelectMany(w => Enumerable.Range(0, 5).Select(d => Monday.PlusWeeks(w - 3).PlusDays(d)))
            .SelectMany(day => new[] { Work(day, 7, 0, 12, 0), Work(day, 12, 45, 19, 21) })
            .ToList();

        var v = TimesheetRules.Default.Validate(entries, Now + Duration.FromDays(2));

        Assert.DoesNotContain(v.Warnings, w => w.Code == "TS_WEEK_OVER_MAX");
        Assert.Equal(new LocalDate(2026, 11, 15), Assert.Single(v.Warnings, w => w.Code == "TS_AVERAGE_OVER_MAX").Date);
    }

    [Fact]
    public void Validate_WhenRestBeforeADayIsUnderEightHours_WarnsTsRestTooShort()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 14, 0, 23, 0), Work(Monday.PlusDays(1), 6, 0, 10, 0)], Now);

        var warning = Assert.Single(v.Warnings, w => w.Rule == TimesheetRule.RestTooShort);
        Assert.Equal("Only 7 hours rest before 2026-11-17.", warning.Message);
    }

    [Fact]
    public void Validate_WhenRestIsShortenedToEightHoursOnce_AllowsItOncePerSevenDays()
    {
        var entries = new[]
        {
            Work(Monday, 13, 0, 22, 0), Work(Monday.PlusDays(1), 6, 0, 10, 0), // 8 hours: allowed once
            Work(Monday.PlusDays(1), 13, 0, 22, 0), Work(Monday.PlusDays(2), 6, 0, 10, 0), // again within 7 days
        };

        var v = TimesheetRules.Default.Validate(entries, Now);

        var warning = Assert.Single(v.Warnings, w => w.Rule == TimesheetRule.RestTooShort);
        Assert.Equal(Monday.PlusDays(2), warning.Date);
    }

    [Fact]
    public void Validate_WhenSixHoursWithoutBreak_WarnsTsBreakMissing()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 14, 0)], Now);

        Assert.Equal("2026-11-16: 30 minutes break required.", Assert.Single(v.Warnings, w => w.Rule == TimesheetRule.BreakMissing).Message);
    }

    [Fact]
    public void Validate_WhenSixHoursWithAPauseOrABreakEntry_FindsTheBreak()
    {
        var pause = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 11, 0), Work(Monday, 11, 30, 14, 30)], Now);
        var breakEntry = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 11, 0), Break(Monday, 11, 0, 11, 30), Work(Monday, 11, 30, 14, 30)], Now);

        Assert.DoesNotContain("TS_BREAK_MISSING", Codes(pause));
        Assert.DoesNotContain("TS_BREAK_MISSING", Codes(breakEntry));
    }

    [Fact]
    public void Validate_WhenOverTenHoursWithOnlyThirtyMinutesBreak_WarnsFortyFiveMinutes()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 7, 0, 12, 30), Work(Monday, 13, 0, 18, 0)], Now);

        Assert.Equal("2026-11-16: 45 minutes break required.", Assert.Single(v.Warnings, w => w.Rule == TimesheetRule.BreakMissing).Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1000.1")]
    public void Validate_WhenKilometresOutOfRange_ReportsTsKmInvalid(string km)
    {
        var entry = Entry(TimesheetEntryContent.ForKilometres(Monday, KilometreClaim.Create(decimal.Parse(km, System.Globalization.CultureInfo.InvariantCulture))));

        var v = TimesheetRules.Default.Validate([entry], Now);

        Assert.Equal("TS_KM_INVALID", Assert.Single(v.Errors).Code);
    }

    [Fact]
    public void Validate_WhenReceiptRequiredAboveAnAmountAndMissing_ReportsTsExpenseInvalid()
    {
        var rules = TimesheetRules.Default.WithReceiptRequiredAbove(Money.FromEuros(25m));
        var small = Entry(TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(25m), "parking")));
        var large = Entry(TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(25.01m), "hotel")));
        var withReceipt = Entry(TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(80m), "hotel", "R-1")));

        var v = rules.Validate([small, large, withReceipt], Now);

        Assert.Equal(large.Id, Assert.Single(v.Errors).EntryId);
    }

    [Fact]
    public void Validate_WhenMinimumDurationIsOn_ReportsTsBelowMinimum()
    {
        var v = TimesheetRules.Default.WithMinimumDuration(Duration.FromMinutes(15)).Validate([Work(Monday, 8, 0, 8, 10)], Now);

        Assert.Equal("TS_BELOW_MINIMUM", Assert.Single(v.Errors).Code);
    }

    [Fact]
    public void Validate_WhenARuleIsSwitchedOff_DoesNotReportIt()
    {
        var v = TimesheetRules.Default.Without(TimesheetRule.Overlap).Validate([Work(Monday, 8, 0, 12, 0), Work(Monday, 11, 0, 12, 0)], Now);

        Assert.DoesNotContain("TS_OVERLAP", Codes(v));
    }

    [Fact]
    public void Validate_WhenSeveralRulesAreBroken_ReturnsAllAtOnceErrorsAndWarningsApart()
    {
        var entries = new[] { Work(Monday, 12, 0, 8, 0), Work(Monday, 6, 0, 13, 0), Work(Monday, 12, 0, 19, 30) };

        var v = TimesheetRules.Default.Validate(entries, Now);

        Assert.Equal(["TS_END_BEFORE_START", "TS_OVERLAP"], v.Errors.Select(e => e.Code));
        Assert.Equal(["TS_DAY_OVER_MAX"], v.Warnings.Select(e => e.Code).Where(c => c == "TS_DAY_OVER_MAX"));
        Assert.All(v.Errors, e => Assert.Equal(ViolationSeverity.Error, e.Severity));
        Assert.All(v.Warnings, e => Assert.Equal(ViolationSeverity.Warning, e.Severity));
    }

    [Fact]
    public void Validate_WhenEntriesOfTwoEmployeesOverlapInTime_ReportsNoOverlap()
    {
        var v = TimesheetRules.Default.Validate([Work(Monday, 8, 0, 12, 0), Entry(WorkOn(Monday, 8, 12), Stranger)], Now);

        Assert.DoesNotContain("TS_OVERLAP", Codes(v));
    }

    [Fact]
    public void Defaults_MatchTheCatalogue()
    {
        var rules = TimesheetRules.Default;

        Assert.Equal(Duration.FromMinutes(720), rules.MaxEntryLength);
        Assert.Equal(ViolationSeverity.Error, rules.SeverityOf(TimesheetRule.Overlap));
        Assert.Equal(ViolationSeverity.Warning, rules.SeverityOf(TimesheetRule.DayOverMax));
        Assert.Null(rules.SeverityOf(TimesheetRule.BelowMinimum));
        Assert.Equal(IsoDayOfWeek.Sunday, rules.WeekStart);
        Assert.Equal(rules, TimesheetRules.Default.Without(TimesheetRule.Overlap).With(TimesheetRule.Overlap, ViolationSeverity.Error));
    }

    [Fact]
    public void ValidateHourType_WhenTheTypeFitsTheKindAndIsActive_ReportsNothing()
    {
        var travel = HourType.Create("TRAVEL", "Travel", Money.FromEuros(50m), Money.FromEuros(30m)).AsT0.ForKinds(TimesheetEntryKind.Travel);

        var v = TimesheetRules.Default.ValidateHourType(EntryId(1), Technician, TravelOn(Monday), travel);

        Assert.True(v.IsValid);
        Assert.Empty(v.Warnings);
    }

    [Fact]
    public void ValidateHourType_WhenAWorkTypeIsUsedForTravel_ReportsTsHourTypeInvalid()
    {
        var work = HourType.Create("WORK", "Work", Money.FromEuros(50m), Money.FromEuros(30m)).AsT0;

        var v = TimesheetRules.Default.ValidateHourType(EntryId(1), Technician, TravelOn(Monday), work);

        var error = Assert.Single(v.Errors);
        Assert.Equal("TS_HOURTYPE_INVALID", error.Code);
        Assert.Equal(TimesheetRule.HourTypeInvalid, error.Rule);
        Assert.Equal(EntryId(1), error.EntryId);
        Assert.Equal("The hour type WORK does not fit travel.", error.Message);
    }

    [Fact]
    public void ValidateHourType_WhenTheTypeIsInactive_ReportsTsHourTypeInvalid()
    {
        var work = HourType.Create("WORK", "Work", Money.FromEuros(50m), Money.FromEuros(30m)).AsT0.Deactivate();

        var v = TimesheetRules.Default.ValidateHourType(EntryId(1), Technician, TimesheetEntryContent.Work(EntryTime.OnDate(Monday, Duration.FromHours(2))), work);

        Assert.Equal("The hour type WORK is inactive.", Assert.Single(v.Errors).Message);
    }

    [Fact]
    public void ValidateHourType_WhenTs14IsSwitchedOffOrAWarning_DoesNotRefuse()
    {
        var inactive = HourType.Create("WORK", "Work", Money.FromEuros(50m), Money.FromEuros(30m)).AsT0.Deactivate();
        var content = TimesheetEntryContent.Work(EntryTime.OnDate(Monday, Duration.FromHours(2)));

        var off = TimesheetRules.Default.Without(TimesheetRule.HourTypeInvalid).ValidateHourType(EntryId(1), Technician, content, inactive);
        var warning = TimesheetRules.Default.With(TimesheetRule.HourTypeInvalid, ViolationSeverity.Warning).ValidateHourType(EntryId(1), Technician, content, inactive);

        Assert.Equal(ViolationSeverity.Error, TimesheetRules.Default.SeverityOf(TimesheetRule.HourTypeInvalid));
        Assert.True(off.IsValid);
        Assert.Empty(off.Warnings);
        Assert.True(warning.IsValid);
        Assert.Equal("TS_HOURTYPE_INVALID", Assert.Single(warning.Warnings).Code);
    }

    private static TimesheetEntryContent TravelOn(LocalDate date) => TimesheetEntryContent.Travel(EntryTime.OnDate(date, Duration.FromHours(1)));
}
