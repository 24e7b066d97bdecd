using Npgsql;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.TestSupport.Processes;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Processes;

/// <summary>How this project's child processes and their tests open a store: the location is a connection string
/// (with the test's schema on its search path), opened on a data source of its own.</summary>
internal static class PostgreSqlChildStore
{
    public static ChildStore Open(string connectionString)
    {
        NpgsqlDataSource dataSource = PostgreSqlStorage.CreateDataSource(connectionString);
        return new ChildStore(PostgreSqlStorage.CreateStore(dataSource, PostgreSqlStores.Clock),
            async cancellationToken => await dataSource.OpenConnectionAsync(cancellationToken), dataSource);
    }
}

/// <summary>The shared eight-writer-processes test on one PostgreSQL schema.</summary>
public sealed class PostgreSqlSeparateProcessWritersTests(PostgreSqlServerFixture server) : SeparateProcessWritersSuite
{
    protected override string CreateDatabase() => server.CreateSchema("processes");

    protected override ChildStore Open(string location) => PostgreSqlChildStore.Open(location);
}

/// <summary>The shared kill -9 test of a process adding tasks to one PostgreSQL schema.</summary>
public sealed class PostgreSqlKilledAdderTests(PostgreSqlServerFixture server) : KilledAdderSuite
{
    protected override string CreateDatabase() => server.CreateSchema("killed");

    protected override ChildStore Open(string location) => PostgreSqlChildStore.Open(location);
}

/// <summary>The shared generation kill -9 and four-generator tests on one PostgreSQL schema.</summary>
public sealed class PostgreSqlGenerationProcessTests(PostgreSqlServerFixture server) : GenerationProcessSuite
{
    protected override string CreateDatabase() => server.CreateSchema("generation");

    protected override ChildStore Open(string location) => PostgreSqlChildStore.Open(location);
}
