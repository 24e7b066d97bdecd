using System.Collections.Concurrent;
using System.Data.Common;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Benchmarks.Storage;

/// <summary>
/// The hand-written floor beside each adapter: the least work that still writes or reads the aggregate's JSON text.
/// For a database, one raw ADO.NET statement on one open connection prepared with the adapter's own session settings
/// (<see cref="SqlDialect.PrepareConnectionAsync"/>): an <c>UPDATE</c> of the same JSON text in a <c>floor_rows</c>
/// table of the same column types, or a <c>SELECT</c> of it; no pool, no transaction beyond the statement's own, no
/// JSON writing or reading, no side rows. For the in-memory adapter, a dictionary that holds the snapshot.
/// </summary>
internal abstract class RowFloor : IAsyncDisposable
{
    /// <summary>Writes the row once more; returns the number of rows written.</summary>
    public abstract Task<int> SaveAsync(CancellationToken cancellationToken);

    /// <summary>Reads the row; returns the stored JSON text (or snapshot).</summary>
    public abstract Task<object?> LoadAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Creates the floor for <paramref name="aggregate"/>: in memory when <paramref name="database"/> is null,
    /// else a <c>floor_rows</c> row holding the JSON text the adapter stored.</summary>
    public static async Task<RowFloor> CreateAsync(BenchmarkDatabase? database, StoredAggregate aggregate, CancellationToken cancellationToken)
    {
        if (database is null)
        {
            var inMemory = new InMemoryFloor(aggregate);
            await inMemory.SaveAsync(cancellationToken);
            return inMemory;
        }
        DbConnection connection = await database.OpenPreparedAsync(cancellationToken);
        bool postgres = database.Kind == StoreKind.PostgreSql;
        object id = postgres ? aggregate.Id : aggregate.Id.ToString("D");
        await ExecuteAsync(connection, postgres
            ? "CREATE TABLE floor_rows (id uuid PRIMARY KEY, version bigint NOT NULL, snapshot json NOT NULL)"
            : "CREATE TABLE floor_rows (id TEXT NOT NULL PRIMARY KEY, version INTEGER NOT NULL, snapshot TEXT NOT NULL)", [], cancellationToken);
        int copied = await ExecuteAsync(connection,
            $"INSERT INTO floor_rows (id, version, snapshot) SELECT id, version, snapshot FROM {aggregate.Table} WHERE id = @id",
            [("id", id)], cancellationToken);
        if (copied != 1)
        {
            throw new InvalidOperationException($"The adapter stored no row {aggregate.Id} in {aggregate.Table}.");
        }
        DbCommand select = Command(connection, "SELECT snapshot FROM floor_rows WHERE id = @id", [("id", id)]);
        string json = (string)(await select.ExecuteScalarAsync(cancellationToken))!;
        DbCommand update = Command(connection,
            postgres
                ? "UPDATE floor_rows SET version = @version, snapshot = CAST(@snapshot AS json) WHERE id = @id"
                : "UPDATE floor_rows SET version = @version, snapshot = @snapshot WHERE id = @id",
            [("id", id), ("version", 1L), ("snapshot", json)]);
        return new SqlFloor(connection, update, select);
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class SqlFloor(DbConnection connection, DbCommand update, DbCommand select) : RowFloor
    {
        private long _version = 1;

        public override Task<int> SaveAsync(CancellationToken cancellationToken)
        {
            update.Parameters["@version"].Value = ++_version;
            return update.ExecuteNonQueryAsync(cancellationToken);
        }

        public override Task<object?> LoadAsync(CancellationToken cancellationToken) => select.ExecuteScalarAsync(cancellationToken);

        public override async ValueTask DisposeAsync()
        {
            await update.DisposeAsync();
            await select.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private sealed class InMemoryFloor(StoredAggregate aggregate) : RowFloor
    {
        private readonly ConcurrentDictionary<Guid, object> _rows = new();

        public override Task<int> SaveAsync(CancellationToken cancellationToken)
        {
            _rows[aggregate.Id] = aggregate.ToSnapshot();
            return Task.FromResult(1);
        }

        public override Task<object?> LoadAsync(CancellationToken cancellationToken) =>
            Task.FromResult(_rows.TryGetValue(aggregate.Id, out object? snapshot) ? snapshot : null);

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
