using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Ports;

/// <summary>
/// The contract every <see cref="IWorkOrderRepository"/> adapter must pass. An adapter's test project references this
/// project and derives one sealed class from this one, returning a fresh, empty repository from <see cref="CreateRepository"/>.
/// </summary>
public abstract class WorkOrderRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    protected abstract IWorkOrderRepository CreateRepository();

    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        Assert.Null(await CreateRepository().GetAsync(Fixtures.OrderId, Ct));
    }

    [Fact]
    public async Task SaveAsync_WhenNew_StoresStateAtVersionOne()
    {
        var repository = CreateRepository();
        WorkOrder order = Fixtures.Signed();

        var result = await repository.SaveAsync(order, AggregateVersion.New, Ct);

        Assert.Equal(AggregateVersion.From(1), result.AsT0);
        StoredWorkOrder stored = (await repository.GetAsync(Fixtures.OrderId, Ct))!;
        Assert.Equal(AggregateVersion.From(1), stored.Version);
        Assert.NotSame(order, stored.WorkOrder);
        Assert.Equal(order.ToContent(), stored.WorkOrder.ToContent());
        Assert.Equal(order.Signature, stored.WorkOrder.Signature);
        Assert.False(stored.WorkOrder.IsSignatureStale);
        Assert.Empty(stored.WorkOrder.DomainEvents);
    }

    [Fact]
    public async Task SaveAsync_WhenVersionIsStale_ReturnsConcurrencyConflictAndKeepsStoredState()
    {
        var repository = CreateRepository();
        await repository.SaveAsync(Fixtures.ReadyToSign(), AggregateVersion.New, Ct);
        StoredWorkOrder first = (await repository.GetAsync(Fixtures.OrderId, Ct))!;
        StoredWorkOrder second = (await repository.GetAsync(Fixtures.OrderId, Ct))!;
        first.WorkOrder.WriteNotes(null, "First");
        second.WorkOrder.WriteNotes(null, "Second");
        await repository.SaveAsync(first.WorkOrder, first.Version, Ct);

        var result = await repository.SaveAsync(second.WorkOrder, second.Version, Ct);

        var conflict = result.AsT1;
        Assert.Equal(AggregateVersion.From(1), conflict.Expected);
        Assert.Equal(AggregateVersion.From(2), conflict.Actual);
        Assert.Equal("First", (await repository.GetAsync(Fixtures.OrderId, Ct))!.WorkOrder.Notes[""]);
    }

    [Fact]
    public async Task SaveAsync_WhenNewButIdStored_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();
        await repository.SaveAsync(Fixtures.Plan(), AggregateVersion.New, Ct);

        var result = await repository.SaveAsync(Fixtures.Plan(), AggregateVersion.New, Ct);

        Assert.True(result.IsT1);
    }

    [Fact]
    public async Task GetAsync_WhenLoadedCopyChangedWithoutSave_StoredStateIsUnchanged()
    {
        var repository = CreateRepository();
        await repository.SaveAsync(Fixtures.Plan(), AggregateVersion.New, Ct);

        (await repository.GetAsync(Fixtures.OrderId, Ct))!.WorkOrder.AnswerField("boiler-ok", "yes");

        Assert.Empty((await repository.GetAsync(Fixtures.OrderId, Ct))!.WorkOrder.Answers);
    }

    [Fact]
    public async Task FindByOccurrenceAsync_WhenPlannedByContract_FindsIt()
    {
        var repository = CreateRepository();
        var contract = new ContractId(new Guid("66666666-6666-6666-6666-666666666666"));
        var date = new LocalDate(2025, 6, 1);
        WorkOrder order = WorkOrder.Plan(Fixtures.OrderId, "WO-1", Fixtures.Customer, null,
            WorkOrderOrigin.FromContractOccurrence(contract, date), WorkOrderSchedule.Before(date), Fixtures.BoilerWorkflow());
        await repository.SaveAsync(order, AggregateVersion.New, Ct);

        var found = await repository.FindByOccurrenceAsync(contract, date, Ct);
        var missing = await repository.FindByOccurrenceAsync(contract, date.PlusDays(1), Ct);

        Assert.Equal(Fixtures.OrderId, found!.WorkOrder.Id);
        Assert.Null(missing);
    }
}
