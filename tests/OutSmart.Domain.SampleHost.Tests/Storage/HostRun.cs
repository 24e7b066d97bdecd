using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using OutSmart.Domain.SampleHost.Contracts;
using OutSmart.Domain.SampleHost.Scheduling;
using OutSmart.Domain.SampleHost.Signatures;
using OutSmart.Domain.SampleHost.Tasks;
using OutSmart.Domain.SampleHost.Timesheets;
using OutSmart.Domain.SampleHost.WorkOrders;

namespace OutSmart.Domain.SampleHost.Tests.Storage;

/// <summary>Runs the host's command line in this process, as Program.cs composes it.</summary>
internal static class HostRun
{
    public static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        RootCommand root = HostCommandLine.CreateRoot(
            [new TasksSample(), new ScheduleSample(), new ContractsSample(), new WorkOrdersSample(), new SignatureSample(), new TimesheetsSample()]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = HostCommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString().Replace("\r", "", StringComparison.Ordinal));
    }

    /// <summary>The counts of a <c>contracts generate --json</c> line.</summary>
    public sealed record Generated(int Contracts, int Created, int Existing, int CreatedOnRerun);

    public static Generated ParseGenerated(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        return new Generated(root.GetProperty("contracts").GetInt32(), root.GetProperty("created").GetInt32(),
            root.GetProperty("existing").GetInt32(), root.GetProperty("createdOnRerun").GetInt32());
    }

    /// <summary>The in-memory run of the same seed and horizon: the work orders a stored run must end up with.</summary>
    public static int ExpectedWorkOrders(int contracts, int seed, string today, int days)
    {
        var outcome = ContractsGenerate.Run(contracts, days, seed, NodaTime.Text.LocalDatePattern.Iso.Parse(today).Value, progressBar: false);
        return outcome.Created + outcome.CreatedOnRerun;
    }

    /// <summary>A context for a chapter that keeps its own in-memory services (no database).</summary>
    public static StoryContext Chapter(TextWriter output) => new(
        output,
        new ServiceCollection().BuildServiceProvider(),
        new StoryClock(NodaTime.Instant.FromUtc(2026, 3, 1, 6, 0)),
        OutSmart.Domain.SampleHost.Storage.StoreChoice.Default,
        ProgressBars: false);

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
