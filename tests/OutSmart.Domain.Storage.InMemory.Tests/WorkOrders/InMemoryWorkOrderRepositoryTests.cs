using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Tests.Ports;

namespace OutSmart.Domain.Storage.InMemory.Tests.WorkOrders;

/// <summary>Runs the <see cref="IWorkOrderRepository"/> contract against the in-memory adapter, plus its own checks.</summary>
public sealed class InMemoryWorkOrderRepositoryTests : WorkOrderRepositoryContract
{
    protected override IWorkOrderRepository CreateRepository() => new InMemoryWorkOrderRepository();

    [Fact]
    public async Task Count_WhenAnOccurrenceIsRefused_CountsOnlyTheStoredWorkOrders()
    {
        var repository = new InMemoryWorkOrderRepository();
        var contract = new ContractId(new Guid("66666666-6666-6666-6666-666666666666"));
        var date = new LocalDate(2025, 6, 1);

        await repository.AddAsync(Plan(1, WorkOrderOrigin.FromContractOccurrence(OccurrenceKey.Create(contract, "monthly", date))), TestContext.Current.CancellationToken);
        await repository.AddAsync(Plan(2, WorkOrderOrigin.FromContractOccurrence(OccurrenceKey.Create(contract, "monthly", date))), TestContext.Current.CancellationToken);
        await repository.AddAsync(Plan(3, WorkOrderOrigin.Manual), TestContext.Current.CancellationToken);

        Assert.Equal(2, repository.Count);
    }

    private static WorkOrder Plan(int id, WorkOrderOrigin origin)
    {
        Instant now = Instant.FromUtc(2025, 6, 1, 8, 0);
        Actor planner = Actor.Create(new EmployeeId(new Guid("77777777-7777-7777-7777-777777777777")), ActorChannel.BackOffice);
        var workflow = Workflow.Draft(new WorkflowId(new Guid("44444444-4444-4444-4444-444444444444")), "Visit", 1, false, planner, now);
        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), planner, now);
        workflow.Publish(planner, now);
        return WorkOrder.Plan(new WorkOrderId(new Guid($"00000000-0000-0000-0000-{id:000000000000}")), $"WO-{id}",
            new CustomerId(new Guid("22222222-2222-2222-2222-222222222222")), null, origin, WorkOrderSchedule.Before(new LocalDate(2025, 6, 30)),
            workflow, WorkOrderPolicy.Default, planner, now);
    }
}
