using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// Contract generation in child processes (<see cref="GeneratorProcess"/>) against one database: a generator killed
/// with SIGKILL at a random point and run again, and several generators at once, leave exactly the work orders one
/// in-memory run creates, each once, whole, with its assignee rows.
/// </summary>
public abstract class GenerationProcessSuite : ProcessTestBase
{
    private const int Contracts = 24;
    private const int Days = 30;

    [Fact]
    public async Task Generate_WhenKilledAtARandomPointAndRunAgain_StoresTheCompleteSetOnceAndWhole()
    {
        string location = CreateDatabase();
        int killAfterDays = Random.Shared.Next(1, Days / 2);
        int delayMilliseconds = Random.Shared.Next(0, 30);

        (List<string> first, bool killed) = await RunGeneratorAsync(location, killAfterDays, delayMilliseconds);
        (List<string> second, _) = await RunGeneratorAsync(location, killAfterDays: null, 0);

        Assert.True(killed, "The first run finished before it could be killed.");
        Assert.DoesNotContain(first.Concat(second), line => line.StartsWith("error", StringComparison.Ordinal));
        (int createdSecond, int existingSecond) = Totals(second[^1]);
        int reportedFirst = first.Where(line => line.StartsWith("day", StringComparison.Ordinal)).Sum(line => Totals(line).Created);
        int expected = await AssertStoresWhatOneRunCreatesAsync(location);
        // The rerun creates what the killed run did not commit; the killed run may have committed a page it did not report.
        Assert.InRange(createdSecond, 0, expected - reportedFirst);
        Assert.True(existingSecond >= 0);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"killed {delayMilliseconds} ms into day {killAfterDays + 1} with {reportedFirst} reported created; the rerun created {createdSecond} and found {existingSecond}; {expected} in all"));
    }

    [Fact]
    public async Task Generate_WhenFourProcessesGenerateAtOnce_CreateEachWorkOrderOnce()
    {
        string location = CreateDatabase();
        // Create the schema first, so that the generators race on generation, not on migrating.
        await OpenForTest(location).Store.MigrateAsync(Ct);
        var processes = Enumerable.Range(0, 4).Select(_ => ChildProcess.Start(GeneratorProcess.Arguments(location, Contracts, Days))).ToList();
        var outputs = processes.Select(_ => new List<string>()).ToArray();
        try
        {
            // Day by day in lockstep: all four generate the same day at the same time.
            for (int day = 0; day < Days; day++)
            {
                foreach (Process process in processes)
                {
                    await process.StandardInput.WriteLineAsync("go".AsMemory(), Ct);
                    await process.StandardInput.FlushAsync(Ct);
                }
                for (int i = 0; i < processes.Count; i++)
                {
                    string line = await processes[i].StandardOutput.ReadLineAsync(Ct) ?? "error: the generator ended early";
                    outputs[i].Add(line);
                }
            }
            for (int i = 0; i < processes.Count; i++)
            {
                processes[i].StandardInput.Close();
                outputs[i].AddRange(await ReadToEndAsync(processes[i]));
            }
        }
        finally
        {
            foreach (Process process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
                process.Dispose();
            }
        }

        Assert.All(outputs, lines => Assert.DoesNotContain(lines, line => line.StartsWith("error", StringComparison.Ordinal)));
        Assert.All(outputs, lines => Assert.StartsWith("done", lines[^1], StringComparison.Ordinal));
        int expected = await AssertStoresWhatOneRunCreatesAsync(location);
        var totals = outputs.Select(lines => Totals(lines[^1])).ToList();
        Assert.Equal(expected, totals.Sum(t => t.Created));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"four generators created {string.Join(" + ", totals.Select(t => t.Created))} = {expected}; they found {string.Join(", ", totals.Select(t => t.Existing))} already there");
    }

    // Checks the database against one in-memory run of the same scenario; returns how many work orders that run creates.
    private async Task<int> AssertStoresWhatOneRunCreatesAsync(string location)
    {
        var memory = new InMemoryWorkOrderRepository();
        (int expectedCount, _) = await GeneratorProcess.GenerateAsync(new InMemoryContractRepository(), memory, new InMemoryWorkflowRepository(), Contracts, Days, _ => { });
        ChildStore store = OpenForTest(location);
        var stored = new RelationalWorkOrderRepository(store.Store);
        List<WorkOrderSnapshot> expected = [], actual = [];
        foreach (Contract contract in GeneratorProcess.Contracts(Contracts))
        {
            expected.AddRange(await AllAsync(memory, contract.Id));
            actual.AddRange(await AllAsync(stored, contract.Id)); // every row rehydrates (WorkOrder.Rehydrate validates it)
        }
        Assert.Equal(expectedCount, expected.Count);
        Assert.Equal(expected.OrderBy(s => s.Id.Value), actual.OrderBy(s => s.Id.Value));
        await using DbConnection connection = await store.OpenConnectionAsync(Ct);
        await using DbCommand check = connection.CreateCommand();
        check.CommandText = """
            SELECT (SELECT count(*) FROM work_orders),
                   (SELECT count(DISTINCT occurrence_key) FROM work_orders),
                   (SELECT count(*) FROM work_order_assignees),
                   (SELECT count(*) FROM work_order_assignees a WHERE NOT EXISTS (SELECT 1 FROM work_orders w WHERE w.id = a.work_order_id))
            """;
        await using DbDataReader reader = await check.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(expectedCount, reader.GetInt64(0));
        Assert.Equal(expectedCount, reader.GetInt64(1));
        Assert.Equal(expected.Sum(s => s.AssignedEmployees.Distinct().Count()), reader.GetInt64(2));
        Assert.Equal(0, reader.GetInt64(3));
        Assert.True(expected.Any(s => !s.AssignedEmployees.IsEmpty), "The scenario assigns some work orders.");
        return expectedCount;
    }

    private static async Task<List<WorkOrderSnapshot>> AllAsync(IWorkOrderRepository repository, ContractId contract)
    {
        var all = new List<WorkOrderSnapshot>();
        PageRequest page = PageRequest.First(PageRequest.MaxLimit);
        while (true)
        {
            Page<WorkOrder> found = await repository.FindByContractAsync(contract, page, Ct);
            all.AddRange(found.Items.Select(o => o.ToSnapshot()));
            if (!found.HasMore)
            {
                return all;
            }
            page = page.Next();
        }
    }

    // Reads "… created X existing Y".
    private static (int Created, int Existing) Totals(string line)
    {
        string[] words = line.Split(' ');
        return (int.Parse(words[^3], CultureInfo.InvariantCulture), int.Parse(words[^1], CultureInfo.InvariantCulture));
    }

    private static async Task<List<string>> ReadToEndAsync(Process process)
    {
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(Ct) is { } line)
        {
            lines.Add(line);
        }
        await process.WaitForExitAsync(Ct);
        return lines;
    }

    // Runs a generator day by day; with killAfterDays, lets it start the next day once that many days are reported and
    // kills it with SIGKILL the given delay later: while that day is being written, or just after.
    private static async Task<(List<string> Lines, bool Killed)> RunGeneratorAsync(string location, int? killAfterDays, int delayMilliseconds)
    {
        using Process process = ChildProcess.Start(GeneratorProcess.Arguments(location, Contracts, Days));
        var lines = new List<string>();
        bool killed = false;
        try
        {
            for (int day = 0; day < Days; day++)
            {
                await process.StandardInput.WriteLineAsync("go".AsMemory(), Ct);
                await process.StandardInput.FlushAsync(Ct);
                if (killAfterDays == day)
                {
                    await Task.Delay(delayMilliseconds, Ct);
                    process.Kill(); // SIGKILL: no finally blocks, no rollback by the client
                    killed = true;
                    break;
                }
                if (await process.StandardOutput.ReadLineAsync(Ct) is not { } line)
                {
                    break;
                }
                lines.Add(line);
            }
            if (!killed)
            {
                process.StandardInput.Close();
                lines.AddRange(await ReadToEndAsync(process));
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
