using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using Xunit;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// The contract every <see cref="IContractRepository"/> adapter must pass. A host team references the
/// <c>OutSmart.Domain.Storage.Testing</c> package from its adapter's xUnit v3 test project, derives one sealed class
/// from this one, returns a fresh, empty repository from <see cref="CreateRepository"/> and runs the tests.
/// </summary>
/// <remarks>
/// The suite knows nothing about any adapter: it uses only the port, the domain and <see cref="ContractBuilder"/>. It
/// covers reading, adding and saving (the stored state compared snapshot for snapshot, losslessly for every kind of
/// contract value), a duplicate add, version conflicts, a race of writers on one contract, the generation window of
/// <see cref="IContractRepository.FindGeneratingOnAsync"/> at its boundaries (also after a termination, notice or
/// planning change is saved), each query's id order and paging, <see cref="IContractRepository.SaveManyAsync"/> (mixed
/// conflicts, input order, a repeated contract, a batch refused as a whole, racing batches) and cancellation.
/// </remarks>
public abstract class ContractRepositoryContract
{
    private static readonly Instant T0 = ContractBuilder.Now;
    private static readonly Actor Planner = ContractBuilder.Planner;
    private static readonly CustomerId OtherCustomer = new(new Guid("c1000000-0000-0000-0000-000000000002"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Returns a new, empty repository; called once per test.</summary>
    /// <returns>The repository.</returns>
    protected abstract IContractRepository CreateRepository();

    // Arranges a new repository that holds the contracts, added in order; each add must succeed.
    private async Task<IContractRepository> CreateRepositoryWithAsync(params Contract[] contracts)
    {
        var repository = CreateRepository();
        foreach (Contract stored in contracts)
        {
            Assert.True((await repository.AddAsync(stored, Ct)).IsT0);
        }
        return repository;
    }

    private static IEnumerable<ContractId> Numbered(params int[] numbers) => numbers.Select(ContractBuilder.NumberedId);

    private static async Task<Contract> LoadAsync(IContractRepository repository, ContractId id) =>
        await repository.GetAsync(id, Ct) ?? throw new InvalidOperationException($"Contract {id.Value} is not stored.");

    /// <summary>Contract: GetAsync: when missing; returns null.</summary>
    [Fact]
    public async Task GetAsync_WhenMissing_ReturnsNull()
    {
        var repository = CreateRepository();

        Assert.Null(await repository.GetAsync(ContractBuilder.DefaultId, Ct));
    }

    /// <summary>Contract: AddAsync: when new; stores the contract at version one.</summary>
    [Fact]
    public async Task AddAsync_WhenNew_StoresTheContractAtVersionOne()
    {
        var repository = CreateRepository();
        var contract = ContractBuilder.Rich(ContractBuilder.DefaultId);
        var expected = contract.ToSnapshot();

        var result = await repository.AddAsync(contract, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(1), contract.Version);
        var stored = await LoadAsync(repository, ContractBuilder.DefaultId);
        Assert.Equal(expected.WithVersion(AggregateVersion.From(1)), stored.ToSnapshot());
        Assert.Empty(stored.DomainEvents);
    }

    /// <summary>Contract: a stored contract of every kind reads back equal, value for value, and plans the same.</summary>
    /// <param name="kind">Which <see cref="ContractBuilder"/> contract.</param>
    [Theory]
    [InlineData("rich")]
    [InlineData("corrective")]
    [InlineData("yearly orders")]
    [InlineData("plain")]
    public async Task GetAsync_OfEveryKindOfContract_ReadsBackEveryValueLosslessly(string kind)
    {
        var repository = CreateRepository();
        var contract = kind switch
        {
            "rich" => ContractBuilder.Rich(ContractBuilder.DefaultId),
            "corrective" => ContractBuilder.Corrective(ContractBuilder.DefaultId),
            "yearly orders" => ContractBuilder.YearlyOrders(ContractBuilder.DefaultId),
            _ => ContractBuilder.AContract().Build(),
        };
        await repository.AddAsync(contract, Ct);

        var stored = await LoadAsync(repository, ContractBuilder.DefaultId);

        Assert.Equal(contract.ToSnapshot(), stored.ToSnapshot());
        Assert.Equal(contract.History, stored.History);
        Assert.Equal(contract.LastDay, stored.LastDay);
        Assert.Equal(contract.FindWarnings(), stored.FindWarnings());
        Assert.Equal(contract.Service.Sla?.Priorities ?? [], stored.Service.Sla?.Priorities ?? []);
        Assert.Equal(contract.LastCompletions.KeyComparer.Compare("a", "B"), stored.LastCompletions.KeyComparer.Compare("a", "B"));
    }

    /// <summary>Contract: AddAsync: when id is already stored; returns concurrency conflict and keeps the stored one.</summary>
    [Fact]
    public async Task AddAsync_WhenIdIsAlreadyStored_ReturnsConcurrencyConflict()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var duplicate = ContractBuilder.AContract().ForCustomer(OtherCustomer).Build();

        var result = await repository.AddAsync(duplicate, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(ContractBuilder.DefaultId.Value, conflict.Id);
        Assert.Equal(AggregateVersion.New, conflict.Expected);
        Assert.Equal(AggregateVersion.From(1), conflict.Actual);
        Assert.Equal(AggregateVersion.New, duplicate.Version);
        Assert.Equal(ContractBuilder.DefaultCustomer, (await LoadAsync(repository, ContractBuilder.DefaultId)).CustomerId);
    }

    /// <summary>Contract: AddAsync: when the contract was saved before; throws.</summary>
    [Fact]
    public async Task AddAsync_WhenContractWasSavedBefore_Throws()
    {
        var repository = CreateRepository();
        var contract = ContractBuilder.AContract().Build();
        await repository.AddAsync(contract, Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => repository.AddAsync(contract, Ct));
    }

    /// <summary>Contract: SaveAsync: when version matches; stores changes and moves to the next version.</summary>
    [Fact]
    public async Task SaveAsync_WhenVersionMatches_StoresChangesAndMovesToTheNextVersion()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.Rich(ContractBuilder.DefaultId));
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.RecordVisitCompleted("filters", new LocalDate(2026, 3, 25), Planner, T0);
        contract.MarkGeneratedThrough(new LocalDate(2026, 4, 1));

        var result = await repository.SaveAsync(contract, Ct);

        Assert.True(result.IsT0);
        Assert.Equal(AggregateVersion.From(2), contract.Version);
        var stored = await LoadAsync(repository, ContractBuilder.DefaultId);
        Assert.Equal(contract.ToSnapshot(), stored.ToSnapshot());
        Assert.Equal(new LocalDate(2026, 3, 25), stored.LastCompletions["filters"]);
    }

    /// <summary>Contract: SaveAsync: when someone saved first; returns concurrency conflict and keeps their change.</summary>
    [Fact]
    public async Task SaveAsync_WhenSomeoneSavedFirst_ReturnsConcurrencyConflictAndKeepsTheirChange()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var mine = await LoadAsync(repository, ContractBuilder.DefaultId);
        var theirs = await LoadAsync(repository, ContractBuilder.DefaultId);
        theirs.MarkGeneratedThrough(new LocalDate(2026, 2, 1));
        await repository.SaveAsync(theirs, Ct);
        mine.MarkGeneratedThrough(new LocalDate(2026, 3, 1));

        var result = await repository.SaveAsync(mine, Ct);

        var conflict = Assert.IsType<ConcurrencyConflict>(result.Value);
        Assert.Equal(AggregateVersion.From(1), conflict.Expected);
        Assert.Equal(AggregateVersion.From(2), conflict.Actual);
        Assert.Equal(AggregateVersion.From(1), mine.Version);
        Assert.Equal(new LocalDate(2026, 2, 1), (await LoadAsync(repository, ContractBuilder.DefaultId)).GeneratedThrough);
    }

    /// <summary>Contract: SaveAsync: when never added; returns concurrency conflict without actual version.</summary>
    [Fact]
    public async Task SaveAsync_WhenNeverAdded_ReturnsConcurrencyConflictWithoutActualVersion()
    {
        var repository = CreateRepository();

        var result = await repository.SaveAsync(ContractBuilder.AContract().Build(), Ct);

        Assert.Null(Assert.IsType<ConcurrencyConflict>(result.Value).Actual);
        Assert.Null(await repository.GetAsync(ContractBuilder.DefaultId, Ct));
    }

    /// <summary>Contract: GetAsync: when the returned contract changes; storage does not change until saved.</summary>
    [Fact]
    public async Task GetAsync_WhenTheReturnedContractChanges_StorageDoesNotChangeUntilSaved()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var first = await LoadAsync(repository, ContractBuilder.DefaultId);

        first.Terminate(new LocalDate(2026, 6, 30), ContractCancellation.Create(CancellationReason.Other, "test"), Planner, T0);
        var second = await LoadAsync(repository, ContractBuilder.DefaultId);

        Assert.NotSame(first, second);
        Assert.Null(second.Termination);
    }

    /// <summary>Contract: AddAsync: when the added contract changes afterwards; storage keeps the added state.</summary>
    [Fact]
    public async Task AddAsync_WhenTheAddedContractChangesAfterwards_StorageKeepsTheAddedState()
    {
        var repository = CreateRepository();
        var contract = ContractBuilder.AContract().Build();
        await repository.AddAsync(contract, Ct);

        contract.MarkGeneratedThrough(new LocalDate(2026, 5, 1));

        Assert.Null((await LoadAsync(repository, ContractBuilder.DefaultId)).GeneratedThrough);
    }

    /// <summary>Contract: SaveAsync: when many writers race on one contract; exactly one wins each version.</summary>
    [Fact]
    public async Task SaveAsync_WhenManyWritersRaceOnOneContract_ExactlyOneWinsEachVersion()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var copies = new List<Contract>();
        for (int i = 0; i < 8; i++)
        {
            var copy = await LoadAsync(repository, ContractBuilder.DefaultId);
            copy.MarkGeneratedThrough(new LocalDate(2026, 2, 1 + i));
            copies.Add(copy);
        }

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => repository.SaveAsync(c, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.IsT0));
        var stored = await LoadAsync(repository, ContractBuilder.DefaultId);
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Assert.Equal(copies[Array.FindIndex(results, r => r.IsT0)].GeneratedThrough, stored.GeneratedThrough);
    }

    /// <summary>Contract: FindGeneratingOnAsync: includes a contract from its start minus the days in advance through its
    /// last day, and no day outside.</summary>
    /// <param name="day">The run day.</param>
    /// <param name="included">Whether the contract (start 1 March 2026, 14 days in advance, one year) may generate.</param>
    [Theory]
    [InlineData("2026-02-14", false)]
    [InlineData("2026-02-15", true)]
    [InlineData("2026-03-01", true)]
    [InlineData("2027-02-28", true)]
    [InlineData("2027-03-01", false)]
    public async Task FindGeneratingOnAsync_AtTheBoundariesOfTheWindow_IncludesExactlyTheDaysThatMayGenerate(string day, bool included)
    {
        var contract = ContractBuilder.AContract().StartingOn(new LocalDate(2026, 3, 1)).WithDaysInAdvance(14).Build();
        var runDay = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        Assert.Equal(included, contract.MayGenerateOn(runDay));
        var repository = await CreateRepositoryWithAsync(contract);

        var page = await repository.FindGeneratingOnAsync(runDay, PageRequest.First(10), Ct);

        Assert.Equal(included ? 1 : 0, page.TotalCount);
        Assert.Equal(included ? [ContractBuilder.DefaultId] : [], page.Items.Select(c => c.Id));
    }

    /// <summary>Contract: FindGeneratingDuringAsync: includes a contract when at least one day of the interval may
    /// generate for it (start 1 March 2026, 14 days in advance, one year), and only then.</summary>
    /// <param name="first">The interval's first run day.</param>
    /// <param name="last">The interval's last run day.</param>
    /// <param name="included">Whether some day of the interval may generate.</param>
    [Theory]
    [InlineData("2026-01-01", "2026-02-14", false)]
    [InlineData("2026-01-01", "2026-02-15", true)]
    [InlineData("2026-02-15", "2026-02-15", true)]
    [InlineData("2027-02-28", "2027-12-31", true)]
    [InlineData("2027-03-01", "2027-12-31", false)]
    [InlineData("2025-01-01", "2028-01-01", true)]
    public async Task FindGeneratingDuringAsync_AtTheBoundariesOfTheWindow_IncludesExactlyTheContractsSomeDayMayGenerateFor(string first, string last, bool included)
    {
        var contract = ContractBuilder.AContract().StartingOn(new LocalDate(2026, 3, 1)).WithDaysInAdvance(14).Build();
        var days = new DateInterval(NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(last).Value);
        Assert.Equal(included, days.Any(contract.MayGenerateOn));
        var repository = await CreateRepositoryWithAsync(contract);

        var page = await repository.FindGeneratingDuringAsync(days, PageRequest.First(10), Ct);

        Assert.Equal(included ? 1 : 0, page.TotalCount);
        Assert.Equal(included ? [ContractBuilder.DefaultId] : [], page.Items.Select(c => c.Id));
    }

    /// <summary>Contract: FindGeneratingOnAsync: after a termination is saved; leaves the contract out after its new last day.</summary>
    [Fact]
    public async Task FindGeneratingOnAsync_AfterATerminationIsSaved_LeavesTheContractOutAfterItsLastDay()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.Terminate(new LocalDate(2026, 2, 28), ContractCancellation.Create(CancellationReason.CustomerRequest, "Moved away"), Planner, T0);
        Assert.True((await repository.SaveAsync(contract, Ct)).IsT0);

        var march = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.First(10), Ct);
        var february = await repository.FindGeneratingOnAsync(new LocalDate(2026, 2, 28), PageRequest.First(10), Ct);

        Assert.Empty(march.Items);
        Assert.Equal(0, march.TotalCount);
        Assert.Single(february.Items);
    }

    /// <summary>Contract: FindGeneratingOnAsync: a renewing contract has no known last day until notice is saved.</summary>
    [Fact]
    public async Task FindGeneratingOnAsync_WhenARenewingContractGetsNotice_EndsItsWindowAtTheNoticeEnd()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Renewing().Build());
        var farFuture = new LocalDate(2040, 1, 1);
        Assert.Equal(1, (await repository.FindGeneratingOnAsync(farFuture, PageRequest.First(10), Ct)).TotalCount);
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.GiveNotice(new LocalDate(2026, 6, 1), Planner, T0);
        Assert.True((await repository.SaveAsync(contract, Ct)).IsT0);
        LocalDate end = contract.LastDay!.Value;

        Assert.Equal(0, (await repository.FindGeneratingOnAsync(farFuture, PageRequest.First(10), Ct)).TotalCount);
        Assert.Equal(1, (await repository.FindGeneratingOnAsync(end, PageRequest.First(10), Ct)).TotalCount);
        Assert.Equal(0, (await repository.FindGeneratingOnAsync(end.PlusDays(1), PageRequest.First(10), Ct)).TotalCount);
    }

    /// <summary>Contract: FindGeneratingOnAsync: a saved planning change moves the first run day.</summary>
    [Fact]
    public async Task FindGeneratingOnAsync_WhenTheDaysInAdvanceChangeAndAreSaved_UsesTheNewWindow()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().StartingOn(new LocalDate(2026, 3, 1)).WithDaysInAdvance(0).Build());
        var day = new LocalDate(2026, 2, 20);
        Assert.Equal(0, (await repository.FindGeneratingOnAsync(day, PageRequest.First(10), Ct)).TotalCount);
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.ChangePlanning(contract.Planning.WithDaysInAdvance(10), Planner, T0);
        Assert.True((await repository.SaveManyAsync([contract], Ct)).Single().IsT0);

        var page = await repository.FindGeneratingOnAsync(day, PageRequest.First(10), Ct);

        Assert.Equal([ContractBuilder.DefaultId], page.Items.Select(c => c.Id));
    }

    /// <summary>Contract: FindGeneratingOnAsync: pages the contracts that may generate that day in id order.</summary>
    [Fact]
    public async Task FindGeneratingOnAsync_WhenPaged_ListsTheMatchesOnceInIdOrder()
    {
        var repository = CreateRepository();
        for (int i = 9; i >= 1; i--)
        {
            var start = i % 3 == 0 ? new LocalDate(2027, 1, 1) : new LocalDate(2026, 1, 1);
            await repository.AddAsync(ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(i)).StartingOn(start).Build(), Ct);
        }

        var first = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.First(4), Ct);
        var second = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), first.Request.Next(), Ct);
        var past = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.Create(10, 4), Ct);

        Assert.Equal(6, first.TotalCount);
        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.Equal(Numbered(1, 2, 4, 5, 7, 8), first.Items.Concat(second.Items).Select(c => c.Id));
        Assert.Empty(past.Items);
        Assert.Equal(6, past.TotalCount);
    }

    /// <summary>Contract: FindByCustomerAsync: lists only the customer's contracts, in id order, whatever their state.</summary>
    [Fact]
    public async Task FindByCustomerAsync_ListsOnlyTheCustomersContractsInIdOrder()
    {
        var terminated = ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(2)).Build();
        terminated.Terminate(new LocalDate(2026, 1, 31), ContractCancellation.Create(CancellationReason.NonPayment, ""), Planner, T0);
        var repository = await CreateRepositoryWithAsync(
            ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(5)).Build(),
            ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(3)).ForCustomer(OtherCustomer).Build(),
            terminated,
            ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(4)).StartingOn(new LocalDate(2030, 1, 1)).Build());

        var first = await repository.FindByCustomerAsync(ContractBuilder.DefaultCustomer, PageRequest.First(2), Ct);
        var second = await repository.FindByCustomerAsync(ContractBuilder.DefaultCustomer, first.Request.Next(), Ct);
        var other = await repository.FindByCustomerAsync(OtherCustomer, PageRequest.First(10), Ct);

        Assert.Equal(3, first.TotalCount);
        Assert.Equal(Numbered(2, 4, 5), first.Items.Concat(second.Items).Select(c => c.Id));
        Assert.Equal([ContractBuilder.NumberedId(3)], other.Items.Select(c => c.Id));
        Assert.Equal(0, (await repository.FindByCustomerAsync(new CustomerId(Guid.Parse("c1000000-0000-0000-0000-000000000009")), PageRequest.First(10), Ct)).TotalCount);
    }

    /// <summary>Contract: SaveManyAsync: when every version matches; stores every contract and marks each saved.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenEveryVersionMatches_StoresEveryContractAndMarksEachSaved()
    {
        var repository = CreateRepository();
        for (int i = 1; i <= 5; i++)
        {
            await repository.AddAsync(ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(i)).Build(), Ct);
        }
        var loaded = new List<Contract>();
        for (int i = 5; i >= 1; i--)
        {
            var contract = await LoadAsync(repository, ContractBuilder.NumberedId(i));
            contract.MarkGeneratedThrough(new LocalDate(2026, 1, 10 + i));
            loaded.Add(contract);
        }

        var results = await repository.SaveManyAsync(loaded, Ct);

        Assert.Equal(5, results.Length);
        Assert.All(results, r => Assert.True(r.IsT0));
        foreach (Contract contract in loaded)
        {
            Assert.Equal(AggregateVersion.From(2), contract.Version);
            Assert.Equal(contract.ToSnapshot(), (await LoadAsync(repository, contract.Id)).ToSnapshot());
        }
    }

    /// <summary>Contract: SaveManyAsync: with mixed conflicts; writes the others and answers in input order.</summary>
    [Fact]
    public async Task SaveManyAsync_WithMixedConflicts_WritesTheOthersAndAnswersInInputOrder()
    {
        var repository = CreateRepository();
        for (int i = 1; i <= 3; i++)
        {
            await repository.AddAsync(ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(i)).Build(), Ct);
        }
        var stale = await LoadAsync(repository, ContractBuilder.NumberedId(2));
        var theirs = await LoadAsync(repository, ContractBuilder.NumberedId(2));
        theirs.MarkGeneratedThrough(new LocalDate(2026, 1, 2));
        await repository.SaveAsync(theirs, Ct);
        var third = await LoadAsync(repository, ContractBuilder.NumberedId(3));
        var neverAdded = ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(7)).Build();
        var first = await LoadAsync(repository, ContractBuilder.NumberedId(1));
        Contract[] batch = [third, stale, neverAdded, first];
        foreach (Contract contract in batch)
        {
            contract.MarkGeneratedThrough(new LocalDate(2026, 1, 20));
        }

        var results = await repository.SaveManyAsync(batch, Ct);

        Assert.Equal([true, false, false, true], results.Select(r => r.IsT0).ToArray());
        var staleConflict = results[1].AsT1;
        Assert.Equal(ContractBuilder.NumberedId(2).Value, staleConflict.Id);
        Assert.Equal(AggregateVersion.From(1), staleConflict.Expected);
        Assert.Equal(AggregateVersion.From(2), staleConflict.Actual);
        Assert.Equal(ContractBuilder.NumberedId(7).Value, results[2].AsT1.Id);
        Assert.Null(results[2].AsT1.Actual);
        Assert.Equal([2L, 1L, 0L, 2L], batch.Select(c => c.Version.Value).ToArray());
        Assert.Equal(new LocalDate(2026, 1, 20), (await LoadAsync(repository, ContractBuilder.NumberedId(1))).GeneratedThrough);
        Assert.Equal(new LocalDate(2026, 1, 2), (await LoadAsync(repository, ContractBuilder.NumberedId(2))).GeneratedThrough);
        Assert.Equal(new LocalDate(2026, 1, 20), (await LoadAsync(repository, ContractBuilder.NumberedId(3))).GeneratedThrough);
        Assert.Null(await repository.GetAsync(ContractBuilder.NumberedId(7), Ct));
    }

    /// <summary>Contract: SaveManyAsync: when a contract appears twice; writes it once and the repeat conflicts.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenAContractAppearsTwice_WritesTheFirstAndTheRepeatConflicts()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var once = await LoadAsync(repository, ContractBuilder.DefaultId);
        var again = await LoadAsync(repository, ContractBuilder.DefaultId);
        once.MarkGeneratedThrough(new LocalDate(2026, 1, 5));
        again.MarkGeneratedThrough(new LocalDate(2026, 1, 9));

        var results = await repository.SaveManyAsync([once, again], Ct);

        Assert.True(results[0].IsT0);
        Assert.Equal(AggregateVersion.From(2), results[1].AsT1.Actual);
        var stored = await LoadAsync(repository, ContractBuilder.DefaultId);
        Assert.Equal(AggregateVersion.From(2), stored.Version);
        Assert.Equal(new LocalDate(2026, 1, 5), stored.GeneratedThrough);
    }

    /// <summary>Contract: SaveManyAsync: when empty; returns no results.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenEmpty_ReturnsNoResults()
    {
        var repository = CreateRepository();

        var results = await repository.SaveManyAsync([], Ct);

        Assert.Empty(results);
    }

    /// <summary>Contract: SaveManyAsync: when an item is null; throws and stores nothing of the batch.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenAnItemIsNull_ThrowsAndStoresNothing()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.MarkGeneratedThrough(new LocalDate(2026, 1, 5));

        await Assert.ThrowsAsync<ArgumentNullException>(() => repository.SaveManyAsync([contract, null!], Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => repository.SaveManyAsync(null!, Ct));

        Assert.Equal(AggregateVersion.From(1), contract.Version);
        Assert.Null((await LoadAsync(repository, ContractBuilder.DefaultId)).GeneratedThrough);
    }

    /// <summary>Contract: SaveManyAsync: when cancelled; throws, stores nothing and marks nothing saved.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenCancelled_ThrowsAndStoresNothing()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.MarkGeneratedThrough(new LocalDate(2026, 1, 5));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveManyAsync([contract], cancelled.Token));

        Assert.Equal(AggregateVersion.From(1), contract.Version);
        Assert.Null((await LoadAsync(repository, ContractBuilder.DefaultId)).GeneratedThrough);
    }

    /// <summary>Contract: SaveManyAsync: when batches over the same contracts race (in opposite orders); each contract
    /// is written exactly once and no batch fails.</summary>
    [Fact]
    public async Task SaveManyAsync_WhenBatchesRaceOnTheSameContracts_EachContractIsWrittenOnce()
    {
        var repository = CreateRepository();
        const int count = 12;
        for (int i = 1; i <= count; i++)
        {
            await repository.AddAsync(ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(i)).Build(), Ct);
        }
        var batches = new List<List<Contract>>();
        for (int b = 0; b < 4; b++)
        {
            var batch = new List<Contract>();
            foreach (int i in b % 2 == 0 ? Enumerable.Range(1, count) : Enumerable.Range(1, count).Reverse())
            {
                var contract = await LoadAsync(repository, ContractBuilder.NumberedId(i));
                contract.MarkGeneratedThrough(new LocalDate(2026, 1, 1 + b));
                batch.Add(contract);
            }
            batches.Add(batch);
        }

        var results = await Task.WhenAll(batches.Select(batch => Task.Run(() => repository.SaveManyAsync(batch, Ct), Ct)));

        for (int i = 1; i <= count; i++)
        {
            var id = ContractBuilder.NumberedId(i);
            var winners = Enumerable.Range(0, batches.Count)
                .Where(b => results[b][batches[b].FindIndex(c => c.Id == id)].IsT0)
                .ToList();
            var winner = Assert.Single(winners);
            var stored = await LoadAsync(repository, id);
            Assert.Equal(AggregateVersion.From(2), stored.Version);
            Assert.Equal(new LocalDate(2026, 1, 1 + winner), stored.GeneratedThrough);
        }
    }

    /// <summary>Contract: GetAsync: when cancelled; throws.</summary>
    [Fact]
    public async Task GetAsync_WhenCancelled_Throws()
    {
        var repository = CreateRepository();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.GetAsync(ContractBuilder.DefaultId, cancelled.Token));
    }

    /// <summary>Contract: AddAsync: when cancelled; throws and stores nothing.</summary>
    [Fact]
    public async Task AddAsync_WhenCancelled_ThrowsAndStoresNothing()
    {
        var repository = CreateRepository();
        var contract = ContractBuilder.AContract().Build();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddAsync(contract, cancelled.Token));

        Assert.Equal(AggregateVersion.New, contract.Version);
        Assert.Null(await repository.GetAsync(ContractBuilder.DefaultId, Ct));
    }

    /// <summary>Contract: SaveAsync: when cancelled; throws and keeps the stored state.</summary>
    [Fact]
    public async Task SaveAsync_WhenCancelled_ThrowsAndKeepsTheStoredState()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        var contract = await LoadAsync(repository, ContractBuilder.DefaultId);
        contract.MarkGeneratedThrough(new LocalDate(2026, 1, 5));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.SaveAsync(contract, cancelled.Token));

        Assert.Equal(AggregateVersion.From(1), contract.Version);
        Assert.Null((await LoadAsync(repository, ContractBuilder.DefaultId)).GeneratedThrough);
    }

    /// <summary>Contract: the queries: when cancelled; throw.</summary>
    [Fact]
    public async Task FindAsync_WhenCancelled_Throws()
    {
        var repository = await CreateRepositoryWithAsync(ContractBuilder.AContract().Build());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.First(10), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.FindByCustomerAsync(ContractBuilder.DefaultCustomer, PageRequest.First(10), cancelled.Token));
    }
}
