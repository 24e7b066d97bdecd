using System.CommandLine;
using OutSmart.Domain.SampleHost.Timesheets;
using OutSmart.Domain.Timesheets.Csv;

namespace OutSmart.Domain.SampleHost.Tests.Timesheets;

public sealed class TimesheetsExportCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"outsmart-hours-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}-{Random.Shared.Next()}.csv");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Export_WithDemo_WritesTheApprovedEntriesOfTheWeekAsCsv()
    {
        (int exitCode, string output, string error) = Invoke("timesheets", "export", "--period", "2026-W47", "--out", _file, "--demo");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        string csv = File.ReadAllText(_file);
        string[] lines = csv.Split("\r\n");
        Assert.Equal(string.Join(",", PayrollCsvColumns.All), lines[0]);
        Assert.Equal(8 + 2, lines.Length);
        Assert.Contains("\"'=SUM(A1:A9) boiler replaced\"", csv, StringComparison.Ordinal);
        Assert.Contains("TS_SELF_APPROVAL", output, StringComparison.Ordinal);
        Assert.Contains("TS_PERIOD_LOCKED", output, StringComparison.Ordinal);
        Assert.Contains($"Wrote 8 rows to {_file}.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithDemoInAnotherWeek_ExportsThatWeeksDates()
    {
        (int exitCode, _, _) = Invoke("timesheets", "export", "--period", "2027-W01", "--out", _file, "--demo");

        Assert.Equal(0, exitCode);
        var dates = File.ReadAllLines(_file).Skip(1).Select(l => l.Split(',')[3]).Distinct().Order().ToList();
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2027-01-04"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2027-01-10"), int.MinValue, 0));
    }

    [Fact]
    public async Task Export_WhenRunTwiceOnTheSameStore_ExportsNothingTheSecondTimeAndSaysSo()
    {
        await using var team = new TimesheetsWeek();
        using var first = new StringWriter();
        using var second = new StringWriter();
        using var error = new StringWriter();

        int firstExit = await TimesheetsSample.RunExportAsync(team, "2026-W47", _file, demo: true, first, error, TestContext.Current.CancellationToken);
        string written = File.ReadAllText(_file);
        int secondExit = await TimesheetsSample.RunExportAsync(team, "2026-W47", _file, demo: false, second, error, TestContext.Current.CancellationToken);

        Assert.Equal(0, firstExit);
        Assert.Equal(0, secondExit);
        Assert.Contains("TS_NOTHING_TO_EXPORT", second.ToString(), StringComparison.Ordinal);
        Assert.Contains("was not written", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(_file));
    }

    [Fact]
    public void Export_WithoutDemoOnAnEmptyStore_SaysThereIsNothingToExport()
    {
        (int exitCode, string output, _) = Invoke("timesheets", "export", "--period", "2026-W47", "--out", _file);

        Assert.Equal(0, exitCode);
        Assert.Contains("TS_NOTHING_TO_EXPORT", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_file));
    }

    [Theory]
    [InlineData("2026-47")]
    [InlineData("2026-W54")]
    [InlineData("2026-W00")]
    [InlineData("2025-W53")]
    [InlineData("")]
    [InlineData("２０２６-W47")]
    public void Export_WhenThePeriodIsNotAnIsoWeek_RefusesWithExitCode1(string period)
    {
        (int exitCode, _, string error) = Invoke("timesheets", "export", "--period", period, "--out", _file, "--demo");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("PERIOD_INVALID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_file));
    }

    [Fact]
    public void Export_WhenTheFileCannotBeWritten_RefusesWithExitCode1()
    {
        string file = Path.Combine(Path.GetTempPath(), $"no-such-directory-{Environment.ProcessId}-{Random.Shared.Next()}", "hours.csv");

        (int exitCode, _, string error) = Invoke("timesheets", "export", "--period", "2026-W47", "--out", file, "--demo");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("IO_FAILED", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithoutPeriod_IsAUsageError()
    {
        (int exitCode, _, _) = Invoke("timesheets", "export", "--out", _file);

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task TellStory_ShowsTheWeekFromImportToASecondEmptyExport()
    {
        using var output = new StringWriter();

        int exitCode = await TimesheetsSample.TellStoryAsync(output, TestContext.Current.CancellationToken);

        string story = output.ToString();
        Assert.Equal(0, exitCode);
        string[] beats = ["imported once: True", "split at 17:00", "overtime 180 min", "rejects Chris's parking", "submits it again", "8 approved, 1 refused", "TS_SELF_APPROVAL", "TS_PERIOD_LOCKED", "8 approved entries, now marked exported", "'=SUM(A1:A9)", "TS_NOTHING_TO_EXPORT"];
        int at = 0;
        foreach (string beat in beats)
        {
            int found = story.IndexOf(beat, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"The story lacks \"{beat}\" after position {at}:\n{story}");
            at = found;
        }
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = HostCommandLine.CreateRoot([new TimesheetsSample()]);
        int exitCode = HostCommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
