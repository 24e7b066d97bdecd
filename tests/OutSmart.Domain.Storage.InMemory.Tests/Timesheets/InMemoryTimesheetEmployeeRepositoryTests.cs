using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Timesheets;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>Runs the kit's <see cref="ITimesheetEmployeeRepository"/> contract against the in-memory adapter.</summary>
public sealed class InMemoryTimesheetEmployeeRepositoryTests : TimesheetEmployeeRepositoryContract
{
    protected override ITimesheetEmployeeRepository CreateRepository() => new InMemoryTimesheetEmployeeRepository();

    [Fact]
    public async Task Count_WhenSavedTwice_CountsTheEmployeeOnce()
    {
        var repository = new InMemoryTimesheetEmployeeRepository();

        await repository.SaveAsync(TechnicianSettings, TestContext.Current.CancellationToken);
        await repository.SaveAsync(TechnicianSettings.WithEnabled(false), TestContext.Current.CancellationToken);

        Assert.Equal(1, repository.Count);
    }
}
