using NodaTime;
using static OutSmart.Domain.Timesheets.Tests.Insight.InsightLines;

namespace OutSmart.Domain.Timesheets.Tests.Insight;

public sealed class OutlierTests
{
    private static readonly DateInterval Week47 = new(Monday, Monday.PlusDays(6));

    // Eight hours on weekdays, none at the weekend.
    private static int EightHourWeekdays(OutSmart.Domain.Abstractions.EmployeeId employee, LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? 0 : 480;

    private static IEnumerable<InsightLine> FullWeek(OutSmart.Domain.Abstractions.EmployeeId employee, int minutesPerDay) =>
        Enumerable.Range(0, 5).Select(d => Work(employee, Monday.PlusDays(d), minutesPerDay));

    [Fact]
    public void FindOutliers_WhenEveryDayIsAsExpected_FindsNone()
    {
        Assert.Empty(TimesheetInsight.FindOutliers(FullWeek(Anna, 480), OutlierCheck.For(Week47, EightHourWeekdays)));
    }

    [Fact]
    public void FindOutliers_WhenADayIsMoreThanAnHourOver_FlagsTheDayAndTheWeek()
    {
        var lines = FullWeek(Anna, 480).Append(Work(Anna, Monday.PlusDays(2), 61));

        var outliers = TimesheetInsight.FindOutliers(lines, OutlierCheck.For(Week47, EightHourWeekdays));

        Assert.Equal(
            [new InsightOutlier(Anna, OutlierPeriod.Day, Monday.PlusDays(2), 541, 480), new InsightOutlier(Anna, OutlierPeriod.Week, Monday, 2461, 2400)],
            outliers);
        Assert.Equal(61, outliers[0].DeviationMinutes);
    }

    [Fact]
    public void FindOutliers_WhenADayIsExactlyAnHourUnder_DoesNotFlagIt()
    {
        var lines = FullWeek(Anna, 480).Skip(1).Append(Work(Anna, Monday, 420));

        Assert.Empty(TimesheetInsight.FindOutliers(lines, OutlierCheck.For(Week47, EightHourWeekdays)));
    }

    [Fact]
    public void FindOutliers_WhenEachDayIsSlightlyOver_FlagsOnlyTheWeek()
    {
        var outliers = TimesheetInsight.FindOutliers(FullWeek(Anna, 500), OutlierCheck.For(Week47, EightHourWeekdays));

        Assert.Equal([new InsightOutlier(Anna, OutlierPeriod.Week, Monday, 2500, 2400)], outliers);
    }

    [Fact]
    public void FindOutliers_WhenANamedEmployeeRegisteredNothing_FlagsEveryWorkdayAndTheWeekUnder()
    {
        var outliers = TimesheetInsight.FindOutliers(FullWeek(Anna, 480), OutlierCheck.For(Week47, EightHourWeekdays).WithEmployees(Anna, Bram));

        Assert.All(outliers, o => Assert.Equal(Bram, o.Employee));
        Assert.Equal(5, outliers.Count(o => o.Period == OutlierPeriod.Day && o.DeviationMinutes == -480));
        Assert.Equal(-2400, Assert.Single(outliers, o => o.Period == OutlierPeriod.Week).DeviationMinutes);
    }

    [Fact]
    public void FindOutliers_WithAFilter_IgnoresLinesOfOtherStatuses()
    {
        var lines = FullWeek(Anna, 480).Append(Work(Anna, Monday, 240, TimesheetEntryStatus.Rejected));

        Assert.NotEmpty(TimesheetInsight.FindOutliers(lines, OutlierCheck.For(Week47, EightHourWeekdays)));
        Assert.Empty(TimesheetInsight.FindOutliers(lines, OutlierCheck.For(Week47, EightHourWeekdays).WithFilter(InsightFilter.Approved)));
    }

    [Fact]
    public void FindOutliers_WhenTheDatesSpanTwoWeeks_ChecksEachWeekOnItsCheckedDates()
    {
        var dates = new DateInterval(Monday.PlusDays(4), Monday.PlusDays(8));
        InsightLine[] lines = [Work(Anna, Monday.PlusDays(4), 480), Work(Anna, Monday.PlusDays(7), 600), Work(Anna, Monday.PlusDays(8), 480)];

        var outliers = TimesheetInsight.FindOutliers(lines, OutlierCheck.For(dates, EightHourWeekdays).WithThreshold(Duration.FromMinutes(90)));

        Assert.Equal(
            [new InsightOutlier(Anna, OutlierPeriod.Day, Monday.PlusDays(7), 600, 480), new InsightOutlier(Anna, OutlierPeriod.Week, Monday.PlusDays(7), 1080, 960)],
            outliers);
    }
}
