using OutSmart.Domain.SampleHost.Timesheets;

namespace OutSmart.Domain.SampleHost.Tests.Timesheets;

public sealed class TimesheetsSampleTests
{
    [Fact]
    public void TellStory_WhenTold_PrintsTheCalculatedWeekWithItsSplitsAndOvertime()
    {
        using var output = new StringWriter();

        int exitCode = new TimesheetsSample().TellStory(output);

        Assert.Equal(ExitCodes.Success, exitCode);
        string story = output.ToString();
        Assert.Contains("Mon 2026-11-16 17:00-18:15  evening  x1.25   75 min  EUR    93.75", story);
        Assert.Contains("Sat 2026-11-21 09:00-13:00  saturday x1.5   240 min  EUR   360.00", story);
        Assert.Contains("2026-W47: worked 22:45, expected 40:00, overtime 6:45; total EUR 1503.75", story);
    }

    [Fact]
    public void CreateCommand_WhenCreated_HoldsCalculateWithTheFormatInItsHelp()
    {
        var command = new TimesheetsSample().CreateCommand();

        Assert.Equal("timesheets", command.Name);
        var calculate = Assert.Single(command.Subcommands, c => c.Name == "calculate");
        Assert.Contains("TS_OVERLAP", calculate.Description, StringComparison.Ordinal);
    }
}
