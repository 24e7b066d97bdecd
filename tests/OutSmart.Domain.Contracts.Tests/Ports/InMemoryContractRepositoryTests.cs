using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Ports;

public sealed class InMemoryContractRepositoryTests
{
    [Fact]
    public async Task SaveAsync_WhenAnotherWriterSavedFirst_ReturnsConcurrencyConflict()
    {
        var repository = new InMemoryContractRepository();
        await repository.AddAsync(Create(), TestContext.Current.CancellationToken);
        var first = (await repository.GetAsync(Id, TestContext.Current.CancellationToken))!;
        var second = (await repository.GetAsync(Id, TestContext.Current.CancellationToken))!;
        first.ChangeTemplate(Template(), Planner, Now);
        second.ChangeTemplate(Template(), Planner, Now);

        var won = await repository.SaveAsync(first, TestContext.Current.CancellationToken);
        var lost = await repository.SaveAsync(second, TestContext.Current.CancellationToken);

        Assert.True(won.IsT0);
        Assert.True(lost.IsT1);
    }

    [Fact]
    public async Task FindGeneratingOnAsync_PagesTheContractsThatMayGenerateThatDayInIdOrder()
    {
        var repository = new InMemoryContractRepository();
        for (int i = 9; i >= 1; i--)
        {
            var start = i % 3 == 0 ? new LocalDate(2027, 1, 1) : Start;
            await repository.AddAsync(Create(id: new ContractId(new Guid($"c0000000-0000-0000-0000-00000000000{i}")), start: start), TestContext.Current.CancellationToken);
        }

        var first = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.First(4), TestContext.Current.CancellationToken);
        var second = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.First(4).Next(), TestContext.Current.CancellationToken);

        Assert.Equal(6, first.TotalCount);
        Assert.Equal("124578", string.Concat(first.Items.Concat(second.Items).Select(c => c.Id.Value.ToString()[^1])));
    }

    [Fact]
    public async Task FindGeneratingOnAsync_AfterATerminationIsSaved_LeavesTheContractOutAfterItsLastDay()
    {
        var repository = new InMemoryContractRepository();
        await repository.AddAsync(Create(), TestContext.Current.CancellationToken);
        var contract = (await repository.GetAsync(Id, TestContext.Current.CancellationToken))!;
        contract.Terminate(new LocalDate(2026, 2, 28), Cancellation(), Planner, Now);
        await repository.SaveAsync(contract, TestContext.Current.CancellationToken);

        var march = await repository.FindGeneratingOnAsync(new LocalDate(2026, 3, 1), PageRequest.First(10), TestContext.Current.CancellationToken);
        var february = await repository.FindGeneratingOnAsync(new LocalDate(2026, 2, 28), PageRequest.First(10), TestContext.Current.CancellationToken);

        Assert.Empty(march.Items);
        Assert.Single(february.Items);
    }

    [Fact]
    public void AddOutSmartContracts_WithInMemoryStorageAndAClock_ResolvesTheServices()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddOutSmartInMemoryStorage()
            .AddOutSmartContracts()
            .BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<ContractCommands>());
        Assert.NotNull(provider.GetRequiredService<ContractGenerationService>());
        Assert.NotNull(provider.GetRequiredService<ContractChangeService>());
        Assert.IsType<InMemoryContractRepository>(provider.GetRequiredService<IContractRepository>());
    }
}
