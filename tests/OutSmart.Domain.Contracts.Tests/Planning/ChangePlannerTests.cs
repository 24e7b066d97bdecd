using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts.Tests.Planning;

public sealed class ChangePlannerTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);
    private static readonly LocalDate Day = new(2026, 1, 20);
    private static readonly LocalDate Through = new(2026, 4, 30);
    private static readonly WorkOrderId February = new(new Guid("7a000000-0000-0000-0000-000000000002"));
    private static readonly WorkOrderId March = new(new Guid("7a000000-0000-0000-0000-000000000003"));

    private static ContractPlanningView Monthly(int day) =>
        Plans.View(Start, Plans.Schedule("monthly", $"FREQ=MONTHLY;BYMONTHDAY={day}")).WithEmployee(Plans.Employee);

    private static GeneratedVisit Generated(ContractPlanningView view, WorkOrderId id, LocalDate target, GeneratedVisitState state)
    {
        var key = OccurrenceKey.Create(Plans.Contract, "monthly", target);
        return new GeneratedVisit(id, key, state, LocalDateTimeInZone.Create(target.At(view.TimeOfDay), view.Zone), view.Employee);
    }

    [Fact]
    public void Plan_WhenTheDayOfTheMonthChanges_MovesTheNotStartedWorkOrderAndKeepsTheStartedOne()
    {
        var current = Monthly(2);
        var generated = new[]
        {
            Generated(current, February, new LocalDate(2026, 2, 2), GeneratedVisitState.NotStarted),
            Generated(current, March, new LocalDate(2026, 3, 2), GeneratedVisitState.Started),
        };

        var plan = ChangePlanner.Plan(current, Monthly(16), Day, Through, generated);

        Assert.Equal(
            [(ChangeAction.Move, new LocalDate(2026, 2, 2), (LocalDate?)new LocalDate(2026, 2, 16)), (ChangeAction.Keep, new LocalDate(2026, 3, 2), null), (ChangeAction.Move, new LocalDate(2026, 4, 2), new LocalDate(2026, 4, 16))],
            plan.Entries.Select(e => (e.Action, e.OldTarget!.Value, e.NewTarget)));
        Assert.Equal([February], plan.WorkOrdersToMove.Select(w => w.WorkOrder));
        Assert.Empty(plan.WorkOrdersToCancel);
    }

    [Fact]
    public void Plan_WhenTheEmployeeChanges_MovesNotStartedWorkOrdersToTheNewEmployeeOnTheSameDate()
    {
        var current = Monthly(2);
        var changed = current.WithEmployee(new EmployeeId(new Guid("7a000000-0000-0000-0000-0000000000e2")));
        var generated = new[] { Generated(current, February, new LocalDate(2026, 2, 2), GeneratedVisitState.NotStarted) };

        var plan = ChangePlanner.Plan(current, changed, Day, Through, generated);

        var february = plan.Entries.Single(e => e.WorkOrder is not null);
        Assert.Equal(ChangeAction.Move, february.Action);
        Assert.Equal(february.OldTarget, february.NewTarget);
        Assert.Equal(changed.Employee, february.NewVisit!.Employee);
        Assert.All(plan.Entries.Where(e => e.WorkOrder is null), e => Assert.Equal(ChangeAction.Keep, e.Action));
    }

    [Fact]
    public void Plan_WhenTheEndComesEarlier_CancelsTheLaterOccurrencesAndTheirNotStartedWorkOrders()
    {
        var current = Monthly(2);
        var changed = current.Ending(new LocalDate(2026, 2, 28));
        var generated = new[] { Generated(current, March, new LocalDate(2026, 3, 2), GeneratedVisitState.NotStarted) };

        var plan = ChangePlanner.Plan(current, changed, Day, Through, generated);

        Assert.Equal([ChangeAction.Keep, ChangeAction.Cancel, ChangeAction.Cancel], plan.Entries.Select(e => e.Action));
        Assert.Equal([March], plan.WorkOrdersToCancel.Select(w => w.WorkOrder));
    }

    [Fact]
    public void Plan_WhenTheRuleGainsOccurrences_AddsThem()
    {
        var current = Monthly(2);
        var changed = Plans.View(Start, Plans.Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=2,16")).WithEmployee(Plans.Employee);

        var plan = ChangePlanner.Plan(current, changed, Day, Through, []);

        Assert.Equal(3, plan.Entries.Count(e => e.Action == ChangeAction.Add));
        Assert.Equal(3, plan.Entries.Count(e => e.Action == ChangeAction.Keep));
    }

    [Fact]
    public void Plan_WhenNothingChanges_ChangesNothing()
    {
        var current = Monthly(2);
        var generated = new[] { Generated(current, February, new LocalDate(2026, 2, 2), GeneratedVisitState.NotStarted) };

        var plan = ChangePlanner.Plan(current, current, Day, Through, generated);

        Assert.True(plan.ChangesNothing);
    }

    [Fact]
    public void ApplyTo_WhenAWorkOrderIsMovedAndAnotherCancelled_RekeysTheFirstDropsTheSecondAndKeepsTheStartedOne()
    {
        var current = Monthly(2);
        var changed = Monthly(16).Ending(new LocalDate(2026, 2, 28));
        var started = Generated(current, March, new LocalDate(2026, 3, 2), GeneratedVisitState.Completed);
        var february = Generated(current, February, new LocalDate(2026, 2, 2), GeneratedVisitState.NotStarted);
        var april = Generated(current, new WorkOrderId(new Guid("7a000000-0000-0000-0000-000000000004")), new LocalDate(2026, 4, 2), GeneratedVisitState.NotStarted);

        var applied = ChangePlanner.Plan(current, changed, Day, Through, [february, started, april]).ApplyTo([february, started, april]);

        Assert.Equal([February, March], applied.Select(v => v.WorkOrder));
        Assert.Equal(new LocalDate(2026, 2, 16), applied[0].Key.Target);
        Assert.Same(started, applied[1]);
    }

    [Fact]
    public void Plan_WhenTheViewsAreOfDifferentContracts_Throws()
    {
        var other = ContractPlanningView.Create(new ContractId(new Guid("7a000000-0000-0000-0000-0000000000c2")), Plans.Amsterdam, Start, new LocalTime(8, 0), [Plans.Schedule("monthly", "FREQ=MONTHLY")]).AsT0;

        Assert.Throws<ArgumentException>(() => ChangePlanner.Plan(Monthly(2), other, Day, Through, []));
    }
}
