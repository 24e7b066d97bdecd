using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.WorkOrders;

/// <summary>Runs the <see cref="IWorkOrderRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlWorkOrderRepositoryTests(PostgreSqlServerFixture server) : WorkOrderRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "work_orders");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override IWorkOrderRepository CreateRepository() => new RelationalWorkOrderRepository(_stores.Create());
}
