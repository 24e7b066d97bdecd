using NodaTime;
using OutSmart.Domain.Timesheets.Tests.TestData;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Periods;

public sealed class TimesheetPeriodCommandsTests
{
    private static readonly TimesheetPeriodId Id = new(Guid.Parse("c0000000-0000-0000-0000-000000000001"));

    [Fact]
    public async Task RunAsync_WhenMissing_ReturnsTimesheetPeriodNotFound()
    {
        var commands = new TimesheetPeriodCommands(new FakeTimesheetStore());

        var result = await commands.RunAsync(Id, period => period.Close(Admin, Now), TestContext.Current.CancellationToken);

        Assert.Equal("TS_PERIOD_NOT_FOUND", Assert.IsType<TimesheetPeriodNotFound>(result.Value).Code);
    }

    [Fact]
    public async Task RunAsync_WhenClosing_SavesTheClosedPeriod()
    {
        var store = new FakeTimesheetStore();
        await store.AddAsync(TimesheetPeriod.Open(Id, new DateInterval(Monday, Monday.PlusDays(6))), TestContext.Current.CancellationToken);

        var result = await new TimesheetPeriodCommands(store).RunAsync(Id, period => period.Close(Admin, Now), TestContext.Current.CancellationToken);

        Assert.True(Assert.IsType<TimesheetPeriod>(result.Value).IsClosed);
        Assert.True((await store.GetAsync(Id, TestContext.Current.CancellationToken))!.IsClosed);
    }
}
