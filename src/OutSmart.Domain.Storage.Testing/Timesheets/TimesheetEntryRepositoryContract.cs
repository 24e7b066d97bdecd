using System.Globalization;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;
using Xunit;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="ITimesheetEntryRepository"/> adapter must pass. A host team references the
/// <c>OutSmart.Domain.Storage.Testing</c> package from its adapter's xUnit v3 test project, derives one sealed class
/// from this one, returns a fresh, empty repository from <see cref="CreateRepository"/> and runs the tests.
/// </summary>
/// <remarks>Covers reading, adding and saving (stored state compared snapshot for snapshot, money and rates to the last
/// decimal digit), a duplicate id, the import-key uniqueness refusal (TS-13), version conflicts, a race of many
/// writers, each query's fixed order (date, start with none first, creation, id) and paging, the unpaged
/// <see cref="ITimesheetEntryRepository.StreamByStatusAsync"/> (also while the caller saves what it reads, as the
/// payroll export does), the batch <see cref="ITimesheetEntryRepository.SaveManyAsync"/> (per-item conflicts in input
/// order), cancellation and isolation.</remarks>
public abstract class TimesheetEntryRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    /// <returns>The repository.</returns>
    protected abstract ITimesheetEntryRepository CreateRepository();

    private async Task<ITimesheetEntryRepository> WithAsync(params TimesheetEntry[] entries)
    {
        var repository = CreateRepository();
        foreach (TimesheetEntry entry in entries)
        {
            Assert.True((await repository.AddAsync(entry, Ct)).IsT0);
        }
        return repository;
    }

    private static async Task<List<TimesheetEntry>> ListAsync(IAsyncEnumerable<TimesheetEntry> entries)
    {
        var list = new List<TimesheetEntry>();
        await foreach (TimesheetEntry entry in entries)
        {
            list.Add(entry);
        }
        return list;
    }

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        var entry = await repository.GetAsync(EntryId(1), Ct);

        Assert.Null(entry);
    }

    /// <summary>Contract: AddAsync: when new; stores the entry at version one.</summary>
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

    /// <summary>Contract: AddAsync then GetAsync: money and rates come back to the last decimal digit, scale included.</summary>
    [Fact]
    public async Task GetAsync_WhenEntriesHoldMoneyAndRates_ReturnsThemExactly()
    {
        var repository = CreateRepository();
        HourType overtime = HourType.Create("OVERTIME", "Overtime", Money.FromEuros(60.125m), Money.FromEuros(35.10m)).AsT0
            .WithMultiplier(1.5m).AsT0;
        var expense = Register(1, TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(123456789012345678.90m), "Parts", "R-1")));
        var kilometres = Register(2, TimesheetEntryContent.ForKilometres(Monday, KilometreClaim.Create(12.340m, "Van", "Utrecht - Zeist")));
        var rated = Register(3, WorkOn(Monday, 13, 17).WithHourType(overtime));
        var cents = Register(4, TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(0.10m), "Parking")));
        TimesheetEntry[] entries = [expense, kilometres, rated, cents];
        var expected = entries.Select(e => e.ToSnapshot().WithVersion(AggregateVersion.From(1))).ToList();
        foreach (TimesheetEntry entry in entries)
        {
            Assert.True((await repository.AddAsync(entry, Ct)).IsT0);
        }

        var stored = new List<TimesheetEntrySnapshot>();
        foreach (TimesheetEntry entry in entries)
        {
            stored.Add((await repository.GetAsync(entry.Id, Ct))!.ToSnapshot());
        }

        Assert.Equal(expected, stored);
        Assert.Equal("123456789012345678.90", Text(stored[0].Content.Expense!.Amount.Amount));
        Assert.Equal("12.340", Text(stored[1].Content.Kilometres!.Distance));
        Assert.Equal(("60.125", "35.10", "1.5"), (Text(stored[2].Content.Rate!.BillRate.Amount), Text(stored[2].Content.Rate!.CostRate.Amount), Text(stored[2].Content.Rate!.Multiplier)));
        Assert.Equal("0.10", Text(stored[3].Content.Expense!.Amount.Amount));
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Contract: AddAsync: when id is already stored; returns concurrency conflict.</summary>
    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflict()
    {
        var repository = await WithAsync(Draft(1));

        var result = await repository.AddAsync(Draft(1, Monday, 13, 14), Ct);

        Assert.Equal(AggregateVersion.From(1), Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
    }

    /// <summary>Contract: AddAsync: when import key is taken; returns import key taken and stores nothing.</summary>
    [Fact]
    public async Task AddAsync_WhenImportKeyIsTaken_ReturnsImportKeyTakenAndStoresNothing()
    {
        var repository = await WithAsync(Imported(1, "line-1"));

        var result = await repository.AddAsync(Imported(2, "line-1"), Ct);

        var taken = Assert.IsType<ImportKeyTaken>(result.Value);
        Assert.Equal((ImportKeyOf("line-1"), EntryId(1)), (taken.Key, taken.ExistingEntryId));
        Assert.Null(await repository.GetAsync(EntryId(2), Ct));
    }

    /// <summary>Contract: AddAsync: when many writers import one key at once; exactly one is stored.</summary>
    [Fact]
    public async Task AddAsync_WhenManyWritersImportOneKeyAtOnce_ExactlyOneIsStored()
    {
        var repository = CreateRepository();
        var entries = Enumerable.Range(1, 8).Select(n => Imported(n, "line-1")).ToList();

        var results = await Task.WhenAll(entries.Select(e => Task.Run(() => repository.AddAsync(e, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(7, results.Count(r => r.IsT2));
        var stored = await repository.FindByImportKeyAsync(ImportKeyOf("line-1"), Ct);
        Assert.All(results.Where(r => r.IsT2), r => Assert.Equal(stored!.Id, r.AsT2.ExistingEntryId));
    }

    /// <summary>Contract: FindByImportKeyAsync: when imported; returns the entry.</summary>
    [Fact]
    public async Task FindByImportKeyAsync_WhenImported_ReturnsTheEntry()
    {
        var repository = await WithAsync(Imported(1, "line-1"), Imported(2, "line-2"));

        var found = await repository.FindByImportKeyAsync(ImportKeyOf("line-2"), Ct);
        var missing = await repository.FindByImportKeyAsync(ImportKeyOf("line-3"), Ct);

        Assert.Equal(EntryId(2), found!.Id);
        Assert.Null(missing);
    }

    /// <summary>Contract: SaveAsync: when loaded version is current; stores the change.</summary>
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
        Assert.Equal(loaded.ToSnapshot(), stored.ToSnapshot());
    }

    /// <summary>Contract: SaveAsync: when someone saved first; returns concurrency conflict.</summary>
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

    /// <summary>Contract: SaveAsync: when never added; returns concurrency conflict.</summary>
    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();

        var result = await repository.SaveAsync(Draft(1), Ct);

        Assert.Null(Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
        Assert.Null(await repository.GetAsync(EntryId(1), Ct));
    }

    /// <summary>Contract: SaveAsync: when many writers race on one entry; exactly one wins each version.</summary>
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

    /// <summary>Contract: GetAsync: returns a copy, so changes are stored only by saving.</summary>
    [Fact]
    public async Task GetAsync_ReturnsACopy_SoChangesAreStoredOnlyBySaving()
    {
        var repository = await WithAsync(Draft(1));
        var loaded = (await repository.GetAsync(EntryId(1), Ct))!;

        loaded.Submit(PeriodLocks.None, Tech, Now);

        Assert.Equal(TimesheetEntryStatus.Draft, (await repository.GetAsync(EntryId(1), Ct))!.Status);
    }

    /// <summary>Contract: FindByEmployeeAsync: returns the employee's entries in the days by date, then start (none first).</summary>
    [Fact]
    public async Task FindByEmployeeAsync_ReturnsTheEmployeesEntriesInTheDaysByDateThenStart()
    {
        var noStart = Register(6, TimesheetEntryContent.Work(EntryTime.OnDate(Monday, Duration.FromHours(2))));
        var repository = await WithAsync(
            Draft(1, Monday.PlusDays(1), 8, 9), Draft(2, Monday, 13, 14), Draft(3, Monday, 8, 9), Draft(4, Monday.PlusDays(-5), 8, 9),
            Draft(5, Monday, 10, 11, Colleague), noStart, Draft(7, Monday.PlusDays(7), 8, 9));

        var page = await repository.FindByEmployeeAsync(Technician, Week, PageRequest.First(10), Ct);

        Assert.Equal([EntryId(6), EntryId(3), EntryId(2), EntryId(1)], page.Items.Select(e => e.Id));
        Assert.Equal(4, page.TotalCount);
    }

    /// <summary>Contract: FindByStatusAsync: pages in the fixed order.</summary>
    [Fact]
    public async Task FindByStatusAsync_PagesInTheFixedOrder()
    {
        var repository = await WithAsync(Submitted(1, Monday, 8, 9), Submitted(2, Monday, 10, 11), Draft(3, Monday, 12, 13), Submitted(4, Monday.PlusDays(1), 8, 9));

        var first = await repository.FindByStatusAsync(TimesheetEntryStatus.Submitted, Week, PageRequest.First(2), Ct);
        var second = await repository.FindByStatusAsync(TimesheetEntryStatus.Submitted, Week, PageRequest.First(2).Next(), Ct);

        Assert.Equal([EntryId(1), EntryId(2)], first.Items.Select(e => e.Id));
        Assert.True(first.HasMore);
        Assert.Equal([EntryId(4)], second.Items.Select(e => e.Id));
        Assert.Equal(3, second.TotalCount);
    }

    /// <summary>Contract: FindByStatusAsync: when entries tie on date and start; orders them by creation, then id.</summary>
    [Fact]
    public async Task FindByStatusAsync_WhenEntriesTieOnDateAndStart_OrdersThemById()
    {
        var repository = await WithAsync(Draft(3, Monday, 8, 9), Draft(1, Monday, 8, 10, Colleague), Draft(2, Monday, 8, 11));

        var page = await repository.FindByStatusAsync(TimesheetEntryStatus.Draft, Week, PageRequest.First(10), Ct);

        Assert.Equal([EntryId(1), EntryId(2), EntryId(3)], page.Items.Select(e => e.Id));
    }

    /// <summary>Contract: StreamByStatusAsync: yields every entry with the status in the days, in the fixed order.</summary>
    [Fact]
    public async Task StreamByStatusAsync_YieldsTheEntriesWithTheStatusInTheDaysInTheFixedOrder()
    {
        var repository = await WithAsync(
            Approved(1, Monday.PlusDays(2), 8, 9), Approved(2, Monday, 13, 14), Submitted(3, Monday, 8, 9), Approved(4, Monday, 8, 9),
            Approved(5, Monday.PlusDays(7), 8, 9), Approved(6, Monday.PlusDays(6), 20, 21));

        var streamed = await ListAsync(repository.StreamByStatusAsync(TimesheetEntryStatus.Approved, Week, Ct));

        Assert.Equal([EntryId(4), EntryId(2), EntryId(1), EntryId(6)], streamed.Select(e => e.Id));
        Assert.All(streamed, e => Assert.Equal(AggregateVersion.From(1), e.Version));
    }

    /// <summary>Contract: StreamByStatusAsync: when more entries match than a page holds; yields the same entries as
    /// paging through <see cref="ITimesheetEntryRepository.FindByStatusAsync"/>.</summary>
    [Fact]
    public async Task StreamByStatusAsync_YieldsWhatPagingYields()
    {
        var entries = Enumerable.Range(1, 40).Select(n => Submitted(n, Monday.PlusDays(n % 7), 6 + (n % 5), 7 + (n % 5))).ToArray();
        var repository = await WithAsync(entries);
        var paged = new List<TimesheetEntryId>();
        for (var request = PageRequest.First(7); ; request = request.Next())
        {
            var page = await repository.FindByStatusAsync(TimesheetEntryStatus.Submitted, Week, request, Ct);
            paged.AddRange(page.Items.Select(e => e.Id));
            if (!page.HasMore)
            {
                break;
            }
        }

        var streamed = await ListAsync(repository.StreamByStatusAsync(TimesheetEntryStatus.Submitted, Week, Ct));

        Assert.Equal(40, paged.Count);
        Assert.Equal(paged, streamed.Select(e => e.Id));
    }

    /// <summary>Contract: StreamByStatusAsync: when the caller saves each entry while enumerating (as the payroll export
    /// does); every entry is yielded once and every save succeeds.</summary>
    [Fact]
    public async Task StreamByStatusAsync_WhenTheCallerSavesWhileEnumerating_YieldsEachEntryOnceAndEverySaveSucceeds()
    {
        var repository = await WithAsync([.. Enumerable.Range(1, 12).Select(n => Approved(n, Monday.PlusDays(n % 5), 8, 9))]);
        var seen = new List<TimesheetEntryId>();

        await foreach (TimesheetEntry entry in repository.StreamByStatusAsync(TimesheetEntryStatus.Approved, Week, Ct))
        {
            seen.Add(entry.Id);
            Assert.True(entry.Export(BatchId(1), Admin, Now).IsT0);
            Assert.True((await repository.SaveAsync(entry, Ct)).IsT0);
        }

        Assert.Equal(12, seen.Distinct().Count());
        Assert.Equal(12, seen.Count);
        Assert.Empty(await ListAsync(repository.StreamByStatusAsync(TimesheetEntryStatus.Approved, Week, Ct)));
        Assert.Equal(12, (await repository.FindByStatusAsync(TimesheetEntryStatus.Exported, Week, PageRequest.First(50), Ct)).TotalCount);
    }

    /// <summary>Contract: StreamByStatusAsync: when none match; yields nothing.</summary>
    [Fact]
    public async Task StreamByStatusAsync_WhenNoneMatch_YieldsNothing()
    {
        var repository = await WithAsync(Draft(1));

        var streamed = await ListAsync(repository.StreamByStatusAsync(TimesheetEntryStatus.Approved, Week, Ct));

        Assert.Empty(streamed);
    }

    /// <summary>Contract: StreamByStatusAsync: when cancelled; the enumeration throws.</summary>
    [Fact]
    public async Task StreamByStatusAsync_WhenCancelled_Throws()
    {
        var repository = await WithAsync(Approved(1), Approved(2, Monday, 13, 14));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ListAsync(repository.StreamByStatusAsync(TimesheetEntryStatus.Approved, Week, cancelled.Token)));
    }

    /// <summary>Contract: SaveManyAsync: when every entry is current; stores every change and marks each saved.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenEveryEntryIsCurrent_StoresEveryChangeAndMarksEachSaved()
    {
        var repository = await WithAsync(Approved(1), Approved(2, Monday, 13, 14), Approved(3, Monday.PlusDays(1)));
        var loaded = await ListAsync(repository.StreamByStatusAsync(TimesheetEntryStatus.Approved, Week, Ct));
        loaded.ForEach(e => Assert.True(e.Export(BatchId(1), Admin, Now).IsT0));

        var results = await repository.SaveManyAsync(loaded, Ct);

        Assert.All(results, r => Assert.True(r.IsT0));
        Assert.All(loaded, e => Assert.Equal(AggregateVersion.From(2), e.Version));
        foreach (TimesheetEntry entry in loaded)
        {
            Assert.Equal(entry.ToSnapshot(), (await repository.GetAsync(entry.Id, Ct))!.ToSnapshot());
        }
    }

    /// <summary>Contract: SaveManyAsync: when some entries are stale or never added; writes the others and returns the
    /// conflicts in input order.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenSomeEntriesAreStale_WritesTheOthersAndReturnsConflictsInInputOrder()
    {
        var repository = await WithAsync(Submitted(1), Submitted(2, Monday, 13, 14), Submitted(3, Monday.PlusDays(1)));
        var one = (await repository.GetAsync(EntryId(1), Ct))!;
        var two = (await repository.GetAsync(EntryId(2), Ct))!;
        var three = (await repository.GetAsync(EntryId(3), Ct))!;
        var twoElsewhere = (await repository.GetAsync(EntryId(2), Ct))!;
        Assert.True(twoElsewhere.Withdraw(PeriodLocks.None, Tech, Now).IsT0);
        Assert.True((await repository.SaveAsync(twoElsewhere, Ct)).IsT0);
        var neverAdded = Submitted(4, Monday.PlusDays(2));
        TimesheetEntry[] batch = [one, two, neverAdded, three];
        foreach (TimesheetEntry entry in batch)
        {
            Assert.True(entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now).IsT0);
        }

        var results = await repository.SaveManyAsync(batch, Ct);

        Assert.Equal([true, false, false, true], results.Select(r => r.IsT0));
        Assert.Equal((EntryId(2).Value, AggregateVersion.From(1), AggregateVersion.From(2)), (results[1].AsT1.Id, results[1].AsT1.Expected, results[1].AsT1.Actual));
        Assert.Equal((EntryId(4).Value, (AggregateVersion?)null), (results[2].AsT1.Id, results[2].AsT1.Actual));
        Assert.Equal(TimesheetEntryStatus.Approved, (await repository.GetAsync(EntryId(1), Ct))!.Status);
        Assert.Equal(TimesheetEntryStatus.Draft, (await repository.GetAsync(EntryId(2), Ct))!.Status);
        Assert.Equal(TimesheetEntryStatus.Approved, (await repository.GetAsync(EntryId(3), Ct))!.Status);
        Assert.Null(await repository.GetAsync(EntryId(4), Ct));
        Assert.Equal((AggregateVersion.From(2), AggregateVersion.From(1)), (one.Version, two.Version));
    }

    /// <summary>Contract: SaveManyAsync: when the batch is empty; returns no results.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenEmpty_ReturnsNoResults()
    {
        var repository = CreateRepository();

        var results = await repository.SaveManyAsync([], Ct);

        Assert.Empty(results);
    }

    /// <summary>Contract: SaveManyAsync: when cancelled; stores none of the batch.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenCancelled_StoresNothing()
    {
        var repository = await WithAsync(Submitted(1), Submitted(2, Monday, 13, 14));
        var loaded = new[] { (await repository.GetAsync(EntryId(1), Ct))!, (await repository.GetAsync(EntryId(2), Ct))! };
        foreach (TimesheetEntry entry in loaded)
        {
            Assert.True(entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now).IsT0);
        }
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveManyAsync(loaded, cancelled.Token));

        Assert.Equal(2, (await repository.FindByStatusAsync(TimesheetEntryStatus.Submitted, Week, PageRequest.First(10), Ct)).TotalCount);
    }

    /// <summary>Contract: AddAsync: when cancelled; stores nothing.</summary>
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
