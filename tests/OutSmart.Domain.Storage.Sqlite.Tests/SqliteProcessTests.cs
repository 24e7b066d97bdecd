using Microsoft.Data.Sqlite;
using OutSmart.Domain.TestSupport.Processes;

namespace OutSmart.Domain.Storage.Sqlite.Tests;

/// <summary>How this project's child processes and their tests open a store: the location is a database file path.</summary>
internal static class SqliteChildStore
{
    public static ChildStore Open(string path)
    {
        SqliteStorageOptions options = SqliteStorageOptions.FromFile(path);
        return new ChildStore(SqliteStorage.CreateStore(options, TempDatabase.Clock), async cancellationToken =>
        {
            var connection = new SqliteConnection(options.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return connection;
        });
    }
}

/// <summary>The shared eight-writer-processes test on one SQLite file.</summary>
public sealed class SqliteSeparateProcessWritersTests : SeparateProcessWritersSuite
{
    protected override string CreateDatabase() => Owned(new TempDatabase()).Path;

    protected override ChildStore Open(string location) => SqliteChildStore.Open(location);
}

/// <summary>The shared kill -9 test of a process adding tasks to one SQLite file.</summary>
public sealed class SqliteKilledAdderTests : KilledAdderSuite
{
    protected override string CreateDatabase() => Owned(new TempDatabase()).Path;

    protected override ChildStore Open(string location) => SqliteChildStore.Open(location);
}

/// <summary>The shared generation kill -9 and four-generator tests on one SQLite file.</summary>
public sealed class SqliteGenerationProcessTests : GenerationProcessSuite
{
    protected override string CreateDatabase() => Owned(new TempDatabase()).Path;

    protected override ChildStore Open(string location) => SqliteChildStore.Open(location);
}
