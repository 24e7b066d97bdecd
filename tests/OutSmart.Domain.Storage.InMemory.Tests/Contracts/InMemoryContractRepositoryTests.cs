using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.InMemory.Tests.Contracts;

/// <summary>Runs the <see cref="IContractRepository"/> contract against the in-memory adapter, plus its own checks.</summary>
public sealed class InMemoryContractRepositoryTests : ContractRepositoryContract
{
    protected override IContractRepository CreateRepository() => new InMemoryContractRepository();

    [Fact]
    public async Task Count_WhenContractsAdded_CountsThem()
    {
        var repository = new InMemoryContractRepository();

        await repository.AddAsync(ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(1)).Build(), TestContext.Current.CancellationToken);
        await repository.AddAsync(ContractBuilder.AContract().WithId(ContractBuilder.NumberedId(2)).Build(), TestContext.Current.CancellationToken);

        Assert.Equal(2, repository.Count);
    }
}
