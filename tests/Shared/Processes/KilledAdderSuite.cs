using System.Data.Common;
using System.Diagnostics;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// A process adding tasks (<see cref="AdderProcess"/>) is killed with SIGKILL at a random point and run again:
/// afterwards every task is stored once, each with all four of its employee rows, and nothing half-written remains.
/// </summary>
public abstract class KilledAdderSuite : ProcessTestBase
{
    private const int Count = 300;

    [Fact]
    public async Task AddAsync_WhenTheWriterIsKilledMidwayAndRunAgain_StoresEveryTaskOnceAndWhole()
    {
        string location = CreateDatabase();
        int killAfter = Random.Shared.Next(5, Count / 2);

        (List<string> first, bool killed) = await RunAdderAsync(location, killAfter);
        (List<string> second, _) = await RunAdderAsync(location, killAfter: null);

        Assert.True(killed, "The first run finished before it could be killed.");
        Assert.DoesNotContain(first.Concat(second), line => line.StartsWith("error", StringComparison.Ordinal));
        Assert.Equal("done", second[^1]);
        int addedFirst = first.Count(line => line.StartsWith("added", StringComparison.Ordinal));
        int addedSecond = second.Count(line => line.StartsWith("added", StringComparison.Ordinal));
        int existingSecond = second.Count(line => line.StartsWith("existing", StringComparison.Ordinal));
        Assert.Equal(Count, addedSecond + existingSecond);
        // Every add the killed run reported is found by the rerun; it may find a few more that committed unreported.
        Assert.InRange(existingSecond, addedFirst, Count);
        await using DbConnection connection = await OpenForTest(location).OpenConnectionAsync(Ct);
        await using DbCommand check = connection.CreateCommand();
        check.CommandText = """
            SELECT (SELECT count(*) FROM tasks),
                   (SELECT count(*) FROM tasks t WHERE (SELECT count(*) FROM task_employees e WHERE e.task_id = t.id) <> 4),
                   (SELECT count(*) FROM task_employees e WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = e.task_id))
            """;
        await using DbDataReader reader = await check.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(Count, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
        Assert.Equal(0, reader.GetInt64(2));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed after {addedFirst} reported adds (aimed at {killAfter}); the rerun found {existingSecond} stored and added {addedSecond}");
    }

    // Runs the adder; with killAfter, kills it with SIGKILL once it has reported that many adds.
    private static async Task<(List<string> Lines, bool Killed)> RunAdderAsync(string location, int? killAfter)
    {
        using Process process = ChildProcess.Start(AdderProcess.Arguments(location, Count));
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
