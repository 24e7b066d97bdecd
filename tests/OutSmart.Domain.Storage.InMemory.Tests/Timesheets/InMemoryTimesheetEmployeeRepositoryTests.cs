using OutSmart.Domain.Timesheets;
using OutSmart.Domain.Timesheets.Tests.Ports;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Storage.InMemory.Tests.Timesheets;

/// <summary>The in-memory employee settings store: the last save wins.</summary>
public sealed class InMemoryTimesheetEmployeeRepositoryTests
{
    [Fact]
    public async Task SaveAsync_WhenSavedTwice_KeepsTheLastSettings()
    {
        var repository = new InMemoryTimesheetEmployeeRepository();

        await repository.SaveAsync(TechnicianSettings, TestContext.Current.CancellationToken);
        await repository.SaveAsync(TechnicianSettings.WithEnabled(false), TestContext.Current.CancellationToken);

        Assert.False((await repository.GetAsync(Technician, TestContext.Current.CancellationToken))!.IsEnabled);
        Assert.Equal(1, repository.Count);
    }
}
