using System.Diagnostics;
using Npgsql;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;

namespace OutSmart.Domain.Storage.PostgreSql.Tests.Processes;

/// <summary>
/// A process adding tasks is killed with SIGKILL at a random point and run again: afterwards every task is stored once,
/// each with all four of its employee rows, and nothing half-written remains.
/// </summary>
public sealed class KilledWriterTests(PostgreSqlServerFixture server) : IAsyncDisposable
{
    private const int Count = 300;
    private readonly PostgreSqlStores _stores = new(server, "killed");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_WhenTheWriterIsKilledMidwayAndRunAgain_StoresEveryTaskOnceAndWhole()
    {
        string connectionString = server.CreateSchema("killed");
        int killAfter = Random.Shared.Next(5, Count / 2);

        (List<string> first, bool killed) = await RunAdderAsync(connectionString, killAfter);
        (List<string> second, _) = await RunAdderAsync(connectionString, killAfter: null);

        Assert.True(killed, "The first run finished before it could be killed.");
        Assert.DoesNotContain(first.Concat(second), line => line.StartsWith("error", StringComparison.Ordinal));
        Assert.Equal("done", second[^1]);
        int addedFirst = first.Count(line => line.StartsWith("added", StringComparison.Ordinal));
        int addedSecond = second.Count(line => line.StartsWith("added", StringComparison.Ordinal));
        int existingSecond = second.Count(line => line.StartsWith("existing", StringComparison.Ordinal));
        Assert.Equal(Count, addedSecond + existingSecond);
        // Every add the killed run reported is found by the rerun; it may find a few more that committed unreported.
        Assert.InRange(existingSecond, addedFirst, Count);
        NpgsqlDataSource dataSource = _stores.CreateDataSource(connectionString);
        await using NpgsqlCommand check = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM tasks),
                   (SELECT count(*) FROM tasks t WHERE (SELECT count(*) FROM task_employees e WHERE e.task_id = t.id) <> 4),
                   (SELECT count(*) FROM task_employees e WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = e.task_id))
            """);
        await using NpgsqlDataReader reader = await check.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(Count, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
        Assert.Equal(0, reader.GetInt64(2));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed after {addedFirst} reported adds (aimed at {killAfter}); the rerun found {existingSecond} stored and added {addedSecond}");
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    // Runs the adder; with killAfter, kills it with SIGKILL once it has reported that many adds.
    private static async Task<(List<string> Lines, bool Killed)> RunAdderAsync(string connectionString, int? killAfter)
    {
        using Process process = ChildProcess.Start(AdderProcess.Arguments(connectionString, Count));
        var lines = new List<string>();
        bool killed = false;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(Ct) is { } line)
            {
                lines.Add(line);
                if (killAfter is { } after && lines.Count(l => l.StartsWith("added", StringComparison.Ordinal)) >= after)
                {
                    process.Kill(); // SIGKILL: no finally blocks, no rollback by the client
                    killed = true;
                    break;
                }
            }
            await process.WaitForExitAsync(Ct);
            return (lines, killed);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
