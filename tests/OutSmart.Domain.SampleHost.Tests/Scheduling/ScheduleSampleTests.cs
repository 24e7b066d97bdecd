using System.CommandLine;
using OutSmart.Domain.SampleHost.Scheduling;

namespace OutSmart.Domain.SampleHost.Tests.Scheduling;

public sealed class ScheduleSampleTests
{
    [Fact]
    public void Expand_WhenRuleWithDutchHolidays_PrintsOccurrencesAndSaysWhichMoved()
    {
        (int exitCode, string output, string error) = Invoke(
            "schedule", "expand", "--start", "2026-01-05T08:00", "--rule", "FREQ=WEEKLY;BYDAY=MO", "--zone", "Europe/Amsterdam",
            "--max", "20", "--holidays", "nl", "--adjust", "next-working-day");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.Contains("    1  Mon 2026-01-05 08:00  +01:00", lines);
        Assert.Contains("   14  Tue 2026-04-07 08:00  +02:00  moved from Mon 2026-04-06 08:00 (Easter Monday)", lines);
        Assert.Contains("   17  Tue 2026-04-28 08:00  +02:00  moved from Mon 2026-04-27 08:00 (King's Day)", lines);
    }

    [Fact]
    public void Expand_WhenFloatingWithoutHolidays_PrintsPlainLocalTimes()
    {
        (int exitCode, string output, _) = Invoke("schedule", "expand", "--start", "2026-01-31T09:00", "--rule", "FREQ=MONTHLY", "--max", "3");

        Assert.Equal(0, exitCode);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["    1  Sat 2026-01-31 09:00", "    2  Tue 2026-03-31 09:00", "    3  Sun 2026-05-31 09:00"], lines[1..]);
    }

    [Theory]
    [InlineData("--start", "2026-02-30T08:00", "--rule", "FREQ=DAILY")]
    [InlineData("--start", "2026-01-05T08:00", "--rule", "FREQ=SOMETIMES")]
    [InlineData("--start", "2026-01-05T08:00", "--rule", "FREQ=DAILY", "--zone", "Nowhere/Land")]
    [InlineData("--start", "2026-01-05T24:00", "--rule", "FREQ=DAILY")]
    public void Expand_WhenAnOptionIsInvalid_ExplainsOnStandardErrorAndFails(params string[] options)
    {
        (int exitCode, string output, string error) = Invoke(["schedule", "expand", .. options]);

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void ExpandHelp_DocumentsTheJsonLinesFormatAndThatStartGoesWithRule()
    {
        (int exitCode, string output, _) = Invoke("schedule", "expand", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("JSON Lines: without --rule", output);
        Assert.Contains("Input:  {\"id\": \"a1\", \"dtstart\": \"2026-01-05T08:00\", \"rrule\": \"FREQ=WEEKLY;BYDAY=MO\"", output);
        Assert.Contains("Output: {\"id\": \"a1\", \"occurrences\": [", output);
        Assert.Contains("Error:  {\"id\": \"a1\", \"error\": {\"code\": ", output);
        Assert.Contains("FIELD_DUPLICATE", output);
        Assert.Contains("--rule with --start", output);
        Assert.Contains("needs --start", output);
    }

    [Theory]
    [InlineData("--start", "2026-01-05T08:00")]
    [InlineData("--max", "3")]
    [InlineData("--rule", "FREQ=DAILY")]
    public void Expand_WhenStartAndRuleAreNotGivenTogether_IsAUsageErrorAndReadsNoInput(params string[] options)
    {
        (int exitCode, _, string error) = Invoke(["schedule", "expand", .. options]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--", error);
    }

    [Fact]
    public void TellStory_PreviewsTheContractWithHolidaysAndTheSlaDeadline()
    {
        using var output = new StringWriter();

        int exitCode = new ScheduleSample().TellStory(OutSmart.Domain.SampleHost.Tests.Storage.HostRun.Chapter(output));

        Assert.Equal(0, exitCode);
        string story = output.ToString();
        Assert.Contains("Tue 2026-04-07 08:00  +02:00  moved from Mon 2026-04-06 08:00 (Easter Monday)", story);
        Assert.Contains("must be answered by Tue 2026-04-07 14:30", story);
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand { new ScheduleSample().CreateCommand() };
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = HostCommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });

        return (exitCode, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString());
    }
}
