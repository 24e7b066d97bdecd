using Ardalis.GuardClauses;
using NodaTime;
using Npgsql;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.PostgreSql;

/// <summary>Builds the pieces of the PostgreSQL adapter for a host that wires them without dependency injection.</summary>
/// <remarks>With dependency injection use <c>AddOutSmartPostgreSqlStorage</c>.</remarks>
public static class PostgreSqlStorage
{
    /// <summary>Builds a data source for <paramref name="connectionString"/> that also reads and writes NodaTime values
    /// (<c>UseNodaTime</c>: <c>timestamptz</c> as <see cref="Instant"/>, <c>date</c> as <see cref="LocalDate"/>, …).</summary>
    /// <param name="connectionString">An Npgsql connection string; its <c>Search Path</c>, when set, chooses the schema the
    /// adapter's tables live in.</param>
    /// <returns>A new data source; the caller disposes it.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null, blank or not a connection string.</exception>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        return builder.Build();
    }

    /// <summary>Creates the store the repositories share: the PostgreSQL dialect over connections from
    /// <paramref name="dataSource"/>. The schema is created or migrated on first use, under an advisory lock.</summary>
    /// <param name="dataSource">Where connections come from; it stays the caller's to dispose.</param>
    /// <param name="clock">Reads the instant recorded beside each applied migration.</param>
    /// <returns>A new store; thread-safe.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RelationalStore CreateStore(NpgsqlDataSource dataSource, IClock clock)
    {
        Guard.Against.Null(dataSource);
        Guard.Against.Null(clock);
        return new RelationalStore(PostgreSqlDialect.Instance, dataSource.CreateConnection, clock);
    }
}
