using OutSmart.Domain.Tasks;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.InMemory.Tests.Tasks;

/// <summary>Runs the <see cref="ITaskRepository"/> contract against the in-memory adapter, plus its own checks.</summary>
public sealed class InMemoryTaskRepositoryTests : TaskRepositoryContract
{
    protected override ITaskRepository CreateRepository() => new InMemoryTaskRepository();

    [Fact]
    public async Task Count_WhenTasksAdded_CountsThem()
    {
        var repository = new InMemoryTaskRepository();

        await repository.AddAsync(TaskBuilder.ATask().WithId(TaskFixtures.Task1).Build(), TestContext.Current.CancellationToken);
        await repository.AddAsync(TaskBuilder.ATask().WithId(TaskFixtures.Task2).Build(), TestContext.Current.CancellationToken);

        Assert.Equal(2, repository.Count);
    }
}
