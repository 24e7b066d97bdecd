using NodaTime;
using OutSmart.Domain.Abstractions;

using OutSmart.Domain.WorkOrders;
using Xunit;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="IWorkOrderRepository"/> adapter must pass, whatever it stores in. A host team references the
/// <c>OutSmart.Domain.Storage.Testing</c> package from its adapter's xUnit v3 test project, derives one sealed class
/// from this one, returns a fresh, empty repository from <see cref="CreateRepository"/> and runs the tests. Only the port's public API is used.
/// </summary>
public abstract partial class WorkOrderRepositoryContract
{
    private static readonly ContractId Contract = new(new Guid("66666666-6666-6666-6666-666666666666"));
    private static readonly LocalDate OccurrenceDate = new(2025, 6, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    protected abstract IWorkOrderRepository CreateRepository();

    // Arranges a new repository that holds the workOrders, added in order; each add must succeed.
    private async Task<IWorkOrderRepository> CreateRepositoryWithAsync(params WorkOrder[] workOrders)
    {
        var repository = CreateRepository();
        foreach (WorkOrder stored in workOrders)
        {
            Assert.True((await repository.AddAsync(stored, Ct)).IsT0);
        }
        return repository;
    }

    private static WorkOrderId NumberedId(int i) => new(new Guid($"00000000-0000-0000-0000-{i:000000000000}"));

    private static readonly AssetId Boiler = new(new Guid("88888888-8888-8888-8888-888888888888"));

    private static OccurrenceKey Key(LocalDate date, string schedule = "monthly", AssetId? asset = null) =>
        OccurrenceKey.Create(Contract, schedule, date, asset);

    private static WorkOrder ForOccurrence(WorkOrderId id, LocalDate date, string schedule = "monthly", AssetId? asset = null) =>
        WorkOrderFixtures.Plan(id: id, origin: WorkOrderOrigin.FromContractOccurrence(Key(date, schedule, asset)));

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        var order = await repository.GetAsync(WorkOrderFixtures.OrderId, Ct);

        Assert.Null(order);
    }

    /// <summary>Contract: AddAsync: when new; stores the work order at version one.</summary>
    [Fact]
    public async Task AddAsync_WhenNew_StoresTheWorkOrderAtVersionOne()
    {
        var repository = CreateRepository();
        WorkOrder order = WorkOrderFixtures.Sign();
        WorkOrderSnapshot expected = order.ToSnapshot();

        var result = await repository.AddAsync(order, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(1), order.Version);
        WorkOrder stored = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        Assert.NotSame(order, stored);
        Assert.Equal(AggregateVersion.From(1), stored.Version);
        Assert.Equal(expected.WithVersion(AggregateVersion.From(1)), stored.ToSnapshot());
        Assert.False(stored.IsSignatureStale);
        Assert.Empty(stored.DomainEvents);
    }

    /// <summary>Contract: AddAsync: when id is already stored; returns concurrency conflict and keeps the first.</summary>
    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflictAndKeepsTheFirst()
    {
        var repository = await CreateRepositoryWithAsync(WorkOrderFixtures.Plan());
        WorkOrder duplicate = WorkOrderFixtures.ReadyToSign();

        var result = await repository.AddAsync(duplicate, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(WorkOrderFixtures.OrderId.Value, conflict.Id);
        Assert.Equal(AggregateVersion.New, conflict.Expected);
        Assert.Equal(AggregateVersion.From(1), conflict.Actual);
        Assert.Equal(AggregateVersion.New, duplicate.Version);
        Assert.Empty((await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!.Answers);
    }

    /// <summary>Contract: AddAsync: when work order was saved before; throws.</summary>
    [Fact]
    public async Task AddAsync_WhenWorkOrderWasSavedBefore_Throws()
    {
        var repository = CreateRepository();
        WorkOrder order = WorkOrderFixtures.Plan();
        await repository.AddAsync(order, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => repository.AddAsync(order, Ct));
    }

    /// <summary>Contract: AddAsync: when occurrence is already planned; returns occurrence already planned.</summary>
    [Fact]
    public async Task AddAsync_WhenOccurrenceIsAlreadyPlanned_ReturnsOccurrenceAlreadyPlanned()
    {
        var repository = await CreateRepositoryWithAsync(ForOccurrence(NumberedId(1), OccurrenceDate));
        WorkOrder second = ForOccurrence(NumberedId(2), OccurrenceDate);

        var result = await repository.AddAsync(second, Ct);

        var refusal = Assert.IsType<OccurrenceAlreadyPlanned>(result.Value);
        Assert.Equal("OCCURRENCE_ALREADY_PLANNED", refusal.Code);
        Assert.Equal((Key(OccurrenceDate), NumberedId(1)), (refusal.Key, refusal.Existing));
        Assert.Equal(AggregateVersion.New, second.Version);
        Assert.Null(await repository.GetAsync(NumberedId(2), Ct));
    }

    /// <summary>Contract: AddAsync: when same contract on another date; stores both.</summary>
    [Fact]
    public async Task AddAsync_WhenSameContractOnAnotherDate_StoresBoth()
    {
        var repository = await CreateRepositoryWithAsync(ForOccurrence(NumberedId(1), OccurrenceDate));

        var result = await repository.AddAsync(ForOccurrence(NumberedId(2), OccurrenceDate.PlusDays(1)), Ct);

        Assert.True(result.IsT0);
    }

    /// <summary>Contract: AddAsync: when many race for one occurrence; exactly one is stored.</summary>
    [Fact]
    public async Task AddAsync_WhenAnotherScheduleOrObjectHasTheSameDate_StoresEach()
    {
        var repository = await CreateRepositoryWithAsync(ForOccurrence(NumberedId(1), OccurrenceDate));

        var otherSchedule = await repository.AddAsync(ForOccurrence(NumberedId(2), OccurrenceDate, schedule: "yearly"), Ct);
        var perObject = await repository.AddAsync(ForOccurrence(NumberedId(3), OccurrenceDate, asset: Boiler), Ct);
        var samePerObject = await repository.AddAsync(ForOccurrence(NumberedId(4), OccurrenceDate, asset: Boiler), Ct);

        Assert.True(otherSchedule.IsT0);
        Assert.True(perObject.IsT0);
        Assert.Equal(NumberedId(3), Assert.IsType<OccurrenceAlreadyPlanned>(samePerObject.Value).Existing);
    }

    /// <summary>Contract: AddAsync: when many race for one occurrence; exactly one is stored.</summary>
    [Fact]
    public async Task AddAsync_WhenManyRaceForOneOccurrence_ExactlyOneIsStored()
    {
        var repository = CreateRepository();
        var orders = Enumerable.Range(1, 8).Select(i => ForOccurrence(NumberedId(i), OccurrenceDate)).ToList();

        var results = await Task.WhenAll(orders.Select(o => Task.Run(() => repository.AddAsync(o, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(7, results.Count(r => r.IsT2));
        WorkOrder found = (await repository.FindByOccurrenceAsync(Key(OccurrenceDate), Ct))!;
        Assert.Equal(orders.Single(o => o.Version == AggregateVersion.From(1)).Id, found.Id);
    }

    /// <summary>Contract: SaveAsync: when version matches; stores changes and moves to the next version.</summary>
    [Fact]
    public async Task SaveAsync_WhenVersionMatches_StoresChangesAndMovesToTheNextVersion()
    {
        var repository = await CreateRepositoryWithAsync(WorkOrderFixtures.Plan());
        WorkOrder order = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        order.WriteNotes(null, "First visit", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = await repository.SaveAsync(order, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(2), order.Version);
        WorkOrder stored = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        Assert.Equal("First visit", stored.Notes[""]);
        Assert.Equal(AggregateVersion.From(2), stored.Version);
    }

    /// <summary>Contract: SaveAsync: when saved twice in a row; succeeds.</summary>
    [Fact]
    public async Task SaveAsync_WhenSavedTwiceInARow_Succeeds()
    {
        var repository = CreateRepository();
        WorkOrder order = WorkOrderFixtures.Plan();
        await repository.AddAsync(order, Ct);
        order.WriteNotes(null, "First", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        await repository.SaveAsync(order, Ct);
        order.WriteNotes(null, "Second", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = await repository.SaveAsync(order, Ct);

        Assert.True(result.IsT0);
        Assert.Equal("Second", (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!.Notes[""]);
    }

    /// <summary>Contract: SaveAsync: when someone saved first; returns concurrency conflict and keeps their change.</summary>
    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflictAndKeepsTheirChange()
    {
        var repository = await CreateRepositoryWithAsync(WorkOrderFixtures.ReadyToSign());
        WorkOrder mine = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        WorkOrder theirs = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        theirs.WriteNotes(null, "Theirs", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        await repository.SaveAsync(theirs, Ct);
        mine.WriteNotes(null, "Mine", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = await repository.SaveAsync(mine, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(AggregateVersion.From(1), conflict.Expected);
        Assert.Equal(AggregateVersion.From(2), conflict.Actual);
        Assert.Equal(AggregateVersion.From(1), mine.Version);
        Assert.Equal("Theirs", (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!.Notes[""]);
    }

    /// <summary>Contract: SaveAsync: when two save from the same loaded version concurrently; exactly one succeeds.</summary>
    [Fact]
    public async Task SaveAsync_WhenTwoSaveFromTheSameLoadedVersionConcurrently_ExactlyOneSucceeds()
    {
        var repository = await CreateRepositoryWithAsync(WorkOrderFixtures.Plan());
        var copies = new List<WorkOrder>();
        for (int i = 0; i < 8; i++)
        {
            WorkOrder copy = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
            copy.WriteNotes(null, $"Writer {i}", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
            copies.Add(copy);
        }

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => repository.SaveAsync(c, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        WorkOrder stored = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Assert.Equal(copies.Single(c => c.Version == AggregateVersion.From(2)).Notes[""], stored.Notes[""]);
    }

    /// <summary>Contract: SaveAsync: when never added; returns concurrency conflict without actual version.</summary>
    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflictWithoutActualVersion()
    {
        var repository = CreateRepository();

        var result = await repository.SaveAsync(WorkOrderFixtures.Plan(), Ct);

        Assert.Null(Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
        Assert.Null(await repository.GetAsync(WorkOrderFixtures.OrderId, Ct));
    }

    /// <summary>Contract: GetAsync: when the returned work order changes; storage does not change until saved.</summary>
    [Fact]
    public async Task GetAsync_WhenTheReturnedWorkOrderChanges_StorageDoesNotChangeUntilSaved()
    {
        var repository = await CreateRepositoryWithAsync(WorkOrderFixtures.Plan());
        WorkOrder first = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;

        first.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        WorkOrder second = (await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!;

        Assert.NotSame(first, second);
        Assert.Empty(second.Answers);
        Assert.Equal(WorkOrderStatus.Planned, second.Status);
    }

    /// <summary>Contract: AddAsync: when the added work order changes afterwards; storage keeps the added state.</summary>
    [Fact]
    public async Task AddAsync_WhenTheAddedWorkOrderChangesAfterwards_StorageKeepsTheAddedState()
    {
        var repository = CreateRepository();
        WorkOrder order = WorkOrderFixtures.Plan();
        await repository.AddAsync(order, Ct);

        order.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Empty((await repository.GetAsync(WorkOrderFixtures.OrderId, Ct))!.Answers);
    }

    /// <summary>Contract: FindByOccurrenceAsync: when planned by contract; finds only that date.</summary>
    [Fact]
    public async Task FindByOccurrenceAsync_WhenPlannedByContract_FindsOnlyThatDate()
    {
        var repository = await CreateRepositoryWithAsync(ForOccurrence(WorkOrderFixtures.OrderId, OccurrenceDate));

        var found = await repository.FindByOccurrenceAsync(Key(OccurrenceDate), Ct);
        var missing = await repository.FindByOccurrenceAsync(Key(OccurrenceDate.PlusDays(1)), Ct);
        var otherSchedule = await repository.FindByOccurrenceAsync(Key(OccurrenceDate, schedule: "yearly"), Ct);

        Assert.Equal(WorkOrderFixtures.OrderId, found!.Id);
        Assert.Equal(AggregateVersion.From(1), found.Version);
        Assert.Null(missing);
        Assert.Null(otherSchedule);
    }

    /// <summary>Contract: FindByCustomerAsync: lists the customers work orders by planning moment then id.</summary>
    [Fact]
    public async Task FindByCustomerAsync_ListsTheCustomersWorkOrdersByPlanningMomentThenId()
    {
        var repository = CreateRepository();
        var other = new CustomerId(new Guid("88888888-8888-8888-8888-888888888888"));
        await repository.AddAsync(WorkOrderFixtures.Plan(id: NumberedId(3), plannedAt: WorkOrderFixtures.Now), Ct);
        await repository.AddAsync(WorkOrderFixtures.Plan(id: NumberedId(1), plannedAt: WorkOrderFixtures.Now + Duration.FromMinutes(1)), Ct);
        await repository.AddAsync(WorkOrderFixtures.Plan(id: NumberedId(2), plannedAt: WorkOrderFixtures.Now), Ct);
        await repository.AddAsync(WorkOrderFixtures.Plan(id: NumberedId(4), customer: other), Ct);

        var page = await repository.FindByCustomerAsync(WorkOrderFixtures.Customer, PageRequest.First(10), Ct);

        Assert.Equal([NumberedId(2), NumberedId(3), NumberedId(1)], page.Items.Select(o => o.Id));
        Assert.Equal(3, page.TotalCount);
        Assert.False(page.HasMore);
    }

    /// <summary>Contract: FindByCustomerAsync: when paged; returns each work order once across pages.</summary>
    [Fact]
    public async Task FindByCustomerAsync_WhenPaged_ReturnsEachWorkOrderOnceAcrossPages()
    {
        var repository = CreateRepository();
        for (int i = 1; i <= 7; i++)
        {
            await repository.AddAsync(WorkOrderFixtures.Plan(id: NumberedId(i), plannedAt: WorkOrderFixtures.Now + Duration.FromMinutes(i)), Ct);
        }

        var first = await repository.FindByCustomerAsync(WorkOrderFixtures.Customer, PageRequest.First(3), Ct);
        var second = await repository.FindByCustomerAsync(WorkOrderFixtures.Customer, first.Request.Next(), Ct);
        var third = await repository.FindByCustomerAsync(WorkOrderFixtures.Customer, second.Request.Next(), Ct);

        Assert.Equal(7, first.TotalCount);
        Assert.True(first.HasMore);
        Assert.True(second.HasMore);
        Assert.False(third.HasMore);
        Assert.Equal(Enumerable.Range(1, 7).Select(NumberedId), first.Items.Concat(second.Items).Concat(third.Items).Select(o => o.Id));
    }

    /// <summary>Contract: FindByContractAsync: lists only that contracts work orders.</summary>
    [Fact]
    public async Task FindByContractAsync_ListsOnlyThatContractsWorkOrders()
    {
        var repository = await CreateRepositoryWithAsync(
            ForOccurrence(NumberedId(2), OccurrenceDate.PlusDays(7)),
            ForOccurrence(NumberedId(1), OccurrenceDate),
            WorkOrderFixtures.Plan(id: NumberedId(3)));

        var page = await repository.FindByContractAsync(Contract, PageRequest.First(10), Ct);

        Assert.Equal([NumberedId(1), NumberedId(2)], page.Items.Select(o => o.Id));
    }

    /// <summary>Contract: FindByAssigneeAsync: lists the work orders the employee is assigned to.</summary>
    [Fact]
    public async Task FindByAssigneeAsync_ListsTheWorkOrdersTheEmployeeIsAssignedTo()
    {
        var repository = CreateRepository();
        WorkOrder assigned = WorkOrderFixtures.Plan(id: NumberedId(1));
        assigned.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Office, WorkOrderFixtures.Now);
        await repository.AddAsync(assigned, Ct);
        await repository.AddAsync(WorkOrderFixtures.Plan(id: NumberedId(2)), Ct);

        var page = await repository.FindByAssigneeAsync(WorkOrderFixtures.Technician, PageRequest.First(10), Ct);
        var offset = await repository.FindByAssigneeAsync(WorkOrderFixtures.Technician, PageRequest.Create(5, 10), Ct);

        Assert.Equal([NumberedId(1)], page.Items.Select(o => o.Id));
        Assert.Empty(offset.Items);
        Assert.Equal(1, offset.TotalCount);
    }

    /// <summary>Contract: GetAsync: when cancelled; throws.</summary>
    [Fact]
    public async Task GetAsync_WhenCancelled_Throws()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.GetAsync(WorkOrderFixtures.OrderId, cancelled.Token));
    }
}
