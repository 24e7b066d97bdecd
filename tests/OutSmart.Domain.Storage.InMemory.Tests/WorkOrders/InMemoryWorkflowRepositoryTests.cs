using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory.Tests.WorkOrders;

public sealed class InMemoryWorkflowRepositoryTests
{
    private static readonly NodaTime.Instant Now = NodaTime.Instant.FromUtc(2025, 11, 20, 9, 0);

    private static Workflow Published(int version, Guid id)
    {
        var workflow = Workflow.Draft(new WorkflowId(id), "Boiler", version, false);
        workflow.AddStep(WorkflowStep.Simple("hours", "Hours", StepKind.Hours, Requirement.Required));
        workflow.Publish(Now);
        return workflow;
    }

    [Fact]
    public async Task FindLatestPublishedAsync_WhenTwoVersions_ReturnsHighest()
    {
        var repository = new InMemoryWorkflowRepository();
        await repository.AddAsync(Published(1, new Guid("44444444-4444-4444-4444-444444444441")), TestContext.Current.CancellationToken);
        await repository.AddAsync(Published(2, new Guid("44444444-4444-4444-4444-444444444442")), TestContext.Current.CancellationToken);

        Workflow? latest = await repository.FindLatestPublishedAsync("Boiler", TestContext.Current.CancellationToken);

        Assert.Equal(2, latest!.Version);
    }

    [Fact]
    public async Task AddAsync_WhenSameVersionAgain_ReturnsWorkflowVersionImmutable()
    {
        var repository = new InMemoryWorkflowRepository();
        await repository.AddAsync(Published(1, new Guid("44444444-4444-4444-4444-444444444441")), TestContext.Current.CancellationToken);

        var result = await repository.AddAsync(Published(1, new Guid("44444444-4444-4444-4444-444444444443")), TestContext.Current.CancellationToken);

        Assert.IsType<WorkflowVersionImmutable>(result.Value);
    }
}
