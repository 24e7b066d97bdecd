using System.CommandLine;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>The contracts sample: <c>contracts sla</c> reads SLA clocks as JSON Lines.</summary>
internal sealed class ContractsSample : ISample
{
    public string Title => "Contracts: service agreements and SLA clocks";

    public Command CreateCommand()
    {
        var contracts = new Command("contracts", "Service agreements: SLA clocks.");
        contracts.Subcommands.Add(ContractsSlaJsonLines.CreateCommand());
        return contracts;
    }

    public int TellStory(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return ContractsSlaStory.Tell(output);
    }
}
