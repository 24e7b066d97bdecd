using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Timesheets;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>Runs the kit's <see cref="IExportBatchRepository"/> contract against the in-memory adapter.</summary>
public sealed class InMemoryExportBatchRepositoryTests : ExportBatchRepositoryContract
{
    protected override IExportBatchRepository CreateRepository() => new InMemoryExportBatchRepository();

    [Fact]
    public async Task Count_WhenTheIdIsTaken_CountsTheBatchOnce()
    {
        var repository = new InMemoryExportBatchRepository();

        await repository.AddAsync(Batch(1, Monday), TestContext.Current.CancellationToken);
        await repository.AddAsync(Batch(1, Monday.PlusDays(7)), TestContext.Current.CancellationToken);

        Assert.Equal(1, repository.Count);
    }
}
