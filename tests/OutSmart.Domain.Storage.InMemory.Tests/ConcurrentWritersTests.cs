using NodaTime;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.InMemory.Tests;

/// <summary>Runs the kit's concurrent-writer suite against one in-memory store per test, shared by all writers.</summary>
public sealed class ConcurrentWritersTests : ConcurrentWritersContract
{
    private readonly InMemoryTaskRepository _tasks = new();
    private readonly InMemoryWorkOrderRepository _workOrders = new();

    protected override Duration RunFor => Duration.FromMilliseconds(500);

    protected override ITaskRepository CreateTaskRepository() => _tasks;

    protected override IWorkOrderRepository CreateWorkOrderRepository() => _workOrders;
}
