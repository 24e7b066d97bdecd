using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;
using Xunit;

namespace OutSmart.Domain.Storage.Testing;

/// <content>The bulk add: <see cref="IWorkOrderRepository.AddManyAsync"/>.</content>
public abstract partial class WorkOrderRepositoryContract
{
    /// <summary>Contract: AddManyAsync: when every work order is new; stores each at version one.</summary>
    [Fact]
    public async Task AddManyAsync_WhenEveryWorkOrderIsNew_StoresEachAtVersionOne()
    {
        var repository = CreateRepository();
        WorkOrder assigned = ForOccurrence(NumberedId(1), OccurrenceDate);
        assigned.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Office, WorkOrderFixtures.Now);
        WorkOrder[] batch = [assigned, ForOccurrence(NumberedId(2), OccurrenceDate.PlusDays(1)), WorkOrderFixtures.Plan(id: NumberedId(3))];
        WorkOrderSnapshot[] expected = [.. batch.Select(o => o.ToSnapshot().WithVersion(AggregateVersion.From(1)))];

        var results = await repository.AddManyAsync(batch, Ct);

        Assert.All(results, r => Assert.True(r.IsT0));
        Assert.All(batch, o => Assert.Equal(AggregateVersion.From(1), o.Version));
        for (int i = 0; i < batch.Length; i++)
        {
            Assert.Equal(expected[i], (await repository.GetAsync(batch[i].Id, Ct))!.ToSnapshot());
        }
        var byAssignee = await repository.FindByAssigneeAsync(WorkOrderFixtures.Technician, PageRequest.First(10), Ct);
        Assert.Equal([NumberedId(1)], byAssignee.Items.Select(o => o.Id));
        Assert.Equal(NumberedId(2), (await repository.FindByOccurrenceAsync(Key(OccurrenceDate.PlusDays(1)), Ct))!.Id);
    }

    /// <summary>Contract: AddManyAsync: when some ids or keys are taken; skips those, stores the rest and answers per item in input order.</summary>
    [Fact]
    public async Task AddManyAsync_WhenSomeIdsOrKeysAreTaken_SkipsThoseAndAnswersPerItemInInputOrder()
    {
        var repository = await CreateRepositoryWithAsync(
            ForOccurrence(NumberedId(1), OccurrenceDate), WorkOrderFixtures.Plan(id: NumberedId(2)));
        WorkOrder takenKey = ForOccurrence(NumberedId(10), OccurrenceDate);
        WorkOrder takenId = ForOccurrence(NumberedId(2), OccurrenceDate.PlusDays(2));
        WorkOrder fresh = ForOccurrence(NumberedId(11), OccurrenceDate.PlusDays(1));
        WorkOrder freshManual = WorkOrderFixtures.Plan(id: NumberedId(12));

        var results = await repository.AddManyAsync([takenKey, fresh, takenId, freshManual], Ct);

        Assert.Equal(4, results.Length);
        Assert.Equal((Key(OccurrenceDate), NumberedId(1)), (results[0].AsT2.Key, results[0].AsT2.Existing));
        Assert.True(results[1].IsT0);
        Assert.Equal((NumberedId(2).Value, AggregateVersion.From(1)), (results[2].AsT1.Id, results[2].AsT1.Actual));
        Assert.True(results[3].IsT0);
        Assert.Equal([AggregateVersion.New, AggregateVersion.From(1), AggregateVersion.New, AggregateVersion.From(1)], new[] { takenKey, fresh, takenId, freshManual }.Select(o => o.Version));
        Assert.Null(await repository.GetAsync(NumberedId(10), Ct));
        Assert.Null(await repository.FindByOccurrenceAsync(Key(OccurrenceDate.PlusDays(2)), Ct));
        Assert.Equal(NumberedId(11), (await repository.FindByOccurrenceAsync(Key(OccurrenceDate.PlusDays(1)), Ct))!.Id);
        Assert.NotNull(await repository.GetAsync(NumberedId(12), Ct));
    }

    /// <summary>Contract: AddManyAsync: when the batch repeats an id or a key; the first wins, as if added one after another.</summary>
    [Fact]
    public async Task AddManyAsync_WhenTheBatchRepeatsAnIdOrAKey_TheFirstWinsAsIfAddedOneAfterAnother()
    {
        var repository = await CreateRepositoryWithAsync(WorkOrderFixtures.Plan(id: NumberedId(1)));
        // The first item loses to the stored id, so its key stays free for the third; the second repeats the third's key after it.
        WorkOrder[] batch =
        [
            ForOccurrence(NumberedId(1), OccurrenceDate),
            ForOccurrence(NumberedId(5), OccurrenceDate.PlusDays(1)),
            ForOccurrence(NumberedId(2), OccurrenceDate),
            ForOccurrence(NumberedId(5), OccurrenceDate.PlusDays(3)),
            ForOccurrence(NumberedId(3), OccurrenceDate),
        ];

        var results = await repository.AddManyAsync(batch, Ct);

        Assert.True(results[0].IsT1);
        Assert.True(results[1].IsT0);
        Assert.True(results[2].IsT0);
        Assert.Equal(AggregateVersion.From(1), results[3].AsT1.Actual);
        Assert.Equal(NumberedId(2), results[4].AsT2.Existing);
        Assert.Equal(NumberedId(2), (await repository.FindByOccurrenceAsync(Key(OccurrenceDate), Ct))!.Id);
        Assert.Equal(Key(OccurrenceDate.PlusDays(1)), (await repository.GetAsync(NumberedId(5), Ct))!.Origin.Occurrence);
        Assert.Null(await repository.FindByOccurrenceAsync(Key(OccurrenceDate.PlusDays(3)), Ct));
    }

    /// <summary>Contract: AddManyAsync: when the batch is empty; answers nothing and stores nothing.</summary>
    [Fact]
    public async Task AddManyAsync_WhenTheBatchIsEmpty_AnswersNothingAndStoresNothing()
    {
        var repository = CreateRepository();

        var results = await repository.AddManyAsync([], Ct);

        Assert.Empty(results);
        Assert.Equal(0, (await repository.FindByCustomerAsync(WorkOrderFixtures.Customer, PageRequest.First(1), Ct)).TotalCount);
    }

    /// <summary>Contract: AddManyAsync: when the batch is larger than one statement; stores every work order once.</summary>
    [Fact]
    public async Task AddManyAsync_WhenTheBatchIsLarge_StoresEveryWorkOrderOnce()
    {
        var repository = await CreateRepositoryWithAsync(ForOccurrence(NumberedId(5000), OccurrenceDate.PlusDays(700)));
        WorkOrder[] batch = [.. Enumerable.Range(0, 1200).Select(i => ForOccurrence(NumberedId(i + 1), OccurrenceDate.PlusDays(i)))];

        var results = await repository.AddManyAsync(batch, Ct);

        Assert.Equal(1199, results.Count(r => r.IsT0));
        Assert.Equal(NumberedId(5000), results[700].AsT2.Existing);
        Assert.Equal(1200, (await repository.FindByContractAsync(Contract, PageRequest.First(1), Ct)).TotalCount);
    }

    /// <summary>Contract: AddManyAsync: when a work order was saved before; throws and stores nothing.</summary>
    [Fact]
    public async Task AddManyAsync_WhenAWorkOrderWasSavedBefore_ThrowsAndStoresNothing()
    {
        WorkOrder saved = WorkOrderFixtures.Plan(id: NumberedId(1));
        var repository = await CreateRepositoryWithAsync(saved);

        await Assert.ThrowsAsync<ArgumentException>(() => repository.AddManyAsync([WorkOrderFixtures.Plan(id: NumberedId(2)), saved], Ct));

        Assert.Null(await repository.GetAsync(NumberedId(2), Ct));
    }

    /// <summary>Contract: AddManyAsync: when many batches race for the same occurrences; each is stored exactly once.</summary>
    [Fact]
    public async Task AddManyAsync_WhenManyBatchesRaceForTheSameOccurrences_EachIsStoredOnce()
    {
        var repository = CreateRepository();
        // Four writers, each planning the same 30 occurrences under its own ids, in its own order.
        var batches = Enumerable.Range(0, 4).Select(w => Enumerable.Range(0, 30)
            .Select(d => ForOccurrence(NumberedId((w * 100) + d + 1), OccurrenceDate.PlusDays(d)))
            .OrderBy(o => (o.Origin.Occurrence!.Target.DayOfYear * (w + 1)) % 31).ToList()).ToList();

        var results = await Task.WhenAll(batches.Select(b => Task.Run(() => repository.AddManyAsync(b, Ct), Ct)));

        Assert.Equal(30, results.Sum(r => r.Count(x => x.IsT0)));
        Assert.Equal(90, results.Sum(r => r.Count(x => x.IsT2)));
        Assert.Equal(30, (await repository.FindByContractAsync(Contract, PageRequest.First(1), Ct)).TotalCount);
    }
}
