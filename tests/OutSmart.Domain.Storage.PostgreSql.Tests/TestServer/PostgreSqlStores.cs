using NodaTime;
using NodaTime.Testing;
using Npgsql;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;

/// <summary>
/// Hands a test as many empty PostgreSQL stores as it asks for, each in a new schema with its own data source; disposing
/// it closes every data source's connections (the schemas go with the server).
/// </summary>
/// <param name="server">The test server.</param>
/// <param name="prefix">A short lower-case name for the schemas, saying which test class owns them.</param>
public sealed class PostgreSqlStores(PostgreSqlServerFixture server, string prefix) : IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    /// <summary>Gets the clock the stores record migrations with.</summary>
    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2026, 12, 4, 21, 0));

    /// <summary>Creates a store over a new, empty schema; it migrates on first use.</summary>
    public RelationalStore Create() => PostgreSqlStorage.CreateStore(CreateDataSource(), Clock);

    /// <summary>Creates a data source over a new, empty schema.</summary>
    public NpgsqlDataSource CreateDataSource() => CreateDataSource(server.CreateSchema(prefix));

    /// <summary>Creates a data source of its own (its own connection pool) for a connection string.</summary>
    public NpgsqlDataSource CreateDataSource(string connectionString)
    {
        NpgsqlDataSource dataSource = PostgreSqlStorage.CreateDataSource(connectionString);
        lock (_dataSources)
        {
            _dataSources.Add(dataSource);
        }
        return dataSource;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (NpgsqlDataSource dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }
}
