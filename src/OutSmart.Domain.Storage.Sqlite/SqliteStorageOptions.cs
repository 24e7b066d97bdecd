using Ardalis.GuardClauses;
using Microsoft.Data.Sqlite;

namespace OutSmart.Domain.Storage.Sqlite;

/// <summary>Where the SQLite adapter keeps its data: a database file, or a full Microsoft.Data.Sqlite connection string.</summary>
/// <remarks>Two options are equal when their connection strings are equal (ordinal).</remarks>
public sealed record SqliteStorageOptions
{
    private SqliteStorageOptions(string connectionString) => ConnectionString = connectionString;

    /// <summary>Gets the Microsoft.Data.Sqlite connection string every connection is opened with.</summary>
    public string ConnectionString { get; }

    /// <summary>Uses a database file, created (with its schema) when missing.</summary>
    /// <param name="path">The file's path, absolute or relative to the working directory.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static SqliteStorageOptions FromFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return new(builder.ToString());
    }

    /// <summary>Uses a Microsoft.Data.Sqlite connection string as given.</summary>
    /// <param name="connectionString">The connection string, for example <c>Data Source=outsmart.db</c>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or not a valid connection string.</exception>
    public static SqliteStorageOptions FromConnectionString(string connectionString)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return new(new SqliteConnectionStringBuilder(connectionString).ToString());
    }
}
