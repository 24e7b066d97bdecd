using Npgsql;

using OutSmart.Domain.TestSupport;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;

/// <summary>The throwaway server itself: it answers, and disposing it stops it and removes its folder.</summary>
public sealed class PostgreSqlTestServerTests(PostgreSqlServerFixture fixture)
{
    [Fact]
    public async Task CreateDatabaseAsync_WhenServerRuns_GivesAnEmptyDatabaseOnLoopback()
    {
        string connectionString = await fixture.CreateDatabaseAsync("server");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        long tables = (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(0, tables);
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(connectionString).Host);
    }

    [Fact]
    public async Task DisposeAsync_WhenServerRan_StopsItAndDeletesItsFolder()
    {
        _ = fixture.Server; // skips, or fails in CI, when PostgreSQL cannot run here
        var before = Directory.GetDirectories(Path.GetTempPath(), "outsmart-pg-*").ToHashSet();
        var server = await PostgreSqlTestServer.StartAsync(PostgreSqlTestServer.FindBinDirectory()!, TestContext.Current.CancellationToken);
        string folder = Assert.Single(Directory.GetDirectories(Path.GetTempPath(), "outsmart-pg-*"), f => !before.Contains(f));
        string connectionString = server.ConnectionString("postgres") + ";Pooling=false;Timeout=2";

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder));
        await using var connection = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync(TestContext.Current.CancellationToken));
    }
}
