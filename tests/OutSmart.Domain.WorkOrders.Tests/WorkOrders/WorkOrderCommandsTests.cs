using Microsoft.Extensions.DependencyInjection;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed class WorkOrderCommandsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_WhenTheCommandSucceeds_SavesAndReturnsTheWorkOrderWithItsEvents()
    {
        var repository = new ScriptedWorkOrderRepository();
        repository.Store(WorkOrderFixtures.Plan());
        var commands = new WorkOrderCommands(repository);

        var result = await commands.RunAsync(WorkOrderFixtures.OrderId, o => o.WriteNotes(null, "Done", WorkOrderFixtures.Actor, WorkOrderFixtures.Now), Ct);

        WorkOrder saved = result.AsT0;
        Assert.Equal(AggregateVersion.From(2), saved.Version);
        Assert.IsType<NotesWritten>(Assert.Single(saved.DomainEvents));
        Assert.Equal("Done", (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!.Notes[""]);
    }

    [Fact]
    public async Task RunAsync_WhenTheCommandRefuses_PassesTheRefusalThroughAndSavesNothing()
    {
        var repository = new ScriptedWorkOrderRepository();
        repository.Store(WorkOrderFixtures.Plan());
        var commands = new WorkOrderCommands(repository);

        var result = await commands.RunAsync(WorkOrderFixtures.OrderId, o => o.WriteNotes(null, new string('x', 10_001), WorkOrderFixtures.Actor, WorkOrderFixtures.Now), Ct);

        Assert.IsType<NotesTooLong>(result.AsT3);
        Assert.Equal(0, repository.Saves);
    }

    [Fact]
    public async Task RunAsync_WhenSomeoneSavesFirst_ReloadsAndRunsTheCommandAgain()
    {
        var repository = new ScriptedWorkOrderRepository { ConcurrentWritesBeforeSave = 1 };
        repository.Store(WorkOrderFixtures.Plan());
        var commands = new WorkOrderCommands(repository);

        var result = await commands.RunAsync(WorkOrderFixtures.OrderId, o => o.AddMaterial(MaterialLine.Create("V-100", "Valve", 1, "pcs"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now), Ct);

        Assert.True(result.IsT0);
        Assert.Equal((2, 2), (repository.Loads, repository.Saves));
        WorkOrder stored = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        Assert.Equal("Someone else was first", stored.Notes[""]);
        Assert.Single(stored.Materials);
        Assert.Equal(AggregateVersion.From(3), stored.Version);
    }

    [Fact]
    public async Task RunAsync_WhenTheOtherSaveMakesTheCommandInvalid_ReturnsThatRefusal()
    {
        // Judged again against what is stored: the other writer sent the work order first.
        var repository = new ScriptedWorkOrderRepository
        {
            ConcurrentWritesBeforeSave = 1,
            ConcurrentChange = o => o.Send(WorkOrderFixtures.Send2, WorkOrderFixtures.Office, WorkOrderFixtures.Now),
        };
        repository.Store(WorkOrderFixtures.Sign());
        var commands = new WorkOrderCommands(repository);

        var result = await commands.RunAsync(WorkOrderFixtures.OrderId, o => o.WriteNotes(null, "Late", WorkOrderFixtures.Actor, WorkOrderFixtures.Now), Ct);

        Assert.IsType<WorkOrderReadOnly>(result.AsT3);
    }

    [Fact]
    public async Task RunAsync_WhenConflictsOutlastTheAttempts_ReturnsTheLastConflict()
    {
        var repository = new ScriptedWorkOrderRepository { ConcurrentWritesBeforeSave = 5 };
        repository.Store(WorkOrderFixtures.Plan());
        var commands = new WorkOrderCommands(repository, maxAttempts: 2);

        var result = await commands.RunAsync(WorkOrderFixtures.OrderId, o => o.Start(WorkOrderFixtures.Actor, WorkOrderFixtures.Now), Ct);

        Assert.Equal(AggregateVersion.From(3), result.AsT2.Actual);
        Assert.Equal(2, repository.Saves);
    }

    [Fact]
    public async Task RunAsync_WhenTheWorkOrderDoesNotExist_ReturnsWorkOrderNotFound()
    {
        var commands = new WorkOrderCommands(new ScriptedWorkOrderRepository());

        var result = await commands.RunAsync(WorkOrderFixtures.OrderId, o => o.Start(WorkOrderFixtures.Actor, WorkOrderFixtures.Now), Ct);

        var notFound = result.AsT1;
        Assert.Equal("WORKORDER_NOT_FOUND", notFound.Code);
        Assert.Equal(WorkOrderFixtures.OrderId, notFound.WorkOrderId);
    }

    [Fact]
    public void Constructor_WhenMaxAttemptsNotGiven_UsesTheDefault()
    {
        var commands = new WorkOrderCommands(new ScriptedWorkOrderRepository());

        Assert.Equal(OptimisticCommand.DefaultMaxAttempts, commands.MaxAttempts);
        Assert.Throws<ArgumentException>(() => new WorkOrderCommands(new ScriptedWorkOrderRepository(), 0));
    }

    [Fact]
    public void AddOutSmartWorkOrders_WhenARepositoryIsRegistered_ResolvesWorkOrderCommands()
    {
        var services = new ServiceCollection().AddSingleton<IWorkOrderRepository, ScriptedWorkOrderRepository>().AddOutSmartWorkOrders();

        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal(OptimisticCommand.DefaultMaxAttempts, provider.GetRequiredService<WorkOrderCommands>().MaxAttempts);
    }

    [Fact]
    public void AddOutSmartWorkOrders_WhenTheHostRegisteredItsOwnCommandsFirst_KeepsThem()
    {
        var own = new WorkOrderCommands(new ScriptedWorkOrderRepository(), 5);

        using ServiceProvider provider = new ServiceCollection().AddSingleton(own).AddOutSmartWorkOrders().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<WorkOrderCommands>());
    }
}
