using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks.Tests.TestData;

namespace OutSmart.Domain.Tasks.Tests;

public sealed class TaskCommandsTests
{
    private static readonly Instant Later = TaskFixtures.Now + Duration.FromHours(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_WhenTheCommandSucceeds_SavesTheTaskAndReturnsItWithItsEvents()
    {
        var repository = await RepositoryWithOneTask();
        var commands = new TaskCommands(repository);

        var result = await commands.RunAsync(TaskFixtures.Task1, task => task.Start(TaskFixtures.Mobile, Later), Ct);

        var saved = Assert.IsType<FollowUpTask>(result.Value);
        Assert.Equal(AggregateVersion.From(2), saved.Version);
        Assert.IsType<TaskStarted>(Assert.Single(saved.DomainEvents));
        Assert.Equal(FollowUpTaskStatus.InProgress, repository.Stored(TaskFixtures.Task1)!.Status);
        Assert.Equal(1, repository.Saves);
    }

    [Fact]
    public async Task RunAsync_WhenTheCommandRefuses_ReturnsTheRefusalAndSavesNothing()
    {
        var repository = await RepositoryWithOneTask();
        var commands = new TaskCommands(repository);

        var result = await commands.RunAsync(TaskFixtures.Task1, task => task.Complete(TaskFixtures.Mobile, Later), Ct);

        var refusal = Assert.IsType<TaskTransitionInvalid>(result.Value);
        Assert.Equal(FollowUpTaskStatus.NotStarted, refusal.From);
        Assert.Equal(0, repository.Saves);
        Assert.Equal(AggregateVersion.From(1), repository.Stored(TaskFixtures.Task1)!.Version);
    }

    [Fact]
    public async Task RunAsync_WhenSomeoneElseSavesFirst_RunsTheCommandAgainOnTheFreshState()
    {
        var repository = await RepositoryWithOneTask();
        repository.SomeoneElseSavesFirst = theirs => theirs.AddLink(TaskFixtures.Customer, TaskFixtures.Office, Later);
        repository.Interferences = 1;
        var commands = new TaskCommands(repository);
        var seen = new List<int>();

        var result = await commands.RunAsync(TaskFixtures.Task1, task => { seen.Add(task.Links.Count); return task.Start(TaskFixtures.Mobile, Later); }, Ct);

        var saved = Assert.IsType<FollowUpTask>(result.Value);
        Assert.Equal([0, 1], seen);
        Assert.Equal(AggregateVersion.From(3), saved.Version);
        var stored = repository.Stored(TaskFixtures.Task1)!;
        Assert.Equal(FollowUpTaskStatus.InProgress, stored.Status);
        Assert.Equal([TaskFixtures.Customer], stored.Links);
    }

    [Fact]
    public async Task RunAsync_WhenTheFreshStateRefusesTheCommand_ReturnsThatRefusal()
    {
        var repository = await RepositoryWithOneTask();
        repository.SomeoneElseSavesFirst = theirs => theirs.Stop("Customer cancelled", TaskFixtures.Office, Later);
        repository.Interferences = 1;
        var commands = new TaskCommands(repository);

        var result = await commands.RunAsync(TaskFixtures.Task1, task => task.Start(TaskFixtures.Mobile, Later), Ct);

        Assert.Equal(FollowUpTaskStatus.Stopped, Assert.IsType<TaskTransitionInvalid>(result.Value).From);
        Assert.Equal(FollowUpTaskStatus.Stopped, repository.Stored(TaskFixtures.Task1)!.Status);
    }

    [Fact]
    public async Task RunAsync_WhenEveryAttemptLosesTheRace_ReturnsTheLastConflictAfterMaxAttempts()
    {
        var repository = await RepositoryWithOneTask();
        repository.SomeoneElseSavesFirst = theirs => theirs.ChangeProgress(theirs.Progress + 1, TaskFixtures.Office, Later);
        repository.Interferences = int.MaxValue;
        var commands = new TaskCommands(repository, maxAttempts: 2);

        var result = await commands.RunAsync(TaskFixtures.Task1, task => task.Comment("On my way", TaskFixtures.Mobile, Later), Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal((AggregateVersion.From(2), AggregateVersion.From(3)), (conflict.Expected, conflict.Actual));
        Assert.Equal(2, repository.Loads);
        Assert.Equal(0, repository.Saves);
    }

    [Fact]
    public async Task RunAsync_WhenTheTaskDoesNotExist_ReturnsTaskNotFoundWithoutRunningTheCommand()
    {
        var commands = new TaskCommands(new ScriptedTaskRepository());
        bool ran = false;

        var result = await commands.RunAsync(TaskFixtures.Task2, task => { ran = true; return (OneOf<Success, TaskNotOpen>)new Success(); }, Ct);

        var notFound = Assert.IsType<TaskNotFound>(result.Value);
        Assert.Equal(TaskFixtures.Task2, notFound.TaskId);
        Assert.Equal("TASK_NOT_FOUND", notFound.Code);
        Assert.False(ran);
    }

    [Fact]
    public void MaxAttempts_ByDefault_IsTheSharedDefault()
    {
        var commands = new TaskCommands(new ScriptedTaskRepository());

        Assert.Equal(OptimisticCommand.DefaultMaxAttempts, commands.MaxAttempts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_WhenMaxAttemptsIsNotPositive_Throws(int maxAttempts)
    {
        Assert.ThrowsAny<ArgumentException>(() => new TaskCommands(new ScriptedTaskRepository(), maxAttempts));
    }

    [Fact]
    public void AddOutSmartTasks_WhenARepositoryIsRegistered_ResolvesTaskCommands()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITaskRepository, ScriptedTaskRepository>();

        services.AddOutSmartTasks();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Equal(OptimisticCommand.DefaultMaxAttempts, provider.GetRequiredService<TaskCommands>().MaxAttempts);
    }

    [Fact]
    public void AddOutSmartTasks_WhenTaskCommandsIsAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITaskRepository, ScriptedTaskRepository>();
        services.AddTransient(sp => new TaskCommands(sp.GetRequiredService<ITaskRepository>(), 5));

        services.AddOutSmartTasks();
        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(TaskCommands));
        Assert.Equal(5, provider.GetRequiredService<TaskCommands>().MaxAttempts);
    }

    private static async Task<ScriptedTaskRepository> RepositoryWithOneTask()
    {
        var repository = new ScriptedTaskRepository();
        await repository.AddAsync(TaskBuilder.ATask().Build(), Ct);
        return repository;
    }
}
