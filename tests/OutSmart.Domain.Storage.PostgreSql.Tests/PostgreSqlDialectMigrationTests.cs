using NodaTime;
using NodaTime.Testing;
using Npgsql;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.PostgreSql.Tests;

/// <summary>The PostgreSQL schema migrations: applied once, also when many stores start at once on a new database.</summary>
public sealed class PostgreSqlDialectMigrationTests(PostgreSqlServerFixture server)
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 12, 4, 21, 0));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_WhenEightStoresWithTheirOwnConnectionsStartAtOnceOnANewDatabase_AppliesEachMigrationOnce()
    {
        string connectionString = await server.CreateDatabaseAsync("migrate_race");
        // Each store has its own data source, so its own pool and connections, as separate processes would.
        NpgsqlDataSource[] sources = [.. Enumerable.Range(0, 8).Select(_ => PostgreSqlStorage.CreateDataSource(connectionString))];
        try
        {
            RelationalStore[] stores = [.. sources.Select(source => PostgreSqlStorage.CreateStore(source, Clock))];
            using var start = new Barrier(stores.Length);

            int[] applied = await Task.WhenAll(stores.Select(store => Task.Run(() =>
            {
                start.SignalAndWait(Ct);
                return store.MigrateAsync(Ct);
            }, Ct)));

            Assert.Equal(PostgreSqlDialect.Instance.Migrations.Count, applied.Sum());
            Assert.Equal(stores.Length - 1, applied.Count(count => count == 0));
            await using NpgsqlCommand rows = sources[0].CreateCommand("SELECT count(*), count(DISTINCT version) FROM schema_migrations");
            await using NpgsqlDataReader reader = await rows.ExecuteReaderAsync(Ct);
            Assert.True(await reader.ReadAsync(Ct));
            Assert.Equal(PostgreSqlDialect.Instance.Migrations.Count, reader.GetInt64(0));
            Assert.Equal(PostgreSqlDialect.Instance.Migrations.Count, reader.GetInt64(1));
        }
        finally
        {
            foreach (NpgsqlDataSource source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_WhenTheSchemaIsCurrent_AppliesNothingAndKeepsTheData()
    {
        string connectionString = await server.CreateSchemaAsync("migrate_again");
        await using NpgsqlDataSource source = PostgreSqlStorage.CreateDataSource(connectionString);
        await PostgreSqlStorage.CreateStore(source, Clock).MigrateAsync(Ct);
        await using (NpgsqlCommand insert = source.CreateCommand(
            "INSERT INTO workflows VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 1, 'boiler', 1, true, '{}')"))
        {
            await insert.ExecuteNonQueryAsync(Ct);
        }

        int applied = await PostgreSqlStorage.CreateStore(source, Clock).MigrateAsync(Ct);

        Assert.Equal(0, applied);
        await using NpgsqlCommand count = source.CreateCommand("SELECT count(*) FROM workflows");
        Assert.Equal(1L, await count.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task MigrateAsync_WhenTheSearchPathNamesASchema_CreatesEveryTableThere()
    {
        string connectionString = await server.CreateSchemaAsync("migrate_schema");
        string schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath!;
        await using NpgsqlDataSource source = PostgreSqlStorage.CreateDataSource(connectionString);

        await PostgreSqlStorage.CreateStore(source, Clock).MigrateAsync(Ct);

        await using NpgsqlCommand tables = source.CreateCommand(
            "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = $1");
        tables.Parameters.Add(new() { Value = schema });
        // Each migration's tables are there (a subset check, so a later migration adds its own without editing these).
        var created = ((string)(await tables.ExecuteScalarAsync(Ct))!).Split(',').ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { "schema_migrations", "task_employees", "task_links", "tasks", "work_order_assignees", "work_orders", "workflows" }, created);
        Assert.Superset(new HashSet<string> { "contracts" }, created);
        Assert.Superset(new HashSet<string> { "export_batches", "timesheet_employees", "timesheet_entries", "timesheet_periods" }, created);
    }
}
