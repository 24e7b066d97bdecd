using OutSmart.Domain.Timesheets;
using OutSmart.Domain.Timesheets.Tests.Ports;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>Runs the <see cref="ITimesheetEntryRepository"/> contract against the in-memory adapter.</summary>
public sealed class InMemoryTimesheetEntryRepositoryTests : TimesheetEntryRepositoryContract
{
    protected override ITimesheetEntryRepository CreateRepository() => new InMemoryTimesheetEntryRepository();

    [Fact]
    public async Task Count_WhenEntriesAdded_CountsThem()
    {
        var repository = new InMemoryTimesheetEntryRepository();

        await repository.AddAsync(Draft(1), TestContext.Current.CancellationToken);
        await repository.AddAsync(Draft(2, Monday, 13, 14), TestContext.Current.CancellationToken);

        Assert.Equal(2, repository.Count);
    }
}
