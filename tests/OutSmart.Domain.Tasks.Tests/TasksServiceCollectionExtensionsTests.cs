using Microsoft.Extensions.DependencyInjection;

namespace OutSmart.Domain.Tasks.Tests;

public sealed class TasksServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOutSmartTasks_WhenNothingRegistered_RegistersAllowAllPolicy()
    {
        var services = new ServiceCollection();

        services.AddOutSmartTasks();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(TaskDevicePolicy));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.Same(TaskDevicePolicy.AllowAll, descriptor.ImplementationInstance);
    }

    [Fact]
    public void AddOutSmartTasks_WhenPolicyAlreadyRegistered_KeepsIt()
    {
        var services = new ServiceCollection();
        var policy = TaskDevicePolicy.Create(false, true, false);
        services.AddSingleton(policy);

        services.AddOutSmartTasks().AddOutSmartTasks();

        Assert.Same(policy, Assert.Single(services, d => d.ServiceType == typeof(TaskDevicePolicy)).ImplementationInstance);
    }

    [Fact]
    public void AddOutSmartTasks_DoesNotRegisterAClock()
    {
        var services = new ServiceCollection();

        services.AddOutSmartTasks();

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(NodaTime.IClock));
    }
}
