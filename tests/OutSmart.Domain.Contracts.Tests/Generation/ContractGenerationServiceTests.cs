using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.WorkOrders;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Generation;

public sealed class ContractGenerationServiceTests
{
    [Fact]
    public async Task RunAsync_OnTheDayATargetIsDaysInAdvanceAway_CreatesItsWorkOrderWithTheOccurrenceKey()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithDaysInAdvance(14)));

        var before = await rig.RunAsync(new LocalDate(2025, 12, 31));
        var report = await rig.RunAsync(new LocalDate(2026, 1, 1));

        Assert.Equal(0, before.Created);
        Assert.Equal(1, report.Created);
        var order = Assert.Single(await rig.WorkOrdersOfAsync(Id));
        Assert.Equal(OccurrenceKey.Create(Id, "monthly", new LocalDate(2026, 1, 15)), order.Origin.Occurrence);
        Assert.Equal(new LocalDate(2026, 1, 15), order.Schedule.Deadline);
    }

    [Fact]
    public async Task RunAsync_WhenRunAgainOnTheSameDay_CreatesNothingMore()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create());
        await rig.RunAsync(new LocalDate(2026, 1, 2));

        var again = await rig.RunAsync(new LocalDate(2026, 1, 2));

        Assert.Equal(0, again.Created);
        Assert.Single(await rig.WorkOrdersOfAsync(Id));
    }

    [Fact]
    public async Task RunAsync_WhenTheWorkOrderIsAlreadyStored_CountsItAsAlreadyThereNotAsAnError()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create());
        var otherHost = new ContractGenerationService(rig.Contracts, rig.WorkOrders, rig.Workflows, rig.Clock, null);
        await otherHost.RunAsync(new LocalDate(2026, 1, 2), Planner, TestContext.Current.CancellationToken);
        // As if the other host created the work order but did not get to save the contract's progress.
        var stored = (await rig.Contracts.GetAsync(Id, TestContext.Current.CancellationToken))!.ToSnapshot();
        var rewound = Contract.Rehydrate(stored.WithGeneratedThrough(null));
        await rig.Contracts.SaveAsync(rewound, TestContext.Current.CancellationToken);
        var report = await rig.RunAsync(new LocalDate(2026, 1, 2));

        Assert.Equal(0, report.Created);
        Assert.Equal(1, report.AlreadyThere);
        Assert.Single(await rig.WorkOrdersOfAsync(Id));
    }

    [Fact]
    public async Task RunAsync_WithAnEmployee_PlansTheWorkOrderAtTheTargetDateAndTimeAndAssignsIt()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithEmployee(Technician)));

        await rig.RunAsync(new LocalDate(2026, 1, 2));

        var order = Assert.Single(await rig.WorkOrdersOfAsync(Id));
        Assert.Equal(new LocalDateTime(2026, 1, 15, 8, 0), order.Schedule.PlannedAt!.LocalDateTime);
        Assert.Equal([Technician], order.AssignedEmployees);
    }

    [Fact]
    public async Task RunAsync_WhenTheEmployeeIsAbsentOnTheTarget_CreatesADeadlineOnlyWorkOrderAndSaysWhy()
    {
        var rig = new GenerationRig(new AbsentOn(new LocalDate(2026, 1, 15)));
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithEmployee(Technician)));

        var report = await rig.RunAsync(new LocalDate(2026, 1, 2));

        var order = Assert.Single(await rig.WorkOrdersOfAsync(Id));
        Assert.Null(order.Schedule.PlannedAt);
        Assert.Equal(new LocalDate(2026, 1, 15), order.Schedule.Deadline);
        var note = Assert.Single(report.Notes);
        Assert.Equal(GenerationNoteKind.EmployeeAbsent, note.Kind);
        Assert.Equal(1, report.Created);
        Assert.Equal(0, report.Skipped);
    }

    [Fact]
    public async Task RunAsync_AfterDowntimeWithCatchUp_GeneratesTheMissedTargetsOnTheFirstRun()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithDaysInAdvance(0)));

        var report = await rig.RunAsync(new LocalDate(2026, 4, 1));

        Assert.Equal(3, report.Created);
        Assert.Equal(3, (await rig.WorkOrdersOfAsync(Id)).Count);
    }

    [Fact]
    public async Task RunAsync_AfterDowntimeWithSkip_ReportsTheMissedTargetsAsSkippedAndCreatesNone()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithDaysInAdvance(0).WithMissed(MissedVisitPolicy.Skip)));
        await rig.RunAsync(new LocalDate(2026, 1, 1));

        var report = await rig.RunAsync(new LocalDate(2026, 4, 1));

        Assert.Equal(0, report.Created);
        Assert.Equal(3, report.Skipped);
        Assert.All(report.Notes, n => Assert.Equal(GenerationNoteKind.MissedAndSkipped, n.Kind));
    }

    [Fact]
    public async Task RunAsync_WhenNoWorkflowIsPublishedForTheWorkType_SkipsAndPlansTheVisitAgainLater()
    {
        var rig = new GenerationRig(publishWorkflow: false);
        await rig.AddAsync(Create());

        var first = await rig.RunAsync(new LocalDate(2026, 1, 2));
        await rig.Workflows.AddAsync(PublishedWorkflow(), TestContext.Current.CancellationToken);
        var second = await rig.RunAsync(new LocalDate(2026, 1, 3));

        Assert.Equal(GenerationNoteKind.NoPublishedWorkflow, Assert.Single(first.Notes).Kind);
        Assert.Equal(1, first.Skipped);
        Assert.Equal(1, second.Created);
    }

    [Fact]
    public async Task RunAsync_WithObjectsOnePerObject_CreatesOneWorkOrderPerObjectWithTheObjectInTheKey()
    {
        var rig = new GenerationRig();
        var boiler = new Abstractions.AssetId(new Guid("a0000000-0000-0000-0000-000000000001"));
        var pump = new Abstractions.AssetId(new Guid("a0000000-0000-0000-0000-000000000002"));
        await rig.AddAsync(Create(planning: ContractPlanning.Default.WithObjects([boiler, pump], ObjectPlanning.OnePerObject)));

        await rig.RunAsync(new LocalDate(2026, 1, 2));

        var orders = await rig.WorkOrdersOfAsync(Id);
        Assert.Equal([boiler, pump], orders.Select(o => o.Origin.Occurrence!.Asset!.Value).OrderBy(a => a.Value).ToArray());
        Assert.All(orders, o => Assert.Equal(o.Origin.Occurrence!.Asset, o.AssetId));
    }

    [Fact]
    public async Task RunAsync_AfterTermination_GeneratesNothingForTargetsAfterTheLastDay()
    {
        var rig = new GenerationRig();
        var contract = Create(planning: ContractPlanning.Default.WithDaysInAdvance(30));
        contract.Terminate(new LocalDate(2026, 2, 10), Cancellation(), Planner, Now);
        await rig.AddAsync(contract);

        await rig.RunDailyAsync(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));

        var orders = await rig.WorkOrdersOfAsync(Id);
        Assert.Equal([new LocalDate(2026, 1, 15)], orders.Select(o => o.Origin.OccurrenceDate!.Value).Order().ToArray());
    }

    [Fact]
    public async Task RunAsync_ForACorrectiveContract_CreatesNothing()
    {
        var rig = new GenerationRig();
        var sla = SlaPolicy.Empty.With(SlaPriority.High, SlaTargets.Create(0.75m, response: Duration.FromHours(4)).AsT0);
        await rig.AddAsync(Create(service: ContractService.Corrective(sla).AsT0));

        var report = await rig.RunAsync(new LocalDate(2026, 1, 2));

        Assert.Equal(1, report.Contracts);
        Assert.Equal(0, report.Created);
    }

    [Fact]
    public async Task RunAsync_AcrossARenewal_ContinuesTheScheduleSeamlessly()
    {
        var rig = new GenerationRig();
        await rig.AddAsync(Create(terms: Renewing(), planning: ContractPlanning.Default.WithDaysInAdvance(0)));

        await rig.RunDailyAsync(new LocalDate(2026, 12, 1), new LocalDate(2027, 2, 28));

        var targets = (await rig.WorkOrdersOfAsync(Id)).Select(o => o.Origin.OccurrenceDate!.Value).Order().ToArray();
        Assert.Contains(new LocalDate(2027, 1, 15), targets);
        Assert.Contains(new LocalDate(2027, 2, 15), targets);
        Assert.Contains(new LocalDate(2026, 12, 15), targets);
    }

    [Fact]
    public void WorkOrderIdFor_IsTheSameForEqualKeysAndDiffersForOtherKeys()
    {
        var key = OccurrenceKey.Create(Id, "monthly", new LocalDate(2026, 1, 15));

        Assert.Equal(ContractGenerationService.WorkOrderIdFor(key), ContractGenerationService.WorkOrderIdFor(OccurrenceKey.Create(Id, "monthly", new LocalDate(2026, 1, 15))));
        Assert.NotEqual(ContractGenerationService.WorkOrderIdFor(key), ContractGenerationService.WorkOrderIdFor(OccurrenceKey.Create(Id, "monthly", new LocalDate(2026, 1, 16))));
        Assert.NotEqual(ContractGenerationService.WorkOrderIdFor(key), ContractGenerationService.WorkOrderIdFor(OccurrenceKey.Create(Id, "yearly", new LocalDate(2026, 1, 15))));
    }
}
