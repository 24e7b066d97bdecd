using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.InMemory.Tests.WorkOrders;

/// <summary>Runs the <see cref="IWorkflowRepository"/> contract against the in-memory adapter, plus its own checks.</summary>
public sealed class InMemoryWorkflowRepositoryTests : WorkflowRepositoryContract
{
    protected override IWorkflowRepository CreateRepository() => new InMemoryWorkflowRepository();

    [Fact]
    public async Task Count_WhenWorkflowsAdded_CountsThem()
    {
        var repository = new InMemoryWorkflowRepository();
        var now = NodaTime.Instant.FromUtc(2025, 11, 20, 9, 0);

        await repository.AddAsync(Workflow.Draft(new WorkflowId(Guid.Parse("44444444-4444-4444-4444-444444444441")), "Boiler", 1, false, WorkflowFixtures.Planner, now), TestContext.Current.CancellationToken);
        await repository.AddAsync(Workflow.Draft(new WorkflowId(Guid.Parse("44444444-4444-4444-4444-444444444442")), "Boiler", 2, false, WorkflowFixtures.Planner, now), TestContext.Current.CancellationToken);

        Assert.Equal(2, repository.Count);
    }
}
