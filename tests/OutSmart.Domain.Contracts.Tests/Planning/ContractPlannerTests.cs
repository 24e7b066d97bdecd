using NodaTime;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts.Tests.Planning;

public sealed class ContractPlannerTests
{
    private static readonly LocalDate NewYear = new(2026, 1, 1);

    private static ContractPlanningView Monthly15(int daysInAdvance = 14) =>
        Plans.View(NewYear, Plans.Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=15")).Days(daysInAdvance).WithEmployee(Plans.Employee);

    [Fact]
    public void PlanDay_WhenATargetIsWithinTheDaysInAdvance_CreatesItPlannedAtTheTimeOfDay()
    {
        var plan = ContractPlanner.PlanDay(Monthly15(), new PlanningRun(NewYear, null), Plans.NothingGenerated);

        var visit = Assert.Single(plan.Visits);
        Assert.Equal(OccurrenceKey.Create(Plans.Contract, "monthly", new LocalDate(2026, 1, 15)), visit.Key);
        Assert.Equal(NewYear, visit.GeneratedOn);
        Assert.Equal(new LocalDateTime(2026, 1, 15, 8, 0), visit.Planned!.LocalDateTime);
        Assert.Equal(Plans.Employee, visit.Employee);
        Assert.Null(visit.Deadline);
        Assert.Equal(new LocalDate(2026, 1, 15), plan.CoveredThrough);
    }

    [Fact]
    public void PlanDay_WhenTheKeyWasAlreadyGenerated_DoesNotPlanItAgain()
    {
        var contract = Monthly15();
        var first = ContractPlanner.PlanDay(contract, new PlanningRun(NewYear, null), Plans.NothingGenerated);

        var again = ContractPlanner.PlanDay(contract, new PlanningRun(NewYear, null), first.Visits.Select(v => v.Key).ToHashSet());

        Assert.Empty(again.Visits);
        Assert.Empty(again.Missed);
    }

    [Fact]
    public void PlanDay_WithoutAnEmployee_GivesTheTargetAsDeadline()
    {
        var contract = Monthly15().WithEmployee(null);

        var visit = ContractPlanner.PlanDay(contract, new PlanningRun(NewYear, null), Plans.NothingGenerated).Visits.Single();

        Assert.Null(visit.Planned);
        Assert.Equal(new LocalDate(2026, 1, 15), visit.Deadline);
    }

    [Fact]
    public void PlanDay_WhenTheRunDayIsAfterTheTermination_PlansNothing()
    {
        var contract = Monthly15(daysInAdvance: 30).Terminated(new LocalDate(2026, 3, 10));

        var after = ContractPlanner.PlanDay(contract, new PlanningRun(new LocalDate(2026, 3, 11), null), Plans.NothingGenerated);
        var on = ContractPlanner.PlanDay(contract, new PlanningRun(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 9)), Plans.NothingGenerated);

        Assert.Empty(after.Visits);
        Assert.Empty(on.Visits);
    }

    [Fact]
    public void PlanDay_WhenTargetsPassedDuringDowntimeAndThePolicyIsSkip_ReportsThemMissedAndCreatesNone()
    {
        var contract = Monthly15(daysInAdvance: 0).WithMissedPolicy(MissedVisitPolicy.Skip);

        var plan = ContractPlanner.PlanDay(contract, new PlanningRun(new LocalDate(2026, 3, 1), null), Plans.NothingGenerated);

        Assert.Empty(plan.Visits);
        Assert.Equal([new LocalDate(2026, 1, 15), new LocalDate(2026, 2, 15)], plan.Missed.Select(m => m.Key.Target));
        Assert.All(plan.Missed, m => Assert.Equal(MissedVisitReason.TargetPassed, m.Reason));
    }

    [Fact]
    public void PlanDay_WhenTargetsPassedDuringDowntimeAndThePolicyIsCatchUp_GeneratesThemOnTheRunDay()
    {
        var plan = ContractPlanner.PlanDay(Monthly15(daysInAdvance: 0), new PlanningRun(new LocalDate(2026, 3, 1), null), Plans.NothingGenerated);

        Assert.Equal([new LocalDate(2026, 1, 15), new LocalDate(2026, 2, 15)], plan.Visits.Select(v => v.Target));
        Assert.All(plan.Visits, v => Assert.Equal(new LocalDate(2026, 3, 1), v.GeneratedOn));
    }

    [Fact]
    public void PlanDay_WhenTheContractPlansOneWorkOrderPerObject_CreatesOneVisitPerObject()
    {
        var contract = Monthly15().WithObjects([Plans.Boiler, Plans.Pump], ObjectPlanning.OnePerObject);

        var plan = ContractPlanner.PlanDay(contract, new PlanningRun(NewYear, null), Plans.NothingGenerated);

        Assert.Equal([Plans.Boiler, Plans.Pump], plan.Visits.Select(v => v.Key.Asset!.Value));
    }

    [Fact]
    public void PlanDay_WhenTheContractPlansOneWorkOrderForAllObjects_CreatesOneVisitWithoutObject()
    {
        var contract = Monthly15().WithObjects([Plans.Boiler, Plans.Pump], ObjectPlanning.OneForAll);

        var visit = ContractPlanner.PlanDay(contract, new PlanningRun(NewYear, null), Plans.NothingGenerated).Visits.Single();

        Assert.Null(visit.Key.Asset);
    }

    [Fact]
    public void PlanDay_WhenTheTimeOfDayFallsInTheSpringForwardGap_ResolvesAnHourLater()
    {
        var contract = ContractPlanningView.Create(Plans.Contract, Plans.Amsterdam, NewYear, new LocalTime(2, 30), [Plans.Schedule("dst", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")]).AsT0
            .WithEmployee(Plans.Employee);

        var visit = ContractPlanner.PlanHorizon(contract, NewYear, new LocalDate(2026, 12, 31), Plans.NothingGenerated).Visits.Single();

        Assert.Equal(new LocalDate(2026, 3, 29), visit.Target);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), visit.Planned!.Resolve());
    }

    [Fact]
    public void FindTargets_WhenAMajorAndAMinorVisitShareADate_KeepsOnlyTheLargerPrecedence()
    {
        var contract = Plans.View(NewYear,
            Plans.Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=-1", 1),
            Plans.Schedule("yearly", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30", 2));

        var targets = ContractPlanner.FindTargets(contract, new LocalDate(2026, 5, 1), new LocalDate(2026, 7, 31));

        Assert.Equal(
            [new ScheduledTarget("monthly", new LocalDate(2026, 5, 31)), new ScheduledTarget("yearly", new LocalDate(2026, 6, 30)), new ScheduledTarget("monthly", new LocalDate(2026, 7, 31))],
            targets);
    }

    [Fact]
    public void FindTargets_WhenTwoRuleDatesLandOnOneWorkingDay_GivesOneTarget()
    {
        // Saturday 2 and Sunday 3 May 2026 both move to Monday 4 May.
        var contract = Plans.View(NewYear, Plans.Schedule("daily", "FREQ=DAILY", adjustment: HolidayAdjustment.NextWorkingDay));

        var targets = ContractPlanner.FindTargets(contract, new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 4));

        Assert.Single(targets);
    }

    [Fact]
    public void FindTargets_WhenAWindowStartsAfterAWeekendMovedForward_StillFindsTheMovedTarget()
    {
        // Saturday 7 March 2026 moves to Monday 9 March; a window starting on Monday must see it.
        var contract = Plans.View(NewYear, Plans.Schedule("saturdays", "FREQ=WEEKLY;BYDAY=SA", adjustment: HolidayAdjustment.NextWorkingDay));

        var targets = ContractPlanner.FindTargets(contract, new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 9));

        Assert.Equal(new LocalDate(2026, 3, 9), Assert.Single(targets).Target);
    }

    [Fact]
    public void FindTargets_WithExtraAndExcludedDates_AddsAndRemovesDatesBeforeAdjustment()
    {
        var schedule = Plans.Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=15")
            .WithExtraDates([new LocalDate(2026, 2, 3)])
            .WithExcludedDates([new LocalDate(2026, 2, 15)]);
        var contract = Plans.View(NewYear, schedule);

        var targets = ContractPlanner.FindTargets(contract, new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 31));

        Assert.Equal([new LocalDate(2026, 2, 3), new LocalDate(2026, 3, 15)], targets.Select(t => t.Target));
    }

    [Fact]
    public void FindTargets_WhenTheStartDoesNotMatchTheRule_DoesNotMakeTheStartAVisit()
    {
        var contract = Plans.View(NewYear, Plans.Schedule("mondays", "FREQ=WEEKLY;BYDAY=MO"));

        var targets = ContractPlanner.FindTargets(contract, NewYear, new LocalDate(2026, 1, 10));

        Assert.Equal(new LocalDate(2026, 1, 5), Assert.Single(targets).Target);
    }

    [Fact]
    public void FindTargets_WhenAnAdjustedTargetMovesBeforeTheStart_LeavesItOut()
    {
        // Thursday 1 January 2026 (New Year's Day) moves back to Wednesday 31 December 2025, before the start.
        var contract = Plans.View(NewYear, Plans.Schedule("first", "FREQ=MONTHLY;BYMONTHDAY=1", adjustment: HolidayAdjustment.PreviousWorkingDay));

        var targets = ContractPlanner.FindTargets(contract, new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 29));

        Assert.Empty(targets);
    }

    [Fact]
    public void PlanDay_WhenAFloatingScheduleWasCompleted_CountsTheNextTargetFromTheCompletion()
    {
        var schedule = Plans.Schedule("service", "FREQ=MONTHLY;INTERVAL=3", adjustment: HolidayAdjustment.NextWorkingDay).WithMode(ScheduleMode.Floating);
        var contract = Plans.View(new LocalDate(2026, 1, 5), schedule).Days(30);

        var first = ContractPlanner.PlanDay(contract, new PlanningRun(new LocalDate(2026, 1, 1), null), Plans.NothingGenerated);
        var completed = contract.WithPreviousCompletion("service", new LocalDate(2026, 2, 10));
        var next = ContractPlanner.PlanDay(completed, new PlanningRun(new LocalDate(2026, 4, 15), new LocalDate(2026, 5, 14)), first.Visits.Select(v => v.Key).ToHashSet());

        Assert.Equal(new LocalDate(2026, 1, 5), first.Visits.Single().Target);
        // 10 May 2026 is a Sunday: the next working day is Monday 11 May.
        Assert.Equal(new LocalDate(2026, 5, 11), next.Visits.Single().Target);
    }

    [Fact]
    public void PlanDay_WhenTheFloatingTargetIsNotDueYet_PlansNothing()
    {
        var schedule = Plans.Schedule("service", "FREQ=WEEKLY;INTERVAL=6").WithMode(ScheduleMode.Floating);
        var contract = Plans.View(NewYear, schedule).WithPreviousCompletion("service", new LocalDate(2026, 3, 2));

        var plan = ContractPlanner.PlanDay(contract, new PlanningRun(new LocalDate(2026, 3, 3), null), Plans.NothingGenerated);

        Assert.Empty(plan.Visits);
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", null, PlanningWarningKind.RuleHasNoOccurrences)]
    [InlineData("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", "2026-01-31", PlanningWarningKind.NoVisitInContractLife)]
    [InlineData("FREQ=WEEKLY;BYDAY=SA,SU", null, PlanningWarningKind.NoVisitInContractLife)]
    [InlineData("FREQ=WEEKLY;BYDAY=MO;COUNT=1", null, PlanningWarningKind.StartNotAnOccurrenceWithCountOne)]
    public void FindWarnings_WhenAScheduleCanNeverProduceAVisit_SaysWhy(string rule, string? end, PlanningWarningKind kind)
    {
        var schedule = Plans.Schedule("visit", rule, adjustment: HolidayAdjustment.Skip);
        var contract = Plans.View(NewYear, schedule);
        if (end is not null)
        {
            contract = contract.Ending(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value);
        }

        var warnings = ContractPlanner.FindWarnings(contract);

        Assert.Contains(warnings, w => w.Kind == kind && w.Schedule == "visit");
    }

    [Fact]
    public void FindWarnings_WhenEveryScheduleProducesVisits_IsEmpty()
    {
        Assert.Empty(ContractPlanner.FindWarnings(Monthly15()));
    }
}
