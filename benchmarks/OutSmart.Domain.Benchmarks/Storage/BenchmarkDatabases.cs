using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using OutSmart.Domain.Storage.PostgreSql;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Sqlite;
using OutSmart.Domain.TestSupport;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>One benchmark database: the adapter's store over it, and raw connections opened with the same settings.</summary>
/// <param name="Kind">SQLite or PostgreSQL.</param>
/// <param name="Name">The file path (SQLite) or database name (PostgreSQL).</param>
/// <param name="Store">The adapter's store, migrated.</param>
/// <param name="Connect">Returns a new, closed connection from the same connection string or data source as the store's.</param>
internal sealed record BenchmarkDatabase(StoreKind Kind, string Name, RelationalStore Store, Func<DbConnection> Connect)
{
    /// <summary>Opens a raw connection prepared exactly as the adapter prepares its own (the dialect's session settings).</summary>
    public async Task<DbConnection> OpenPreparedAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = Connect();
        await connection.OpenAsync(cancellationToken);
        await Store.Dialect.PrepareConnectionAsync(connection, cancellationToken);
        return connection;
    }

    /// <summary>Runs one statement on a raw prepared connection.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenPreparedAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Brings the planner's statistics up to date, as a maintained database has them: <c>ANALYZE</c> in SQLite;
    /// <c>VACUUM ANALYZE</c> in PostgreSQL, which autovacuum runs after a bulk insert (it also sets the visibility map,
    /// which lets a count skip the table's pages).</summary>
    public Task AnalyzeAsync(CancellationToken cancellationToken) =>
        ScalarAsync(Kind == StoreKind.PostgreSql ? "VACUUM ANALYZE" : "ANALYZE", cancellationToken);

    /// <summary>Returns the query plan of <paramref name="sql"/>, with <c>@name</c> parameters replaced by the literals given.</summary>
    public async Task<string> ExplainAsync(string sql, IReadOnlyDictionary<string, string> literals, CancellationToken cancellationToken)
    {
        string text = sql;
        foreach ((string name, string literal) in literals.OrderByDescending(p => p.Key.Length))
        {
            text = text.Replace("@" + name, literal, StringComparison.Ordinal);
        }
        await using DbConnection connection = await OpenPreparedAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = (Kind == StoreKind.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + text;
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(Kind == StoreKind.Sqlite
                ? string.Create(CultureInfo.InvariantCulture, $"{reader.GetValue(0)}/{reader.GetValue(1)}: {reader.GetString(3)}")
                : reader.GetString(0));
        }
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// The databases of one benchmark process: SQLite files in the temporary folder and, when a PostgreSQL case runs, one
/// throwaway PostgreSQL server (<see cref="PostgreSqlTestServer"/>) with a database per <see cref="CreateAsync"/>.
/// Disposal closes every pool, drops the databases, stops the server and deletes the files.
/// </summary>
internal sealed class BenchmarkDatabases : IAsyncDisposable
{
    private readonly PostgreSqlTestServer? _server;
    private readonly List<(BenchmarkDatabase Database, NpgsqlDataSource? DataSource)> _databases = [];
    private int _created;

    private BenchmarkDatabases(PostgreSqlTestServer? server) => _server = server;

    /// <summary>Starts what <paramref name="kind"/> needs: a PostgreSQL server for <see cref="StoreKind.PostgreSql"/>, nothing otherwise.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or its server did not start.</exception>
    public static async Task<BenchmarkDatabases> StartAsync(StoreKind kind)
    {
        if (kind != StoreKind.PostgreSql)
        {
            return new BenchmarkDatabases(null);
        }
        string bin = PostgreSqlTestServer.FindBinDirectory()
            ?? throw new InvalidOperationException(StorageBenchmarkConfig.PostgreSqlMissing);
        return new BenchmarkDatabases(await PostgreSqlTestServer.StartAsync(bin, CancellationToken.None));
    }

    /// <summary>Starts what <paramref name="kind"/> needs (see <see cref="StartAsync"/>), blocking; for BenchmarkDotNet's setup methods.</summary>
    public static BenchmarkDatabases Start(StoreKind kind) => StartAsync(kind).GetAwaiter().GetResult();

    /// <summary>Creates a new, empty database of <paramref name="kind"/> and migrates it with the adapter.</summary>
    public async Task<BenchmarkDatabase> CreateAsync(StoreKind kind, CancellationToken cancellationToken)
    {
        int number = Interlocked.Increment(ref _created);
        BenchmarkDatabase database;
        NpgsqlDataSource? dataSource = null;
        switch (kind)
        {
            case StoreKind.Sqlite:
                string path = Path.Combine(Path.GetTempPath(), $"outsmart-bench-{Environment.ProcessId}-{number}.db");
                DeleteSqliteFiles(path);
                var options = SqliteStorageOptions.FromFile(path);
                database = new BenchmarkDatabase(kind, path, SqliteStorage.CreateStore(options, BenchmarkClock.Fixed), () => new SqliteConnection(options.ConnectionString));
                break;
            case StoreKind.PostgreSql:
                PostgreSqlTestServer server = _server ?? throw new InvalidOperationException("This process started no PostgreSQL server.");
                string name = $"bench_{number}";
                dataSource = PostgreSqlStorage.CreateDataSource(await server.CreateDatabaseAsync(name, cancellationToken));
                database = new BenchmarkDatabase(kind, name, PostgreSqlStorage.CreateStore(dataSource, BenchmarkClock.Fixed), dataSource.CreateConnection);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only SQLite and PostgreSQL have databases.");
        }
        _databases.Add((database, dataSource));
        await database.Store.MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>Drops one database made by <see cref="CreateAsync"/>: its pool is closed and its file or database removed.</summary>
    public async Task DropAsync(BenchmarkDatabase database)
    {
        int index = _databases.FindIndex(d => ReferenceEquals(d.Database, database));
        if (index < 0)
        {
            return;
        }
        NpgsqlDataSource? dataSource = _databases[index].DataSource;
        _databases.RemoveAt(index);
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
            await using var connection = new NpgsqlConnection(_server!.ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            DeleteSqliteFiles(database.Name);
        }
    }

    /// <summary>Drops every database, stops the server and deletes the files.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach ((BenchmarkDatabase database, _) in _databases.ToArray())
        {
            await DropAsync(database);
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static void DeleteSqliteFiles(string path)
    {
        foreach (string file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
