using System.Diagnostics;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Storage.Relational;
using OutSmart.Domain.Storage.Testing;
using OutSmart.Domain.Tasks;

namespace OutSmart.Domain.TestSupport.Processes;

/// <summary>
/// Eight writer PROCESSES (the test assembly started again in <see cref="WriterProcess"/> mode) read, comment and save
/// the same three tasks in one database for two seconds: every acknowledged comment is stored, no other, each task's
/// version counts them, and every other attempt got a <see cref="ConcurrencyConflict"/>.
/// </summary>
public abstract class SeparateProcessWritersSuite : ProcessTestBase
{
    private const int Writers = 8;
    private const int RunForMilliseconds = 2000;

    [Fact]
    public async Task SaveAsync_WhenEightProcessesChangeTheSameTasks_KeepsEveryAcknowledgedChangeAndOnlyThose()
    {
        string location = CreateDatabase();
        var repository = new RelationalTaskRepository(OpenForTest(location).Store);
        TaskId[] ids = [.. Enumerable.Range(1, 3).Select(i => new TaskId(new Guid($"00000000-0000-0000-0000-00000000900{i}")))];
        foreach (TaskId id in ids)
        {
            Assert.True((await repository.AddAsync(TaskBuilder.ATask().WithId(id).Build(), Ct)).IsT0);
        }

        List<string>[] outputs = await RunWritersAsync(location, ids);

        var acknowledged = ids.ToDictionary(id => id.Value.ToString("D"), _ => new List<string>());
        long attempts = 0, conflicts = 0;
        foreach (List<string> lines in outputs)
        {
            Assert.DoesNotContain(lines, line => line.StartsWith("error", StringComparison.Ordinal));
            foreach (string line in lines)
            {
                string[] parts = line.Split(' ', 3);
                switch (parts[0])
                {
                    case "ack": acknowledged[parts[1]].Add(parts[2]); break;
                    case "conflict": conflicts++; break;
                    case "done": attempts += long.Parse(parts[1]); break;
                }
            }
        }
        long saved = acknowledged.Values.Sum(list => (long)list.Count);
        foreach (TaskId id in ids)
        {
            FollowUpTask stored = (await repository.GetAsync(id, Ct))!;
            var comments = stored.History.Where(e => e.Kind == TaskHistoryKind.Comment).Select(e => e.NewValue!).Order(StringComparer.Ordinal);
            Assert.Equal(acknowledged[id.Value.ToString("D")].Order(StringComparer.Ordinal), comments);
            Assert.Equal(AggregateVersion.From(1 + acknowledged[id.Value.ToString("D")].Count), stored.Version);
        }
        Assert.True(saved > 0, "No save was acknowledged.");
        Assert.Equal(attempts, saved + conflicts);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Writers} processes, {RunForMilliseconds} ms, 3 tasks: {attempts} attempts, {saved} acknowledged, {conflicts} conflicts");
    }

    // Starts the writers, waits until each is connected, starts them together and collects their output.
    private static async Task<List<string>[]> RunWritersAsync(string location, TaskId[] ids)
    {
        var processes = new List<Process>();
        try
        {
            for (int writer = 0; writer < Writers; writer++)
            {
                processes.Add(ChildProcess.Start(WriterProcess.Arguments(location, writer, RunForMilliseconds, ids)));
            }
            foreach (Process process in processes)
            {
                string? first = await process.StandardOutput.ReadLineAsync(Ct);
                Assert.True(first == "ready", $"A writer process did not get ready: {first}");
            }
            foreach (Process process in processes)
            {
                await process.StandardInput.WriteLineAsync("go");
                await process.StandardInput.FlushAsync(Ct);
            }
            var outputs = await Task.WhenAll(processes.Select(async process =>
            {
                var lines = new List<string>();
                while (await process.StandardOutput.ReadLineAsync(Ct) is { } line)
                {
                    lines.Add(line);
                }
                await process.WaitForExitAsync(Ct);
                Assert.Equal(0, process.ExitCode);
                return lines;
            }));
            return outputs;
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
    }
}
