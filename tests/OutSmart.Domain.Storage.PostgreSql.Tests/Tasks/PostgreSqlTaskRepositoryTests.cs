using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Tasks;

/// <summary>Runs the <see cref="ITaskRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlTaskRepositoryTests(PostgreSqlServerFixture server) : TaskRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "tasks");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override ITaskRepository CreateRepository() => new RelationalTaskRepository(_stores.Create());
}
