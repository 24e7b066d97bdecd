using NodaTime;
using OutSmart.Domain.Abstractions;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Ports;

/// <summary>
/// The contract every <see cref="ITimesheetEntryRepository"/> adapter must pass. An adapter's test project references this
/// project and derives one sealed class from this one, returning a fresh, empty repository from <see cref="CreateRepository"/>.
/// </summary>
/// <remarks>Covers reading, adding and saving (stored state compared snapshot for snapshot), a duplicate id, the
/// import-key uniqueness refusal, version conflicts, a race of many writers, each query's fixed order and paging,
/// cancellation and isolation.</remarks>
public abstract class TimesheetEntryRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    protected abstract ITimesheetEntryRepository CreateRepository();

    private static TimesheetEntry Imported(int id, string line) => TimesheetEntry.Import(
        EntryId(id), ImportKey.Create(WorkOrder, line, Technician), TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.None, "",
        TimesheetRules.Default, PeriodLocks.None, Importer, Now).AsT0;

    private async Task<ITimesheetEntryRepository> WithAsync(params TimesheetEntry[] entries)
    {
        var repository = CreateRepository();
        foreach (TimesheetEntry entry in entries)
        {
            Assert.True((await repository.AddAsync(entry, Ct)).IsT0);
        }
        return repository;
    }

    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        var entry = await repository.GetAsync(EntryId(1), Ct);

        Assert.Null(entry);
    }

    [Fact]
    public async Task AddAsync_WhenNew_StoresTheEntryAtVersionOne()
    {
        var repository = CreateRepository();
        var entry = Exported(1);
        var expected = entry.ToSnapshot();

        var result = await repository.AddAsync(entry, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(1), entry.Version);
        var stored = await repository.GetAsync(EntryId(1), Ct);
        Assert.Equal(expected.WithVersion(AggregateVersion.From(1)), stored!.ToSnapshot());
    }

    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflict()
    {
        var repository = await WithAsync(Draft(1));

        var result = await repository.AddAsync(Draft(1, Monday, 13, 14), Ct);

        Assert.Equal(AggregateVersion.From(1), Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
    }

    [Fact]
    public async Task AddAsync_WhenImportKeyIsTaken_ReturnsImportKeyTakenAndStoresNothing()
    {
        var repository = await WithAsync(Imported(1, "line-1"));

        var result = await repository.AddAsync(Imported(2, "line-1"), Ct);

        var taken = Assert.IsType<ImportKeyTaken>(result.Value);
        Assert.Equal(EntryId(1), taken.ExistingEntryId);
        Assert.Null(await repository.GetAsync(EntryId(2), Ct));
    }

    [Fact]
    public async Task FindByImportKeyAsync_WhenImported_ReturnsTheEntry()
    {
        var repository = await WithAsync(Imported(1, "line-1"), Imported(2, "line-2"));

        var found = await repository.FindByImportKeyAsync(ImportKey.Create(WorkOrder, "line-2", Technician), Ct);
        var missing = await repository.FindByImportKeyAsync(ImportKey.Create(WorkOrder, "line-3", Technician), Ct);

        Assert.Equal(EntryId(2), found!.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task SaveAsync_WhenLoadedVersionIsCurrent_StoresTheChange()
    {
        var repository = await WithAsync(Draft(1));
        var loaded = (await repository.GetAsync(EntryId(1), Ct))!;
        loaded.Submit(PeriodLocks.None, Tech, Now);

        var result = await repository.SaveAsync(loaded, Ct);

        Assert.True(result.IsT0);
        var stored = (await repository.GetAsync(EntryId(1), Ct))!;
        Assert.Equal((TimesheetEntryStatus.Submitted, AggregateVersion.From(2)), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflict()
    {
        var repository = await WithAsync(Draft(1));
        var first = (await repository.GetAsync(EntryId(1), Ct))!;
        var second = (await repository.GetAsync(EntryId(1), Ct))!;
        first.Submit(PeriodLocks.None, Tech, Now);
        await repository.SaveAsync(first, Ct);
        second.Edit(WorkOn(Monday, 9, 12), second.Links, "", TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        var result = await repository.SaveAsync(second, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal((AggregateVersion.From(1), AggregateVersion.From(2)), (conflict.Expected, conflict.Actual));
        Assert.Equal(TimesheetEntryStatus.Submitted, (await repository.GetAsync(EntryId(1), Ct))!.Status);
    }

    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();

        var result = await repository.SaveAsync(Draft(1), Ct);

        Assert.Null(Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
    }

    [Fact]
    public async Task SaveAsync_WhenManyWritersRaceOnOneEntry_ExactlyOneWinsEachVersion()
    {
        var repository = await WithAsync(Draft(1));
        var loaded = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => repository.GetAsync(EntryId(1), Ct)));
        foreach (var entry in loaded)
        {
            entry!.Submit(PeriodLocks.None, Tech, Now);
        }

        var results = await Task.WhenAll(loaded.Select(e => Task.Run(() => repository.SaveAsync(e!, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(AggregateVersion.From(2), (await repository.GetAsync(EntryId(1), Ct))!.Version);
    }

    [Fact]
    public async Task GetAsync_ReturnsACopy_SoChangesAreStoredOnlyBySaving()
    {
        var repository = await WithAsync(Draft(1));
        var loaded = (await repository.GetAsync(EntryId(1), Ct))!;

        loaded.Submit(PeriodLocks.None, Tech, Now);

        Assert.Equal(TimesheetEntryStatus.Draft, (await repository.GetAsync(EntryId(1), Ct))!.Status);
    }

    [Fact]
    public async Task FindByEmployeeAsync_ReturnsTheEmployeesEntriesInTheDaysByDateThenStart()
    {
        var repository = await WithAsync(
            Draft(1, Monday.PlusDays(1), 8, 9), Draft(2, Monday, 13, 14), Draft(3, Monday, 8, 9), Draft(4, Monday.PlusDays(-5), 8, 9), Draft(5, Monday, 10, 11, Stranger));

        var page = await repository.FindByEmployeeAsync(Technician, new DateInterval(Monday, Monday.PlusDays(6)), PageRequest.First(10), Ct);

        Assert.Equal([EntryId(3), EntryId(2), EntryId(1)], page.Items.Select(e => e.Id));
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task FindByStatusAsync_PagesInTheFixedOrder()
    {
        var repository = await WithAsync(Submitted(1, Monday, 8, 9), Submitted(2, Monday, 10, 11), Draft(3, Monday, 12, 13), Submitted(4, Monday.PlusDays(1), 8, 9));

        var first = await repository.FindByStatusAsync(TimesheetEntryStatus.Submitted, new DateInterval(Monday, Monday.PlusDays(6)), PageRequest.First(2), Ct);
        var second = await repository.FindByStatusAsync(TimesheetEntryStatus.Submitted, new DateInterval(Monday, Monday.PlusDays(6)), PageRequest.First(2).Next(), Ct);

        Assert.Equal([EntryId(1), EntryId(2)], first.Items.Select(e => e.Id));
        Assert.True(first.HasMore);
        Assert.Equal([EntryId(4)], second.Items.Select(e => e.Id));
        Assert.Equal(3, second.TotalCount);
    }

    [Fact]
    public async Task AddAsync_WhenCancelled_StoresNothing()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddAsync(Draft(1), cancelled.Token));

        Assert.Null(await repository.GetAsync(EntryId(1), Ct));
    }
}
