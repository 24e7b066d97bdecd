using Microsoft.Extensions.DependencyInjection;
using OutSmart.Domain.Timesheets.Tests.TestData;

namespace OutSmart.Domain.Timesheets.Tests;

public sealed class TimesheetsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOutSmartTimesheets_WhenPortsAreRegistered_ResolvesTheServicesWithTheDefaults()
    {
        var store = new FakeTimesheetStore();
        var services = new ServiceCollection();
        services.AddSingleton<ITimesheetEntryRepository>(store);
        services.AddSingleton<ITimesheetPeriodRepository>(store);
        services.AddSingleton<ITimesheetEmployeeRepository>(store);

        services.AddOutSmartTimesheets();

        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<TimesheetCommands>());
        Assert.NotNull(provider.GetRequiredService<TimesheetPeriodCommands>());
        Assert.Same(TimesheetRules.Default, provider.GetRequiredService<TimesheetRules>());
        Assert.Same(ApprovalPolicy.Default, provider.GetRequiredService<ApprovalPolicy>());
    }

    [Fact]
    public void AddOutSmartTimesheets_WhenRulesAreAlreadyRegistered_KeepsThem()
    {
        var mine = TimesheetRules.Default.WithWorkingHoursActAsErrors();
        var services = new ServiceCollection();
        services.AddSingleton(mine);

        services.AddOutSmartTimesheets();

        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<TimesheetRules>());
    }
}
