using Microsoft.Data.Sqlite;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>The schema is created and migrated by the adapter: versioned, forward-only, once, without races.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDatabases _databases = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _databases.Dispose();

    [Fact]
    public async Task MigrateAsync_WhenTheDatabaseIsNew_AppliesEveryMigrationAndRecordsIt()
    {
        TempDatabase database = _databases.New();

        int applied = await database.OpenStore().MigrateAsync(Ct);

        Assert.Equal(SqliteDialect.Instance.Migrations.Count, applied);
        Assert.Equal(SqliteDialect.Instance.Migrations.Select(m => (long)m.Version), await ReadVersionsAsync(database));
    }

    [Fact]
    public async Task MigrateAsync_WhenAnotherStoreMigratedAlready_AppliesNothing()
    {
        TempDatabase database = _databases.New();
        await database.OpenStore().MigrateAsync(Ct);

        int applied = await database.OpenStore().MigrateAsync(Ct);

        Assert.Equal(0, applied);
        Assert.Equal(SqliteDialect.Instance.Migrations.Count, (await ReadVersionsAsync(database)).Count);
    }

    [Fact]
    public async Task MigrateAsync_WhenCalledTwiceOnOneStore_RunsOnce()
    {
        RelationalStore store = _databases.New().OpenStore();

        int first = await store.MigrateAsync(Ct);
        int second = await store.MigrateAsync(Ct);

        Assert.Equal(SqliteDialect.Instance.Migrations.Count, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task MigrateAsync_WhenManyStoresMigrateANewDatabaseAtOnce_AppliesEachMigrationExactlyOnce()
    {
        for (int round = 0; round < 5; round++)
        {
            TempDatabase database = _databases.New();
            RelationalStore[] stores = [.. Enumerable.Range(0, 8).Select(_ => database.OpenStore())];
            using var start = new Barrier(stores.Length);

            int[] applied = await Task.WhenAll(stores.Select(store => Task.Run(() =>
            {
                start.SignalAndWait(Ct);
                return store.MigrateAsync(Ct);
            }, Ct)));

            Assert.Equal(SqliteDialect.Instance.Migrations.Count, applied.Sum());
            Assert.Equal(SqliteDialect.Instance.Migrations.Select(m => (long)m.Version), await ReadVersionsAsync(database));
        }
    }

    [Fact]
    public async Task MigrateAsync_WhenTheDatabaseHoldsAnUnknownMigration_RefusesIt()
    {
        TempDatabase database = _databases.New();
        await database.OpenStore().MigrateAsync(Ct);
        await ExecuteAsync(database, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 'x')");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => database.OpenStore().MigrateAsync(Ct));

        Assert.Contains("99", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_SwitchesTheDatabaseToWriteAheadLogging()
    {
        TempDatabase database = _databases.New();

        await database.OpenStore().MigrateAsync(Ct);

        await using var connection = new SqliteConnection(database.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Repository_WhenUsedBeforeMigrating_MigratesFirst()
    {
        TempDatabase database = _databases.New();
        var repository = new RelationalWorkflowRepository(database.OpenStore());

        var missing = await repository.GetAsync(new WorkOrders.WorkflowId(new Guid("44444444-4444-4444-4444-444444444441")), Ct);

        Assert.Null(missing);
        Assert.Equal(SqliteDialect.Instance.Migrations.Count, (await ReadVersionsAsync(database)).Count);
    }

    private static async Task<List<long>> ReadVersionsAsync(TempDatabase database)
    {
        await using var connection = new SqliteConnection(database.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            versions.Add(reader.GetInt64(0));
        }
        return versions;
    }

    private static async Task ExecuteAsync(TempDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.Options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
