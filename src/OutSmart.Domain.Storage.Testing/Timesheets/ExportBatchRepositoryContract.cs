using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;
using Xunit;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="IExportBatchRepository"/> adapter must pass. Derive one sealed class in the adapter's
/// xUnit v3 test project and return a fresh, empty repository from <see cref="CreateRepository"/>.
/// </summary>
/// <remarks>Covers adding and reading (equal batches, entry order and re-export link kept), the refusal of a second
/// batch with an id (also when many writers add it at once), the period query (overlap, order by export instant then
/// id, paging) and cancellation.</remarks>
public abstract class ExportBatchRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    /// <returns>The repository.</returns>
    protected abstract IExportBatchRepository CreateRepository();

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        Assert.Null(await repository.GetAsync(BatchId(1), Ct));
    }

    /// <summary>Contract: AddAsync then GetAsync: returns an equal batch, its entries in order.</summary>
    [Fact]
    public async Task AddAsync_ThenGetAsync_ReturnsAnEqualBatch()
    {
        var repository = CreateRepository();
        var batch = ExportBatch.Record(BatchId(1), Week, [EntryId(9), EntryId(2), EntryId(5)], Admin, Now + Duration.FromNanoseconds(123_456_789));

        Assert.True((await repository.AddAsync(batch, Ct)).IsT0);

        var stored = await repository.GetAsync(batch.Id, Ct);
        Assert.Equal(batch, stored);
        Assert.Equal([EntryId(9), EntryId(2), EntryId(5)], stored!.Entries);
    }

    /// <summary>Contract: AddAsync then GetAsync: a re-export keeps the batch it re-exports.</summary>
    [Fact]
    public async Task AddAsync_WhenAReExport_KeepsTheBatchItReExports()
    {
        var repository = CreateRepository();
        var first = Batch(1, Monday);
        var again = ExportBatch.RecordReExport(BatchId(2), first, Admin, Now + Duration.FromHours(1));
        await repository.AddAsync(first, Ct);

        await repository.AddAsync(again, Ct);

        var stored = (await repository.GetAsync(BatchId(2), Ct))!;
        Assert.Equal(again, stored);
        Assert.Equal((BatchId(1), BatchId(1)), (stored.ReExportOf, stored.RowBatch));
    }

    /// <summary>Contract: AddAsync: when the id is taken; returns a conflict and keeps the first.</summary>
    [Fact]
    public async Task AddAsync_WhenTheIdIsTaken_ReturnsAConflictAndKeepsTheFirst()
    {
        var repository = CreateRepository();
        var first = Batch(1, Monday);
        await repository.AddAsync(first, Ct);

        var second = await repository.AddAsync(Batch(1, Monday.PlusDays(7)), Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(second.Value);
        Assert.Equal((first.Id.Value, AggregateVersion.New, AggregateVersion.New.Next()), (conflict.Id, conflict.Expected, conflict.Actual));
        Assert.Equal(first, await repository.GetAsync(first.Id, Ct));
    }

    /// <summary>Contract: AddAsync: when many writers add one batch id at once; exactly one is stored.</summary>
    [Fact]
    public async Task AddAsync_WhenManyWritersAddOneIdAtOnce_ExactlyOneIsStored()
    {
        var repository = CreateRepository();
        var batches = Enumerable.Range(0, 8).Select(n => Batch(1, Monday.PlusDays(7 * n))).ToList();

        var results = await Task.WhenAll(batches.Select(b => Task.Run(() => repository.AddAsync(b, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        var stored = await repository.GetAsync(BatchId(1), Ct);
        Assert.Equal(batches[Array.FindIndex(results, r => r.IsT0)], stored);
    }

    /// <summary>Contract: FindByPeriodAsync: returns the overlapping batches in export order.</summary>
    [Fact]
    public async Task FindByPeriodAsync_ReturnsTheOverlappingBatchesInExportOrder()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Batch(1, Monday, minutesLater: 10), Ct);
        await repository.AddAsync(Batch(2, Monday.PlusDays(7)), Ct);
        await repository.AddAsync(Batch(3, Monday.PlusDays(3), minutesLater: 5), Ct);
        await repository.AddAsync(Batch(4, Monday.PlusDays(-7)), Ct);
        await repository.AddAsync(Batch(5, Monday.PlusDays(-6), minutesLater: 5), Ct);

        var page = await repository.FindByPeriodAsync(Week, PageRequest.First(10), Ct);

        Assert.Equal([Batch(3, Monday.PlusDays(3), 5), Batch(5, Monday.PlusDays(-6), 5), Batch(1, Monday, 10)], page.Items);
        Assert.Equal(3, page.TotalCount);
    }

    /// <summary>Contract: FindByPeriodAsync: pages in the fixed order, ties on the export instant broken by id.</summary>
    [Fact]
    public async Task FindByPeriodAsync_PagesInTheFixedOrder()
    {
        var repository = CreateRepository();
        foreach (int n in new[] { 4, 2, 5, 1, 3 })
        {
            await repository.AddAsync(Batch(n, Monday), Ct);
        }

        var first = await repository.FindByPeriodAsync(Week, PageRequest.First(2), Ct);
        var second = await repository.FindByPeriodAsync(Week, PageRequest.First(2).Next(), Ct);

        Assert.Equal([BatchId(1), BatchId(2)], first.Items.Select(b => b.Id));
        Assert.Equal([BatchId(3), BatchId(4)], second.Items.Select(b => b.Id));
        Assert.Equal(5, second.TotalCount);
        Assert.True(second.HasMore);
    }

    /// <summary>Contract: AddAsync: when cancelled; stores nothing.</summary>
    [Fact]
    public async Task AddAsync_WhenCancelled_StoresNothing()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddAsync(Batch(1, Monday), cancelled.Token));

        Assert.Null(await repository.GetAsync(BatchId(1), Ct));
    }
}
