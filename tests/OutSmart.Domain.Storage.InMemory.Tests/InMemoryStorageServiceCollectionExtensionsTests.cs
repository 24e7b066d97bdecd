using Microsoft.Extensions.DependencyInjection;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.Storage.InMemory.Tests;

public sealed class InMemoryStorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOutSmartInMemoryStorage_WhenNothingRegistered_RegistersTheTaskRepositoryAsSingleton()
    {
        var services = new ServiceCollection();

        services.AddOutSmartInMemoryStorage();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(ITaskRepository));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.Equal(typeof(InMemoryTaskRepository), descriptor.ImplementationType);
    }

    [Fact]
    public void AddOutSmartInMemoryStorage_WhenARepositoryIsAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        var mine = new InMemoryTaskRepository();
        services.AddSingleton<ITaskRepository>(mine);

        services.AddOutSmartInMemoryStorage();

        Assert.Same(mine, Assert.Single(services, d => d.ServiceType == typeof(ITaskRepository)).ImplementationInstance);
    }
}
