using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.Contracts.Tests.TestData;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Changes;

public sealed class ContractChangeServiceTests
{
    [Fact]
    public async Task ProposeAsync_WhenTheMonthDayMoves_ShowsTheGeneratedNotStartedWorkOrdersAsMovedAndSavesNothing()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithDaysInAdvance(60)));
        await rig.RunAsync(new LocalDate(2026, 1, 1));
        var service = new ContractChangeService(rig.Contracts, rig.WorkOrders, rig.Clock);

        var proposal = (await service.ProposeAsync(Id, [Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=20", 1)], ContractPlanning.Default.WithDaysInAdvance(60), new LocalDate(2026, 1, 1), TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal(2, proposal.Plan.WorkOrdersToMove.Length);
        Assert.Empty(proposal.Plan.WorkOrdersToCancel);
        Assert.Equal(2, proposal.Version.Value); // added, then saved with the generation progress
        Assert.Equal("monthly", (await rig.Contracts.GetAsync(Id, TestContext.Current.CancellationToken))!.Service.Schedules[0].Name);
    }

    [Fact]
    public async Task ApplyAsync_WhenTheContractIsUnchanged_TakesTheNewScheduleAndGenerationPlansTheNewTargets()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithDaysInAdvance(0)));
        var service = new ContractChangeService(rig.Contracts, rig.WorkOrders, rig.Clock);
        var proposal = (await service.ProposeAsync(Id, [Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=20", 1)], ContractPlanning.Default.WithDaysInAdvance(0), new LocalDate(2026, 1, 1), TestContext.Current.CancellationToken)).AsT0;

        var applied = await service.ApplyAsync(proposal, Planner, TestContext.Current.CancellationToken);
        await rig.RunAsync(new LocalDate(2026, 1, 31));

        Assert.True(applied.IsT0);
        Assert.IsType<ContractScheduleChanged>(applied.AsT0.Contract.DomainEvents[^1]);
        var order = Assert.Single(await rig.WorkOrdersOfAsync(Id));
        Assert.Equal(new LocalDate(2026, 1, 20), order.Origin.OccurrenceDate);
    }

    [Fact]
    public async Task ApplyAsync_WhenOneMovedWorkOrderStartedMeanwhile_CancelsTheNotStartedOneAndLeavesTheStartedOneAlone()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithDaysInAdvance(60)));
        await rig.RunAsync(new LocalDate(2026, 1, 1));
        var service = new ContractChangeService(rig.Contracts, rig.WorkOrders, rig.Clock);
        var proposal = (await service.ProposeAsync(Id, [Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=20", 1)], ContractPlanning.Default.WithDaysInAdvance(60), new LocalDate(2026, 1, 1), TestContext.Current.CancellationToken)).AsT0;
        var moved = proposal.Plan.WorkOrdersToMove;
        var started = (await rig.WorkOrders.GetAsync(moved[1].WorkOrder, TestContext.Current.CancellationToken))!;
        started.Start(Planner, Now);
        await rig.WorkOrders.SaveAsync(started, TestContext.Current.CancellationToken);

        var applied = (await service.ApplyAsync(proposal, Planner, TestContext.Current.CancellationToken)).AsT0;

        Assert.Equal([moved[0].WorkOrder], applied.Cancelled);
        Assert.Equal([moved[1].WorkOrder], applied.LeftAlone);
        Assert.Empty(applied.Rescheduled);
        var first = (await rig.WorkOrders.GetAsync(moved[0].WorkOrder, TestContext.Current.CancellationToken))!;
        var second = (await rig.WorkOrders.GetAsync(moved[1].WorkOrder, TestContext.Current.CancellationToken))!;
        Assert.Equal(WorkOrderStatus.Cancelled, first.Status);
        Assert.Equal(WorkOrderStatus.InProgress, second.Status);
        Assert.Equal(moved[1].Planned, second.Schedule.PlannedAt);
    }

    [Fact]
    public async Task ApplyAsync_WhenOnlyTheEmployeeChanges_ReschedulesAndAssignsTheNotStartedWorkOrdersUnderTheSameKey()
    {
        var rig = new GenerationRig();
        var before = ContractPlanning.Default.WithDaysInAdvance(60);
        await rig.AddAsync(Create(planning: before));
        await rig.RunAsync(new LocalDate(2026, 1, 1));
        var service = new ContractChangeService(rig.Contracts, rig.WorkOrders, rig.Clock);
        var after = before.WithEmployee(Technician);
        var proposal = (await service.ProposeAsync(Id, Monthly().Schedules, after, new LocalDate(2026, 1, 1), TestContext.Current.CancellationToken)).AsT0;
        var moved = proposal.Plan.WorkOrdersToMove;

        var applied = (await service.ApplyAsync(proposal, Planner, TestContext.Current.CancellationToken)).AsT0;

        Assert.NotEmpty(moved);
        Assert.Equal(moved.Select(v => v.WorkOrder), applied.Rescheduled);
        Assert.Empty(applied.Cancelled);
        foreach (var visit in moved)
        {
            var order = (await rig.WorkOrders.GetAsync(visit.WorkOrder, TestContext.Current.CancellationToken))!;
            Assert.Equal(WorkOrderStatus.Planned, order.Status);
            Assert.Equal(visit.Key, order.Origin.Occurrence);
            Assert.NotNull(order.Schedule.PlannedAt);
            Assert.Contains(Technician, order.AssignedEmployees);
        }
    }

    [Fact]
    public async Task ApplyAsync_WhenTheContractChangedSinceThePlanWasMade_IsRefusedAndChangesNothing()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create());
        var service = new ContractChangeService(rig.Contracts, rig.WorkOrders, rig.Clock);
        var proposal = (await service.ProposeAsync(Id, [Schedule("monthly", "FREQ=MONTHLY;BYMONTHDAY=20", 1)], ContractPlanning.Default, new LocalDate(2026, 1, 1), TestContext.Current.CancellationToken)).AsT0;
        await new ContractCommands(rig.Contracts).RunAsync(Id, c => c.ChangeTemplate(Template(), Planner, Now), TestContext.Current.CancellationToken);

        var applied = await service.ApplyAsync(proposal, Planner, TestContext.Current.CancellationToken);

        Assert.Equal("CONTRACT_CHANGED_SINCE_PLAN", applied.AsT2.Code);
        Assert.Equal(Monthly(), (await rig.Contracts.GetAsync(Id, TestContext.Current.CancellationToken))!.Service);
    }

    [Fact]
    public async Task ProposeAsync_WhenTheContractDoesNotExist_AnswersNotFound()
    {
        var rig = new GenerationRig();
        var service = new ContractChangeService(rig.Contracts, rig.WorkOrders, rig.Clock);

        var result = await service.ProposeAsync(Id, [Schedule("monthly", "FREQ=MONTHLY", 1)], ContractPlanning.Default, Start, TestContext.Current.CancellationToken);

        Assert.Equal("CONTRACT_NOT_FOUND", result.AsT1.Code);
    }
}
