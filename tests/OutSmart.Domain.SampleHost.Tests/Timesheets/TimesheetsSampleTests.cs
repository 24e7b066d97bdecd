using OutSmart.Domain.SampleHost.Timesheets;

namespace OutSmart.Domain.SampleHost.Tests.Timesheets;

public sealed class TimesheetsSampleTests
{
    [Fact]
    public void TellStory_WhenTold_PrintsTheEveningSplitPricedPerLineAndTheOvertimeDay()
    {
        using var output = new StringWriter();

        int exitCode = new TimesheetsSample().TellStory(OutSmart.Domain.SampleHost.Tests.Storage.HostRun.Chapter(output));

        Assert.Equal(ExitCodes.Success, exitCode);
        string story = output.ToString();
        // 90 min at EUR 65.00 is 97.50; 150 min at x1.25 is 203.125, rounded per line away from zero to 203.13 (OT-07).
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
