using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;
using Xunit;
using static OutSmart.Domain.Storage.Testing.TimesheetFixtures;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="ITimesheetPeriodRepository"/> adapter must pass. Derive one sealed class in the
/// adapter's xUnit v3 test project and return a fresh, empty repository from <see cref="CreateRepository"/>.
/// </summary>
/// <remarks>Covers reading, adding and saving (snapshot for snapshot), versions and a duplicate id, the overlap refusal
/// (also when many writers add overlapping periods at once: stored periods never overlap), the query order (first day,
/// then id) and paging, cancellation and isolation.</remarks>
public abstract class TimesheetPeriodRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    /// <returns>The repository.</returns>
    protected abstract ITimesheetPeriodRepository CreateRepository();

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        Assert.Null(await repository.GetAsync(PeriodId(1), Ct));
    }

    /// <summary>Contract: AddAsync: when new; stores the period at version one.</summary>
    [Fact]
    public async Task AddAsync_WhenNew_StoresThePeriodAtVersionOne()
    {
        var repository = CreateRepository();
        var period = WeekPeriod(1, Monday);
        period.Close(Admin, Now);

        var result = await repository.AddAsync(period, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(1), period.Version);
        Assert.Equal(period.ToSnapshot(), (await repository.GetAsync(PeriodId(1), Ct))!.ToSnapshot());
    }

    /// <summary>Contract: AddAsync: when the id is already stored; returns concurrency conflict.</summary>
    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);

        var result = await repository.AddAsync(WeekPeriod(1, Monday.PlusDays(70)), Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal((PeriodId(1).Value, AggregateVersion.From(1)), (conflict.Id, conflict.Actual));
    }

    /// <summary>Contract: AddAsync: when it shares a day with a stored period; returns timesheet period overlaps.</summary>
    [Fact]
    public async Task AddAsync_WhenItSharesADayWithAStoredPeriod_ReturnsTimesheetPeriodOverlaps()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);

        var result = await repository.AddAsync(WeekPeriod(2, Monday.PlusDays(6)), Ct);

        var overlaps = Assert.IsType<TimesheetPeriodOverlaps>(result.Value);
        Assert.Equal((PeriodId(1), WeekPeriod(2, Monday.PlusDays(6)).Days), (overlaps.ExistingPeriodId, overlaps.Days));
        Assert.Null(await repository.GetAsync(PeriodId(2), Ct));
    }

    /// <summary>Contract: AddAsync: when it lies inside or around a stored period; returns timesheet period overlaps.</summary>
    [Fact]
    public async Task AddAsync_WhenItLiesInsideOrAroundAStoredPeriod_ReturnsTimesheetPeriodOverlaps()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);

        var inside = await repository.AddAsync(TimesheetPeriod.Open(PeriodId(2), new NodaTime.DateInterval(Monday.PlusDays(2), Monday.PlusDays(2))), Ct);
        var around = await repository.AddAsync(TimesheetPeriod.Open(PeriodId(3), new NodaTime.DateInterval(Monday.PlusDays(-10), Monday.PlusDays(20))), Ct);

        Assert.Equal(PeriodId(1), Assert.IsType<TimesheetPeriodOverlaps>(inside.Value).ExistingPeriodId);
        Assert.Equal(PeriodId(1), Assert.IsType<TimesheetPeriodOverlaps>(around.Value).ExistingPeriodId);
    }

    /// <summary>Contract: AddAsync: when it starts the day after a stored period ends; stores it.</summary>
    [Fact]
    public async Task AddAsync_WhenAdjacentToAStoredPeriod_StoresIt()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);

        var before = await repository.AddAsync(WeekPeriod(2, Monday.PlusDays(-7)), Ct);
        var after = await repository.AddAsync(WeekPeriod(3, Monday.PlusDays(7)), Ct);

        Assert.True(before.IsT0);
        Assert.True(after.IsT0);
    }

    /// <summary>Contract: AddAsync: when many writers add overlapping periods at once; exactly one is stored.</summary>
    [Fact]
    public async Task AddAsync_WhenManyWritersAddOverlappingPeriodsAtOnce_ExactlyOneIsStored()
    {
        var repository = CreateRepository();
        var periods = Enumerable.Range(1, 8).Select(n => WeekPeriod(n, Monday.PlusDays(n % 3))).ToList();

        var results = await Task.WhenAll(periods.Select(p => Task.Run(() => repository.AddAsync(p, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        Assert.Equal(7, results.Count(r => r.IsT2));
        var stored = await repository.FindOverlappingAsync(new NodaTime.DateInterval(Monday.PlusDays(-30), Monday.PlusDays(30)), PageRequest.First(10), Ct);
        Assert.Equal(1, stored.TotalCount);
    }

    /// <summary>Contract: SaveAsync: when loaded version is current; stores the change.</summary>
    [Fact]
    public async Task SaveAsync_WhenLoadedVersionIsCurrent_StoresTheChange()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);
        var loaded = (await repository.GetAsync(PeriodId(1), Ct))!;
        loaded.Close(Admin, Now);

        var result = await repository.SaveAsync(loaded, Ct);

        Assert.True(result.IsT0);
        var stored = (await repository.GetAsync(PeriodId(1), Ct))!;
        Assert.Equal(loaded.ToSnapshot(), stored.ToSnapshot());
        Assert.True(stored.IsClosed);
        Assert.Equal(AggregateVersion.From(2), stored.Version);
    }

    /// <summary>Contract: SaveAsync: when someone saved first; returns concurrency conflict.</summary>
    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);
        var first = (await repository.GetAsync(PeriodId(1), Ct))!;
        var second = (await repository.GetAsync(PeriodId(1), Ct))!;
        first.Close(Admin, Now);
        second.Close(Admin, Now);

        var won = await repository.SaveAsync(first, Ct);
        var lost = await repository.SaveAsync(second, Ct);

        Assert.True(won.IsT0);
        var conflict = Assert.IsType<ConcurrencyConflict>(lost.Value);
        Assert.Equal((AggregateVersion.From(1), AggregateVersion.From(2)), (conflict.Expected, conflict.Actual));
    }

    /// <summary>Contract: SaveAsync: when never added; returns concurrency conflict with no stored version.</summary>
    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();

        var result = await repository.SaveAsync(WeekPeriod(1, Monday), Ct);

        Assert.Null(Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
    }

    /// <summary>Contract: FindOverlappingAsync: returns the periods sharing a day, by first day.</summary>
    [Fact]
    public async Task FindOverlappingAsync_ReturnsThePeriodsSharingADayByFirstDay()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(3, Monday.PlusDays(14)), Ct);
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);
        await repository.AddAsync(WeekPeriod(2, Monday.PlusDays(7)), Ct);

        var page = await repository.FindOverlappingAsync(new NodaTime.DateInterval(Monday.PlusDays(6), Monday.PlusDays(7)), PageRequest.First(10), Ct);

        Assert.Equal([PeriodId(1), PeriodId(2)], page.Items.Select(p => p.Id));
        Assert.Equal(2, page.TotalCount);
    }

    /// <summary>Contract: FindOverlappingAsync: pages in the fixed order, open and closed periods alike.</summary>
    [Fact]
    public async Task FindOverlappingAsync_PagesInTheFixedOrder()
    {
        var repository = CreateRepository();
        for (int n = 5; n >= 1; n--)
        {
            var period = WeekPeriod(n, Monday.PlusDays(7 * n));
            if (n % 2 == 0)
            {
                period.Close(Admin, Now);
            }
            Assert.True((await repository.AddAsync(period, Ct)).IsT0);
        }
        var all = new NodaTime.DateInterval(Monday, Monday.PlusDays(100));

        var first = await repository.FindOverlappingAsync(all, PageRequest.First(2), Ct);
        var third = await repository.FindOverlappingAsync(all, PageRequest.First(2).Next().Next(), Ct);

        Assert.Equal([PeriodId(1), PeriodId(2)], first.Items.Select(p => p.Id));
        Assert.Equal([PeriodId(5)], third.Items.Select(p => p.Id));
        Assert.Equal(5, third.TotalCount);
        Assert.False(third.HasMore);
    }

    /// <summary>Contract: SaveAsync: when cancelled; stores nothing.</summary>
    [Fact]
    public async Task SaveAsync_WhenCancelled_StoresNothing()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);
        var loaded = (await repository.GetAsync(PeriodId(1), Ct))!;
        loaded.Close(Admin, Now);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveAsync(loaded, cancelled.Token));

        Assert.False((await repository.GetAsync(PeriodId(1), Ct))!.IsClosed);
    }

    /// <summary>Contract: GetAsync: returns a copy, so changes are stored only by saving.</summary>
    [Fact]
    public async Task GetAsync_ReturnsACopy_SoChangesAreStoredOnlyBySaving()
    {
        var repository = CreateRepository();
        await repository.AddAsync(WeekPeriod(1, Monday), Ct);
        var loaded = (await repository.GetAsync(PeriodId(1), Ct))!;

        loaded.Close(Admin, Now);

        Assert.False((await repository.GetAsync(PeriodId(1), Ct))!.IsClosed);
    }
}
