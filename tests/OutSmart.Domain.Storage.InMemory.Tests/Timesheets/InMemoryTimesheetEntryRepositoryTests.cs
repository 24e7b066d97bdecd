using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Timesheets;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>Runs the kit's <see cref="ITimesheetEntryRepository"/> contract against the in-memory adapter.</summary>
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
