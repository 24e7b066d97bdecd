using NodaTime;
using OutSmart.Domain.Timesheets;
using Xunit;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="ITimesheetEmployeeRepository"/> adapter must pass. Derive one sealed class in the
/// adapter's xUnit v3 test project and return a fresh, empty repository from <see cref="CreateRepository"/>.
/// </summary>
/// <remarks>Covers reading missing settings, storing settings (flag and zone kept), the last save winning, employees
/// kept apart, and cancellation.</remarks>
public abstract class TimesheetEmployeeRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    /// <returns>The repository.</returns>
    protected abstract ITimesheetEmployeeRepository CreateRepository();

    /// <summary>Contract: GetAsync: when none are stored; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenNoneAreStored_ReturnsNull()
    {
        var repository = CreateRepository();

        Assert.Null(await repository.GetAsync(Technician, Ct));
    }

    /// <summary>Contract: SaveAsync then GetAsync: returns equal settings, zone included.</summary>
    [Fact]
    public async Task SaveAsync_ThenGetAsync_ReturnsEqualSettings()
    {
        var repository = CreateRepository();
        var settings = TimesheetEmployee.Disabled(Colleague, DateTimeZoneProviders.Tzdb["America/St_Johns"]);

        await repository.SaveAsync(settings, Ct);
        var stored = await repository.GetAsync(Colleague, Ct);

        Assert.Equal(settings, stored);
        Assert.Equal("America/St_Johns", stored!.Zone.Id);
        Assert.False(stored.IsEnabled);
    }

    /// <summary>Contract: SaveAsync: when saved twice; keeps the last settings.</summary>
    [Fact]
    public async Task SaveAsync_WhenSavedTwice_KeepsTheLastSettings()
    {
        var repository = CreateRepository();

        await repository.SaveAsync(TechnicianSettings, Ct);
        await repository.SaveAsync(TechnicianSettings.WithEnabled(false), Ct);

        Assert.False((await repository.GetAsync(Technician, Ct))!.IsEnabled);
    }

    /// <summary>Contract: SaveAsync: keeps each employee's settings apart.</summary>
    [Fact]
    public async Task SaveAsync_KeepsEachEmployeesSettingsApart()
    {
        var repository = CreateRepository();

        await repository.SaveAsync(TechnicianSettings, Ct);
        await repository.SaveAsync(TimesheetEmployee.Disabled(Colleague, Amsterdam), Ct);

        Assert.Equal(TechnicianSettings, await repository.GetAsync(Technician, Ct));
        Assert.False((await repository.GetAsync(Colleague, Ct))!.IsEnabled);
        Assert.Null(await repository.GetAsync(TeamLead, Ct));
    }

    /// <summary>Contract: SaveAsync: when cancelled; stores nothing.</summary>
    [Fact]
    public async Task SaveAsync_WhenCancelled_StoresNothing()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveAsync(TechnicianSettings, cancelled.Token));

        Assert.Null(await repository.GetAsync(Technician, Ct));
    }
}
