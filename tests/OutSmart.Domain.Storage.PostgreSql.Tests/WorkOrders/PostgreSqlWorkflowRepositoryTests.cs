using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.WorkOrders;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.WorkOrders;

/// <summary>Runs the <see cref="IWorkflowRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlWorkflowRepositoryTests(PostgreSqlServerFixture server) : WorkflowRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "workflows");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override IWorkflowRepository CreateRepository() => new RelationalWorkflowRepository(_stores.Create());
}
