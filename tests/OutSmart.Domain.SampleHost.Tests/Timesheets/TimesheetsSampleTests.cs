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
        // The full chapter (ts-export) prices Chris's call-out across 17:00 and counts Bram's long Thursday.
        Assert.Contains("15:30-17:00  normal   x1      90 min  EUR   97.50", story);
        Assert.Contains("17:00-19:30  evening  x1.25  150 min  EUR  203.13", story);
        Assert.Contains("worked 660 min, expected 480, overtime 180 min", story);
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
