using Ardalis.GuardClauses;
using Npgsql;

namespace OutSmart.Domain.Storage.PostgreSql;

/// <summary>Builds the Npgsql data sources the adapters use: NodaTime types mapped (<c>UseNodaTime</c>).</summary>
internal static class PostgreSqlDataSources
{
    /// <summary>Builds a data source for <paramref name="connectionString"/> that reads and writes NodaTime values.</summary>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null, empty or not a connection string.</exception>
    public static NpgsqlDataSource Create(string connectionString)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        return builder.Build();
    }
}
