using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using static OutSmart.Domain.Contracts.Tests.TestData.ContractFixtures;

namespace OutSmart.Domain.Contracts.Tests.Ports;

// The IContractRepository port contract (versions, queries, SaveManyAsync) is the kit's ContractRepositoryContract,
// run against the in-memory adapter in OutSmart.Domain.Storage.InMemory.Tests.
public sealed class ContractsRegistrationTests
{
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
