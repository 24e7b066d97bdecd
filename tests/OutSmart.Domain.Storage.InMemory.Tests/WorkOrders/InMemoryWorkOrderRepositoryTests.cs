using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.WorkOrders.Tests.Ports;

namespace OutSmart.Domain.Storage.InMemory.Tests.WorkOrders;

/// <summary>Runs the <see cref="IWorkOrderRepository"/> contract against the in-memory adapter.</summary>
public sealed class InMemoryWorkOrderRepositoryTests : WorkOrderRepositoryContract
{
    protected override IWorkOrderRepository CreateRepository() => new InMemoryWorkOrderRepository();
}
