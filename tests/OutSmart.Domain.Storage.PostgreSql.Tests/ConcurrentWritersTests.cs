using NodaTime;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.PostgreSql.Tests;

/// <summary>
/// Runs the kit's concurrent-writer suite against PostgreSQL: one schema per test, and every writer on a data source
/// and store of its own (its own connection pool), as separate hosts on one database would be.
/// </summary>
public sealed class ConcurrentWritersTests(PostgreSqlServerFixture server) : ConcurrentWritersContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "writers");
    private readonly Lazy<string> _schema = new(() => server.CreateSchema("writers"));

    protected override Duration RunFor => Duration.FromSeconds(2);

    protected override ITaskRepository CreateTaskRepository() => new RelationalTaskRepository(StoreOnSharedSchema());

    protected override IWorkOrderRepository CreateWorkOrderRepository() => new RelationalWorkOrderRepository(StoreOnSharedSchema());

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    private RelationalStore StoreOnSharedSchema() => PostgreSqlStorage.CreateStore(_stores.CreateDataSource(_schema.Value), PostgreSqlStores.Clock);
}
