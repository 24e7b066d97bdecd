using Ardalis.GuardClauses;
using Microsoft.Data.Sqlite;
using NodaTime;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.Sqlite;

/// <summary>Creates the SQLite-backed <see cref="RelationalStore"/> that the relational repositories run on.</summary>
public static class SqliteStorage
{
    /// <summary>Creates a store for a SQLite database; the schema is migrated on first use (or by
    /// <see cref="RelationalStore.MigrateAsync"/>).</summary>
    /// <param name="options">Where the data is kept.</param>
    /// <param name="clock">Reads the instant recorded beside each applied migration.</param>
    /// <returns>The store; pass it to <see cref="RelationalTaskRepository"/>, <see cref="RelationalWorkOrderRepository"/>,
    /// <see cref="RelationalWorkflowRepository"/> and <see cref="RelationalContractRepository"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RelationalStore CreateStore(SqliteStorageOptions options, IClock clock)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(clock);
        string connectionString = options.ConnectionString;
        return new RelationalStore(SqliteDialect.Instance, () => new SqliteConnection(connectionString), clock);
    }
}
