using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets.Tests.TestData;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests;

public sealed class TimesheetCommandsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<FakeTimesheetStore> StoreAsync()
    {
        var store = new FakeTimesheetStore();
        await store.SaveAsync(TechnicianSettings, Ct);
        return store;
    }

    private static ImportFromWorkOrder Import(int toHour, int entry = 1) => ImportFromWorkOrder.Create(
        EntryId(entry), WorkOrder, "line-1", Technician, TimesheetEntryKind.Work,
        Instant.FromUtc(2026, 11, 16, 7, 0), Instant.FromUtc(2026, 11, 16, toHour - 1, 0), Project, Customer, "Boiler service");

    [Fact]
    public async Task RegisterAsync_WhenEmployeeHasNoSettings_ReturnsTimesheetDisabled()
    {
        var store = new FakeTimesheetStore();

        var result = await store.Commands().RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);

        Assert.IsType<TimesheetDisabled>(result.Value);
        Assert.Equal(0, store.EntryCount);
    }

    [Fact]
    public async Task RegisterAsync_WhenItOverlapsAStoredEntry_ReturnsTimesheetEntryInvalidWithTsOverlap()
    {
        var store = await StoreAsync();
        var commands = store.Commands();
        await commands.RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);

        var result = await commands.RegisterAsync(EntryId(2), Technician, WorkOn(Monday, 11, 13), EntryLinks.None, "", Tech, Now, Ct);

        Assert.Equal("TS_OVERLAP", Assert.Single(Assert.IsType<TimesheetEntryInvalid>(result.Value).Violations).Code);
        Assert.Equal(1, store.EntryCount);
    }

    [Fact]
    public async Task ImportFromWorkOrderAsync_WhenRunTwice_StoresOneEntryWithTheLatestHours()
    {
        var store = await StoreAsync();
        var commands = store.Commands();

        var first = await commands.ImportFromWorkOrderAsync(Import(12), Importer, Now, Ct);
        var second = await commands.ImportFromWorkOrderAsync(Import(13, entry: 2), Importer, Now, Ct);

        Assert.True(first.IsT0);
        var entry = Assert.IsType<TimesheetEntry>(second.Value);
        Assert.Equal(EntryId(1), entry.Id);
        Assert.Equal(Duration.FromHours(5), entry.Content.Time!.Duration);
        Assert.Equal(1, store.EntryCount);
    }

    [Fact]
    public async Task ImportFromWorkOrderAsync_WhenTheEntryIsSubmitted_ReturnsDuplicateImportSource()
    {
        var store = await StoreAsync();
        var commands = store.Commands();
        await commands.ImportFromWorkOrderAsync(Import(12), Importer, Now, Ct);
        await commands.SubmitAsync(EntryId(1), Tech, Now, Ct);

        var result = await commands.ImportFromWorkOrderAsync(Import(13), Importer, Now, Ct);

        Assert.IsType<DuplicateImportSource>(result.Value);
        Assert.Equal(Duration.FromHours(4), (await store.GetAsync(EntryId(1), Ct))!.Content.Time!.Duration);
    }

    [Fact]
    public async Task ImportFromWorkOrderAsync_WhenTheHourTypeIsInactive_ReturnsTsHourTypeInvalidAndStoresNothing()
    {
        var store = await StoreAsync();
        var inactive = HourType.Create("WORK", "Work", Money.FromEuros(50m), Money.FromEuros(30m)).AsT0.Deactivate();
        var command = ImportFromWorkOrder.Create(
            EntryId(1), WorkOrder, "line-1", Technician, TimesheetEntryKind.Work,
            Instant.FromUtc(2026, 11, 16, 7, 0), Instant.FromUtc(2026, 11, 16, 11, 0), Project, Customer, "Boiler service", inactive);

        var result = await store.Commands().ImportFromWorkOrderAsync(command, Importer, Now, Ct);

        Assert.Equal("TS_HOURTYPE_INVALID", Assert.Single(Assert.IsType<TimesheetEntryInvalid>(result.Value).Violations).Code);
        Assert.Equal(0, store.EntryCount);
    }

    [Fact]
    public async Task EditAsync_WhenThePeriodIsClosed_ReturnsTimesheetPeriodLockedAndSavesNothing()
    {
        var store = await StoreAsync();
        var commands = store.Commands();
        await commands.RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);
        var period = TimesheetPeriod.Open(new TimesheetPeriodId(Guid.Parse("c0000000-0000-0000-0000-000000000001")), new DateInterval(Monday, Monday.PlusDays(6)));
        period.Close(Admin, Now);
        await store.AddAsync(period, Ct);

        var result = await commands.EditAsync(EntryId(1), WorkOn(Monday, 8, 13), EntryLinks.None, "late edit", Tech, Now, Ct);

        Assert.IsType<TimesheetPeriodLocked>(result.Value);
        Assert.Equal(0, store.Saves);
    }

    [Fact]
    public async Task EditAsync_WhenItWouldOverlapAnotherEntry_ReturnsTimesheetEntryInvalid()
    {
        var store = await StoreAsync();
        var commands = store.Commands();
        await commands.RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);
        await commands.RegisterAsync(EntryId(2), Technician, WorkOn(Monday, 13, 15), EntryLinks.None, "", Tech, Now, Ct);

        var result = await commands.EditAsync(EntryId(2), WorkOn(Monday, 11, 15), EntryLinks.None, "", Tech, Now, Ct);

        Assert.IsType<TimesheetEntryInvalid>(result.Value);
        Assert.Equal(0, store.Saves);
    }

    [Fact]
    public async Task ApproveAsync_WhenOneEntryIsMissingAndOneIsTheApproversOwn_ReportsEveryEntryInOrder()
    {
        var store = await StoreAsync();
        await store.SaveAsync(TimesheetEmployee.Enabled(TeamLead, Amsterdam), Ct);
        var commands = store.Commands();
        await commands.RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);
        await commands.RegisterAsync(EntryId(2), TeamLead, WorkOn(Monday, 8, 12), EntryLinks.None, "", Lead, Now, Ct);
        await commands.SubmitAsync(EntryId(1), Tech, Now, Ct);
        await commands.SubmitAsync(EntryId(2), Lead, Now, Ct);

        var result = await commands.ApproveAsync([EntryId(1), EntryId(9), EntryId(2)], Lead, Now, Ct);

        Assert.Equal([EntryId(1), EntryId(9), EntryId(2)], result.Reviews.Select(r => r.EntryId));
        Assert.Equal([ReviewOutcome.Approved, ReviewOutcome.Refused, ReviewOutcome.Refused], result.Reviews.Select(r => r.Outcome));
        Assert.IsType<TimesheetEntryNotFound>(result.Reviews[1].Refusal);
        Assert.Equal("TS_SELF_APPROVAL", result.Reviews[2].Refusal!.Code);
        Assert.Equal(TimesheetEntryStatus.Approved, (await store.GetAsync(EntryId(1), Ct))!.Status);
        Assert.Equal(TimesheetEntryStatus.Submitted, (await store.GetAsync(EntryId(2), Ct))!.Status);
    }

    [Fact]
    public async Task RejectAsync_WhenSubmitted_RejectsAndSaves()
    {
        var store = await StoreAsync();
        var commands = store.Commands();
        await commands.RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);
        await commands.SubmitAsync(EntryId(1), Tech, Now, Ct);

        var result = await commands.RejectAsync([EntryId(1)], Reason("Wrong day"), Lead, Now, Ct);

        Assert.Equal(ReviewOutcome.Rejected, Assert.Single(result.Reviews).Outcome);
        Assert.Equal(TimesheetEntryStatus.Rejected, (await store.GetAsync(EntryId(1), Ct))!.Status);
    }

    [Fact]
    public async Task ReopenAsync_WhenApproved_ReturnsItToDraft()
    {
        var store = await StoreAsync();
        var commands = store.Commands();
        await commands.RegisterAsync(EntryId(1), Technician, WorkOn(Monday, 8, 12), EntryLinks.None, "", Tech, Now, Ct);
        await commands.SubmitAsync(EntryId(1), Tech, Now, Ct);
        await commands.ApproveAsync([EntryId(1)], Lead, Now, Ct);

        var result = await commands.ReopenAsync(EntryId(1), Reason("Customer called"), Boss, Now, Ct);

        Assert.Equal(TimesheetEntryStatus.Draft, Assert.IsType<TimesheetEntry>(result.Value).Status);
    }

    [Fact]
    public async Task WithdrawAsync_WhenMissing_ReturnsTimesheetEntryNotFound()
    {
        var store = await StoreAsync();

        var result = await store.Commands().WithdrawAsync(EntryId(5), Tech, Now, Ct);

        Assert.Equal("TS_ENTRY_NOT_FOUND", Assert.IsType<TimesheetEntryNotFound>(result.Value).Code);
    }
}
