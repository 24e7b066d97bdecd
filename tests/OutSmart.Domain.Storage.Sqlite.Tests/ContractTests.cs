using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>Runs the kit's <see cref="ITaskRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteTaskRepositoryTests : TaskRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override ITaskRepository CreateRepository() => new RelationalTaskRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}

/// <summary>Runs the kit's <see cref="IWorkOrderRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteWorkOrderRepositoryTests : WorkOrderRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override IWorkOrderRepository CreateRepository() => new RelationalWorkOrderRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}

/// <summary>Runs the kit's <see cref="IWorkflowRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteWorkflowRepositoryTests : WorkflowRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override IWorkflowRepository CreateRepository() => new RelationalWorkflowRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}

/// <summary>Runs the kit's concurrent-writer suite against one SQLite file per test; every writer opens its own store,
/// as a separate host would.</summary>
public sealed class SqliteConcurrentWritersTests : ConcurrentWritersContract, IDisposable
{
    private readonly TempDatabase _database = new();

    protected override Duration RunFor => Duration.FromSeconds(1);

    protected override ITaskRepository CreateTaskRepository() => new RelationalTaskRepository(_database.OpenStore());

    protected override IWorkOrderRepository CreateWorkOrderRepository() => new RelationalWorkOrderRepository(_database.OpenStore());

    public void Dispose() => _database.Dispose();
}

/// <summary>Runs the kit's <see cref="IContractRepository"/> contract against a new SQLite file per repository.</summary>
public sealed class SqliteContractRepositoryTests : ContractRepositoryContract, IDisposable
{
    private readonly TempDatabases _databases = new();

    protected override IContractRepository CreateRepository() => new RelationalContractRepository(_databases.New().OpenStore());

    public void Dispose() => _databases.Dispose();
}
