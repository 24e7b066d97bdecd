using NodaTime;
using static OutSmart.Domain.Timesheets.Tests.Insight.InsightLines;

namespace OutSmart.Domain.Timesheets.Tests.Insight;

public sealed class TimesheetInsightTests
{
    [Fact]
    public void Summarise_ByEmployee_SumsEveryMeasurePerEmployee()
    {
        InsightLine[] lines =
        [
            Work(Anna, Monday, 480).WithOvertimeMinutes(30).WithAmounts(Money.FromEuros(200m), Money.FromEuros(480m)).WithLinks(Werkbon, Renovatie, Bakkerij),
            InsightLine.Create(Anna, Monday, TimesheetEntryStatus.Approved).WithNonBillableMinutes("travel", 45).AsTravel().WithAmounts(Money.FromEuros(18.75m), Money.FromEuros(0m)),
            InsightLine.Create(Anna, Monday, TimesheetEntryStatus.Approved).WithKilometres(42m, Money.FromEuros(9.66m)).WithExpenses(Money.FromEuros(12.50m)),
            Work(Bram, Monday.PlusDays(1), 240).WithAmounts(Money.FromEuros(100m), Money.FromEuros(240m)),
        ];

        var report = TimesheetInsight.Summarise(lines, InsightGrouping.Employee, InsightFilter.Approved);

        Assert.Equal([Anna.ToString(), Bram.ToString()], report.Groups.Select(g => g.Key));
        var anna = report.Groups[0].Totals;
        Assert.Equal(3, anna.Lines);
        Assert.Equal(525, anna.Minutes);
        Assert.Equal(8.75m, anna.Hours);
        Assert.Equal(480, anna.BillableMinutes);
        Assert.Equal(45, anna.NonBillableMinutes);
        Assert.Equal(45, anna.TravelMinutes);
        Assert.Equal(30, anna.OvertimeMinutes);
        Assert.Equal(Money.FromEuros(218.75m), anna.Cost);
        Assert.Equal(Money.FromEuros(480m), anna.Revenue);
        Assert.Equal(Money.FromEuros(261.25m), anna.Margin);
        Assert.Equal(42m, anna.Kilometres);
        Assert.Equal(Money.FromEuros(9.66m), anna.KilometreAllowance);
        Assert.Equal(Money.FromEuros(12.50m), anna.Expenses);
        Assert.Equal(765, report.Totals.Minutes);
        Assert.Equal(Money.FromEuros(401.25m), report.Totals.Margin);
    }

    [Fact]
    public void Summarise_WithTheApprovedFilter_CountsApprovedAndExportedOnly()
    {
        InsightLine[] lines =
        [
            Work(Anna, Monday, 60, TimesheetEntryStatus.Draft),
            Work(Anna, Monday, 120, TimesheetEntryStatus.Submitted),
            Work(Anna, Monday, 240, TimesheetEntryStatus.Approved),
            Work(Anna, Monday, 480, TimesheetEntryStatus.Rejected),
            Work(Anna, Monday, 15, TimesheetEntryStatus.Exported),
        ];

        Assert.Equal(255, TimesheetInsight.Summarise(lines, InsightGrouping.Day, InsightFilter.Approved).Totals.Minutes);
        Assert.Equal(915, TimesheetInsight.Summarise(lines, InsightGrouping.Day, InsightFilter.AllStatuses).Totals.Minutes);
        Assert.Equal(180, TimesheetInsight.Summarise(lines, InsightGrouping.Day, InsightFilter.ForStatuses(TimesheetEntryStatus.Draft, TimesheetEntryStatus.Submitted)).Totals.Minutes);
    }

    [Fact]
    public void Summarise_ByIsoWeek_KeysDatesByTheirIsoWeekYear()
    {
        InsightLine[] lines =
        [
            Work(Anna, new LocalDate(2025, 12, 29), 60),
            Work(Anna, new LocalDate(2026, 1, 4), 60),
            Work(Anna, new LocalDate(2026, 11, 22), 30),
            Work(Anna, new LocalDate(2027, 1, 1), 45),
        ];

        var report = TimesheetInsight.Summarise(lines, InsightGrouping.IsoWeek, InsightFilter.Approved);

        Assert.Equal(["2026-W01", "2026-W47", "2026-W53"], report.Groups.Select(g => g.Key));
        Assert.Equal([120L, 30L, 45L], report.Groups.Select(g => g.Totals.Minutes));
    }

    [Theory]
    [InlineData(InsightGrouping.Day, new[] { "2026-01-31", "2026-02-01", "2027-01-01" })]
    [InlineData(InsightGrouping.Month, new[] { "2026-01", "2026-02", "2027-01" })]
    [InlineData(InsightGrouping.Year, new[] { "2026", "2027" })]
    public void Summarise_ByPeriod_OrdersTheGroupsByDate(InsightGrouping grouping, string[] keys)
    {
        InsightLine[] lines = [Work(Anna, new LocalDate(2027, 1, 1), 1), Work(Anna, new LocalDate(2026, 2, 1), 1), Work(Anna, new LocalDate(2026, 1, 31), 1)];

        Assert.Equal(keys, TimesheetInsight.Summarise(lines, grouping, InsightFilter.Approved).Groups.Select(g => g.Key));
    }

    [Fact]
    public void Summarise_ByCustomerProjectOrWorkOrder_PutsUnlinkedLinesInTheEmptyKeyGroup()
    {
        InsightLine[] lines = [Work(Anna, Monday, 60).WithLinks(Werkbon, Renovatie, Bakkerij), Work(Anna, Monday, 30)];

        foreach (var (grouping, id) in new[] { (InsightGrouping.Customer, Bakkerij.ToString()), (InsightGrouping.Project, Renovatie.ToString()), (InsightGrouping.WorkOrder, Werkbon.ToString()) })
        {
            var report = TimesheetInsight.Summarise(lines, grouping, InsightFilter.Approved);
            Assert.Equal([string.Empty, id], report.Groups.Select(g => g.Key));
            Assert.Equal([30L, 60L], report.Groups.Select(g => g.Totals.Minutes));
        }
    }

    [Fact]
    public void Summarise_ByHourType_GroupsByTheCode()
    {
        InsightLine[] lines =
        [
            Work(Anna, Monday, 60),
            InsightLine.Create(Anna, Monday, TimesheetEntryStatus.Approved).WithBillableMinutes("evening", 75),
            Work(Bram, Monday, 30),
        ];

        var report = TimesheetInsight.Summarise(lines, InsightGrouping.HourType, InsightFilter.Approved);

        Assert.Equal(["evening", "work"], report.Groups.Select(g => g.Key));
        Assert.Equal([75L, 90L], report.Groups.Select(g => g.Totals.Minutes));
    }

    [Fact]
    public void Summarise_WithADateRange_CountsOnlyTheDatesInIt()
    {
        InsightLine[] lines = [Work(Anna, Monday.PlusDays(-1), 1), Work(Anna, Monday, 10), Work(Anna, Monday.PlusDays(6), 100), Work(Anna, Monday.PlusDays(7), 1000)];

        var report = TimesheetInsight.Summarise(lines, InsightGrouping.Employee, InsightFilter.Approved.Between(Monday, Monday.PlusDays(6)));

        Assert.Equal(110, report.Totals.Minutes);
    }

    [Fact]
    public void Summarise_WhenNoLineIsCounted_ReturnsNoGroupsAndZeroTotals()
    {
        var report = TimesheetInsight.Summarise([Work(Anna, Monday, 60, TimesheetEntryStatus.Draft)], InsightGrouping.Employee, InsightFilter.Approved);

        Assert.Empty(report.Groups);
        Assert.Equal(0, report.Totals.Lines);
        Assert.Equal(Money.FromEuros(0m), report.Totals.Margin);
    }

    [Fact]
    public void WithOvertimeMinutes_WhenMoreThanTheLinesMinutes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Work(Anna, Monday, 60).WithOvertimeMinutes(61));
    }

    [Fact]
    public void ForStatuses_WhenEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => InsightFilter.ForStatuses());
    }
}
