using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

public sealed class InMemoryExportBatchRepositoryTests
{
    private static readonly Actor Payroll = Actor.Create(new EmployeeId(Guid.Parse("d1000000-0000-0000-0000-000000000004")), ActorChannel.BackOffice);
    private static readonly LocalDate Monday = new(2026, 11, 16);
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 9, 0);

    private static ExportBatch Batch(int n, LocalDate start, int minutesLater = 0) => ExportBatch.Record(
        new ExportBatchId(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 8])),
        new DateInterval(start, start.PlusDays(6)),
        [new TimesheetEntryId(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 9]))],
        Payroll,
        Now + Duration.FromMinutes(minutesLater));

    [Fact]
    public async Task AddAsync_ThenGetAsync_ReturnsTheSameBatch()
    {
        var repository = new InMemoryExportBatchRepository();
        var batch = Batch(1, Monday);

        Assert.True((await repository.AddAsync(batch, TestContext.Current.CancellationToken)).IsT0);

        Assert.Equal(batch, await repository.GetAsync(batch.Id, TestContext.Current.CancellationToken));
        Assert.Null(await repository.GetAsync(Batch(2, Monday).Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddAsync_WhenTheIdIsTaken_ReturnsAConflictAndKeepsTheFirst()
    {
        var repository = new InMemoryExportBatchRepository();
        var first = Batch(1, Monday);
        await repository.AddAsync(first, TestContext.Current.CancellationToken);

        var second = await repository.AddAsync(Batch(1, Monday.PlusDays(7)), TestContext.Current.CancellationToken);

        Assert.Equal(first.Id.Value, second.AsT1.Id);
        Assert.Equal(first, await repository.GetAsync(first.Id, TestContext.Current.CancellationToken));
        Assert.Equal(1, repository.Count);
    }

    [Fact]
    public async Task FindByPeriodAsync_ReturnsTheOverlappingBatchesInExportOrder()
    {
        var repository = new InMemoryExportBatchRepository();
        await repository.AddAsync(Batch(1, Monday, minutesLater: 10), TestContext.Current.CancellationToken);
        await repository.AddAsync(Batch(2, Monday.PlusDays(7)), TestContext.Current.CancellationToken);
        await repository.AddAsync(Batch(3, Monday.PlusDays(3), minutesLater: 5), TestContext.Current.CancellationToken);

        var page = await repository.FindByPeriodAsync(new DateInterval(Monday, Monday.PlusDays(6)), PageRequest.First(10), TestContext.Current.CancellationToken);

        Assert.Equal([Batch(3, Monday.PlusDays(3), 5), Batch(1, Monday, 10)], page.Items);
        Assert.Equal(2, page.TotalCount);
    }
}
