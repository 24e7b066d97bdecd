using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.WorkOrders;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Generation;

public sealed class YearlyOrdersGenerationTests
{
    private static readonly BusinessCalendar WorkingDays = BusinessCalendar.Create(WorkingWeek.MondayToFriday, DutchHolidayCalendar.Standard);

    [Fact]
    public async Task RunAsync_DailyOverAYearWithFourOrdersSixtyDaysApart_CreatesFourOnWorkingDaysWithTheSpacingAndARerunCreatesNothing()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(service: ContractService.YearlyOrders(4, 60).AsT0, planning: ContractPlanning.Default.WithEmployee(Technician)));

        var first = await rig.RunDailyAsync(new LocalDate(2025, 12, 1), new LocalDate(2027, 1, 31));
        var rerun = await rig.RunDailyAsync(new LocalDate(2025, 12, 1), new LocalDate(2027, 1, 31));

        var orders = (await rig.WorkOrdersOfAsync(Id)).OrderBy(o => o.Origin.OccurrenceDate).ToList();
        var targets = orders.Select(o => o.Origin.Occurrence!.Target).ToList();
        Assert.Equal(4, first.Sum(r => r.Created));
        Assert.Equal(0, rerun.Sum(r => r.Created));
        Assert.Equal(4, orders.Count);
        Assert.Equal(YearlyOrders.Create(4, 60).AsT0.PlanYear(2026, WorkingDays).AsT0, targets);
        Assert.All(targets, t => Assert.True(WorkingDays.IsWorkingDay(t), $"{t} is not a working day"));
        Assert.All(targets.Zip(targets.Skip(1)), pair => Assert.True(Period.DaysBetween(pair.First, pair.Second) >= 60));
        Assert.All(orders, o => Assert.Equal("yearly-orders", o.Origin.Occurrence!.Schedule));
        Assert.All(orders, o => Assert.Equal(o.Origin.Occurrence!.Target.At(new LocalTime(8, 0)), o.Schedule.PlannedAt!.LocalDateTime));
        Assert.All(orders, o => Assert.Equal([Technician], o.AssignedEmployees));
    }

    [Fact]
    public async Task RunAsync_ForAContractFromMidYearToMidYear_CreatesOnlyTheYearlyDatesInsideItsLifeAsDeadlines()
    {
        var rig = new GenerationRig();
        var start = new LocalDate(2026, 7, 1);
        var contract = Create(service: ContractService.YearlyOrders(4, 60).AsT0, start: start);
        await rig.AddAsync(contract);

        await rig.RunDailyAsync(new LocalDate(2026, 6, 1), new LocalDate(2027, 7, 31));

        var orders = await rig.WorkOrdersOfAsync(Id);
        var plan = YearlyOrders.Create(4, 60).AsT0;
        var expected = plan.PlanYear(2026, WorkingDays).AsT0.Concat(plan.PlanYear(2027, WorkingDays).AsT0)
            .Where(d => d >= start && d <= contract.LastDay!.Value).ToList();
        Assert.Equal(expected, orders.Select(o => o.Origin.Occurrence!.Target).Order().ToList());
        Assert.Equal(4, expected.Count);
        Assert.All(orders, o => Assert.Null(o.Schedule.PlannedAt));
        Assert.All(orders, o => Assert.Equal(o.Origin.Occurrence!.Target, o.Schedule.Deadline));
    }

    [Fact]
    public async Task RunAsync_WhenTheFirstRunIsAfterYearlyTargetsUnderTheSkipPolicy_ReportsThemSkippedAndCreatesTheRest()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(service: ContractService.YearlyOrders(4, 60).AsT0, planning: ContractPlanning.Default.WithMissed(MissedVisitPolicy.Skip)));
        var dates = YearlyOrders.Create(4, 60).AsT0.PlanYear(2026, WorkingDays).AsT0;

        var late = await rig.RunAsync(dates[1].PlusDays(1));
        await rig.RunDailyAsync(dates[1].PlusDays(2), new LocalDate(2026, 12, 31));

        Assert.Equal([dates[0], dates[1]], late.Notes.Where(n => n.Kind == GenerationNoteKind.MissedAndSkipped).Select(n => n.Key.Target));
        Assert.Equal(dates.Skip(2), (await rig.WorkOrdersOfAsync(Id)).Select(o => o.Origin.Occurrence!.Target).Order());
    }

    [Fact]
    public void PlanHorizon_WhenTheWorkingDaysCannotHoldEveryOrderWithTheSpacing_PlansTheMostThatFit()
    {
        var contract = Create(service: ContractService.YearlyOrders(120, 3).AsT0);
        var tooMany = YearlyOrders.Create(120, 3).AsT0.PlanYear(2026, WorkingDays).AsT1;

        var plan = ContractPlanner.PlanHorizon(contract.ToPlanningView()!, new LocalDate(2025, 12, 1), new LocalDate(2026, 12, 31), new HashSet<OccurrenceKey>());

        var targets = plan.Visits.Select(v => v.Key.Target).ToList();
        Assert.InRange(tooMany.MostThatFit, 1, 119);
        Assert.Equal(tooMany.MostThatFit, targets.Count);
        Assert.All(targets, t => Assert.True(WorkingDays.IsWorkingDay(t), $"{t} is not a working day"));
        Assert.All(targets.Zip(targets.Skip(1)), pair => Assert.True(Period.DaysBetween(pair.First, pair.Second) >= 3));
    }
}
