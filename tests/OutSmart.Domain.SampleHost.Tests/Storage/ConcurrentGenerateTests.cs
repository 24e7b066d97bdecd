using System.Diagnostics;
using System.Globalization;
using OutSmart.Domain.Storage.PostgreSql.Tests.TestServer;

namespace OutSmart.Domain.SampleHost.Tests.Storage;

/// <summary>Many hosts, one database: four <c>contracts generate</c> processes at once against one PostgreSQL database.</summary>
public sealed class ConcurrentGenerateTests(PostgreSqlServerFixture server)
{
    private const string Today = "2026-12-01";
    private const int Contracts = 60;
    private const int Seed = 17;
    private const int Days = 10;
    private const int Hosts = 4;

    [Fact]
    public async Task Generate_WhenFourProcessesRunAtOnceOnOneDatabase_TogetherTheyCreateEachOccurrenceOnce()
    {
        string connection = await server.CreateDatabaseAsync("hostgen");
        var (seedExit, _, seedError) = HostRun.Invoke("contracts", "seed", "--contracts", Contracts.ToString(CultureInfo.InvariantCulture),
            "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--start", Today, "--postgres", connection);
        Assert.Equal((ExitCodes.Success, ""), (seedExit, seedError));
        int expected = HostRun.ExpectedWorkOrders(Contracts, Seed, Today, Days);

        (int ExitCode, string Output, string Error)[] runs = await Task.WhenAll(Enumerable.Range(0, Hosts).Select(_ => RunProcessAsync(
            "contracts", "generate", "--today", Today, "--days", Days.ToString(CultureInfo.InvariantCulture), "--json", "--postgres", connection)));

        Assert.All(runs, run => Assert.Equal((0, ""), (run.ExitCode, run.Error)));
        HostRun.Generated[] counts = [.. runs.Select(run => HostRun.ParseGenerated(run.Output))];
        var (exitCode, occurrences, error) = HostRun.Invoke("contracts", "occurrences", "--json", "--postgres", connection);
        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        string[] lines = HostRun.Lines(occurrences);
        int distinctKeys = lines.Select(l => l[..l.IndexOf("\", \"workOrder\"", StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).Count();
        Assert.True(expected > 0);
        Assert.Equal(expected, counts.Sum(c => c.Created + c.CreatedOnRerun));
        Assert.Equal(expected, distinctKeys);
        Assert.Equal(expected, lines.Length);
        Assert.Equal([.. lines.Order(StringComparer.Ordinal)], lines);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OutSmart.Domain.SampleHost.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
