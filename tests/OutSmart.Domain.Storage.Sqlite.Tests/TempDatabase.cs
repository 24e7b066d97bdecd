using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using OutSmart.Domain.Storage.Relational;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>A SQLite database file in a fresh temporary folder, removed (with its WAL files) on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private static int _counter;
    private readonly string _folder = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), "outsmart-sqlite-tests", $"{Environment.ProcessId}-{Interlocked.Increment(ref _counter)}");

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "outsmart.db");
    }

    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2026, 3, 2, 8, 0));

    public string Path { get; }

    public SqliteStorageOptions Options => SqliteStorageOptions.FromFile(Path);

    /// <summary>Returns a new store over the file, as a new process would open it.</summary>
    public RelationalStore OpenStore() => SqliteStorage.CreateStore(Options, Clock);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection of another test may still hold the file for a moment; the temp folder is cleaned later.
        }
    }
}

/// <summary>Temporary databases created during one test, removed when it ends.</summary>
public sealed class TempDatabases : IDisposable
{
    private readonly List<TempDatabase> _databases = [];

    /// <summary>Returns a new, empty database file.</summary>
    public TempDatabase New()
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return database;
    }

    public void Dispose() => _databases.ForEach(d => d.Dispose());
}
