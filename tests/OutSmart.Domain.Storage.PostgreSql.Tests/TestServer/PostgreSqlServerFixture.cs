using Npgsql;
using OutSmart.Domain.TestSupport;

[assembly: AssemblyFixture(typeof(OutSmart.Domain.Storage.PostgreSql.Tests.TestServer.PostgreSqlServerFixture))]

namespace OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;

/// <summary>
/// The one throwaway PostgreSQL server of this test assembly, shared by every test class (an xUnit v3 assembly
/// fixture): started before the first test, stopped and deleted after the last one, also when tests fail.
/// </summary>
/// <remarks>
/// A test asks for its own database or schema through <see cref="CreateDatabaseAsync"/> or
/// <see cref="CreateSchemaAsync"/>. When no server can be started, that call skips the test with a one-line reason on
/// a developer machine, and fails it when the environment variable <c>CI</c> is <c>true</c>: in CI these tests must run.
/// </remarks>
public sealed class PostgreSqlServerFixture : IAsyncLifetime
{
    private PostgreSqlTestServer? _server;
    private string? _unavailable;
    private int _counter;

    /// <summary>Gets whether the environment says this is a CI run, where a missing server is a failure.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("CI") == "1";

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        string? bin = PostgreSqlTestServer.FindBinDirectory();
        if (bin is null)
        {
            _unavailable = "PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin (or OUTSMART_PG_BIN).";
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            _server = await PostgreSqlTestServer.StartAsync(bin, timeout.Token);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException
            or OperationCanceledException or System.ComponentModel.Win32Exception or NpgsqlException)
        {
            _unavailable = $"PostgreSQL from {bin} could not be started: {OneLine(exception.Message)}";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Gets the running server; skips (or in CI fails) the calling test when there is none.</summary>
    internal PostgreSqlTestServer Server
    {
        get
        {
            if (_server is null)
            {
                string reason = _unavailable ?? "The PostgreSQL test server was not initialised.";
                if (IsCi)
                {
                    Assert.Fail($"{reason} In CI (CI=true) the PostgreSQL tests must run.");
                }
                Assert.Skip(reason);
            }
            return _server;
        }
    }

    /// <summary>Creates a new, empty database and returns a connection string to it.</summary>
    /// <param name="prefix">A short lower-case name that says which test class owns the database.</param>
    public Task<string> CreateDatabaseAsync(string prefix) =>
        Server.CreateDatabaseAsync(UniqueName(prefix), TestContext.Current.CancellationToken);

    /// <summary>
    /// Creates a new, empty schema in the shared database and returns a connection string whose search path is that
    /// schema only, so everything an adapter creates lands there.
    /// </summary>
    /// <param name="prefix">A short lower-case name that says which test owns the schema.</param>
    public async Task<string> CreateSchemaAsync(string prefix)
    {
        string name = UniqueName(prefix);
        string shared = Server.ConnectionString("postgres");
        await using var connection = new NpgsqlConnection(shared);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"CREATE SCHEMA \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return new NpgsqlConnectionStringBuilder(shared) { SearchPath = name }.ConnectionString;
    }

    /// <summary>
    /// Creates a new, empty schema synchronously (for a suite that asks for a fresh repository synchronously) and
    /// returns a connection string whose search path is that schema only.
    /// </summary>
    /// <param name="prefix">A short lower-case name that says which test owns the schema.</param>
    public string CreateSchema(string prefix)
    {
        string name = UniqueName(prefix);
        string shared = Server.ConnectionString("postgres");
        using var connection = new NpgsqlConnection(shared);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA \"{name}\"", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(shared) { SearchPath = name }.ConnectionString;
    }

    private string UniqueName(string prefix) => $"{prefix}_{Interlocked.Increment(ref _counter)}";

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
