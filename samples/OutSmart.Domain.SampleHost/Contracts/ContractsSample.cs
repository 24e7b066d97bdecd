using System.CommandLine;
using System.Text;
using NodaTime;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>
/// The contracts sample: the <c>contracts</c> command (<c>simulate</c> previews generation runs in bulk as JSON Lines)
/// and the contracts chapter of the default story.
/// </summary>
internal sealed class ContractsSample : ISample
{
    /// <summary>The help text of <c>contracts simulate</c>: the JSON Lines format in full.</summary>
    internal static readonly string SimulateDescription = string.Join(Environment.NewLine,
        "Simulates daily work-order generation for contracts, one JSON line per contract.",
        "",
        "Each line of standard input is one contract and a stretch of daily runs; each gets exactly one answer line on",
        "standard output, in order; blank lines are skipped.",
        "  Input:  {\"id\": \"c1\", \"zone\": \"Europe/Amsterdam\", \"start\": \"2026-01-01\", \"end\": \"2026-12-31\",",
        "           \"terminatedOn\": \"2026-08-15\", \"daysInAdvance\": 14, \"timeOfDay\": \"08:00\", \"employee\": \"e-1\",",
        "           \"missed\": \"catch-up\", \"schedules\": [{\"name\": \"monthly\", \"rrule\": \"FREQ=MONTHLY;BYMONTHDAY=-1\",",
        "           \"holidays\": \"nl\", \"adjust\": \"next-working-day\", \"precedence\": 1}], \"from\": \"2026-01-01\", \"to\": \"2026-06-30\"}",
        "          end, terminatedOn, employee and missed (catch-up or skip) are optional; holidays is nl or none; adjust is",
        "          keep, skip, next-working-day, previous-working-day or nearest-working-day.",
        "  Output: {\"id\": \"c1\", \"workOrders\": [{\"schedule\": \"monthly\", \"target\": \"2026-02-02\", \"generatedOn\": \"2026-01-19\",",
        "           \"planned\": \"2026-02-02T08:00:00+01:00\"}, ...]} (deadline instead of planned without an employee)",
        "  Error:  {\"id\": \"c1\", \"error\": {\"code\": \"...\", \"message\": \"...\"}} (id null when unreadable)",
        "  A refused line does not stop the run: the exit code is 0 unless reading or writing fails (then 1).");

    public string Title => "Contracts: preventive maintenance planned ahead, exactly once";

    public Command CreateCommand()
    {
        var simulate = new Command("simulate", SimulateDescription);
        simulate.SetAction(parseResult => RunJsonLines(
            new ContractsSimulateJsonLines(DateTimeZoneProviders.Tzdb),
            "contracts simulate",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        var contracts = new Command("contracts", "Service contracts (contractbeheer): schedules, work-order generation and SLA clocks.");
        contracts.Subcommands.Add(simulate);
        contracts.Subcommands.Add(ContractsSlaJsonLines.CreateCommand());
        contracts.Subcommands.Add(ContractsGenerate.CreateCommand());
        contracts.Subcommands.Add(ContractsStoreCommands.CreateSeedCommand());
        contracts.Subcommands.Add(ContractsStoreCommands.CreateOccurrencesCommand());
        return contracts;
    }

    public int TellStory(StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextWriter output = context.Output;
        int exitCode = ContractsStory.Tell(output);
        return exitCode != ExitCodes.Success ? exitCode : ContractsSlaStory.Tell(output);
    }

    /// <summary>Runs a JSON Lines command on standard input and output; returns the exit code.</summary>
    internal static int RunJsonLines(JsonLines.JsonLinesCommand lines, string name, TextWriter output, TextWriter error)
    {
        try
        {
            using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            if (ReferenceEquals(output, Console.Out))
            {
                using Stream stdout = Console.OpenStandardOutput();
                lines.Run(input, stdout);
            }
            else
            {
                using var buffer = new MemoryStream();
                lines.Run(input, buffer);
                output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            return ExitCodes.Success;
        }
        catch (IOException exception)
        {
            error.WriteLine($"IO_FAILED: {name}: reading or writing failed: {exception.Message}");
            return ExitCodes.Refused;
        }
    }
}
