using Microsoft.Extensions.DependencyInjection;

namespace OutSmart.Domain.WorkOrders.Tests;

public sealed class WorkOrdersServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOutSmartWorkOrders_WhenCalled_RegistersDefaultPolicies()
    {
        using ServiceProvider provider = new ServiceCollection().AddOutSmartWorkOrders().BuildServiceProvider();

        Assert.Same(WorkOrderPolicy.Default, provider.GetRequiredService<WorkOrderPolicy>());
        Assert.Same(SignatureInkPolicy.Default, provider.GetRequiredService<SignatureInkPolicy>());
    }

    [Fact]
    public void AddOutSmartWorkOrders_WhenHostRegisteredPolicyFirst_KeepsIt()
    {
        var company = WorkOrderPolicy.Default.WithSignatureRequired(true).WithMinimumPhotos(2).WithHoursRequired(true);

        using ServiceProvider provider = new ServiceCollection().AddSingleton(company).AddOutSmartWorkOrders().BuildServiceProvider();

        Assert.Same(company, provider.GetRequiredService<WorkOrderPolicy>());
    }
}
