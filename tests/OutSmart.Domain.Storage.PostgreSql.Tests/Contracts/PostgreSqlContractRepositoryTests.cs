using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Contracts;

/// <summary>Runs the <see cref="IContractRepository"/> contract against PostgreSQL, each repository in a new schema.</summary>
public sealed class PostgreSqlContractRepositoryTests(PostgreSqlServerFixture server) : ContractRepositoryContract, IAsyncDisposable
{
    private readonly PostgreSqlStores _stores = new(server, "contracts");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    protected override IContractRepository CreateRepository() => new RelationalContractRepository(_stores.Create());
}
