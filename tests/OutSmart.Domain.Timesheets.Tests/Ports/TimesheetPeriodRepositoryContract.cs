using NodaTime;
using OutSmart.Domain.Abstractions;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Ports;

/// <summary>The contract every <see cref="ITimesheetPeriodRepository"/> adapter must pass: versions, the overlap
/// refusal, the query order, cancellation and isolation.</summary>
public abstract class TimesheetPeriodRepositoryContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    protected abstract ITimesheetPeriodRepository CreateRepository();

    private static TimesheetPeriodId PeriodId(int n) => new(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 2]));

    private static TimesheetPeriod Week(int n, LocalDate start) => TimesheetPeriod.Open(PeriodId(n), new DateInterval(start, start.PlusDays(6)));

    [Fact]
    public async Task AddAsync_WhenNew_StoresThePeriodAtVersionOne()
    {
        var repository = CreateRepository();
        var period = Week(1, Monday);
        period.Close(Admin, Now);

        var result = await repository.AddAsync(period, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(period.ToSnapshot(), (await repository.GetAsync(PeriodId(1), Ct))!.ToSnapshot());
    }

    [Fact]
    public async Task AddAsync_WhenItSharesADayWithAStoredPeriod_ReturnsTimesheetPeriodOverlaps()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Week(1, Monday), Ct);

        var result = await repository.AddAsync(Week(2, Monday.PlusDays(6)), Ct);

        Assert.Equal(PeriodId(1), Assert.IsType<TimesheetPeriodOverlaps>(result.Value).ExistingPeriodId);
        Assert.Null(await repository.GetAsync(PeriodId(2), Ct));
    }

    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflict()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Week(1, Monday), Ct);
        var first = (await repository.GetAsync(PeriodId(1), Ct))!;
        var second = (await repository.GetAsync(PeriodId(1), Ct))!;
        first.Close(Admin, Now);
        second.Close(Admin, Now);

        var won = await repository.SaveAsync(first, Ct);
        var lost = await repository.SaveAsync(second, Ct);

        Assert.True(won.IsT0);
        Assert.IsType<ConcurrencyConflict>(lost.Value);
    }

    [Fact]
    public async Task FindOverlappingAsync_ReturnsThePeriodsSharingADayByFirstDay()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Week(3, Monday.PlusDays(14)), Ct);
        await repository.AddAsync(Week(1, Monday), Ct);
        await repository.AddAsync(Week(2, Monday.PlusDays(7)), Ct);

        var page = await repository.FindOverlappingAsync(new DateInterval(Monday.PlusDays(6), Monday.PlusDays(7)), PageRequest.First(10), Ct);

        Assert.Equal([PeriodId(1), PeriodId(2)], page.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task SaveAsync_WhenCancelled_StoresNothing()
    {
        var repository = CreateRepository();
        await repository.AddAsync(Week(1, Monday), Ct);
        var loaded = (await repository.GetAsync(PeriodId(1), Ct))!;
        loaded.Close(Admin, Now);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveAsync(loaded, cancelled.Token));

        Assert.False((await repository.GetAsync(PeriodId(1), Ct))!.IsClosed);
    }
}
