using Microsoft.Data.Sqlite;
using OutSmart.Domain.SampleHost.Storage;

namespace OutSmart.Domain.SampleHost.Tests.Storage;

/// <summary>The default story on a SQLite file: each run continues from what is stored, one visit further.</summary>
public sealed class DatabaseStoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outsmart-db-story-").FullName;

    private string Database => Path.Combine(_folder, "story.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Run_WhenToldTwiceOnOneFile_TheSecondRunContinuesWithTheNextVisitAndDuplicatesNothing()
    {
        (int firstExit, string first, string firstError) = Tell();
        (int secondExit, string second, string secondError) = Tell();

        Assert.Equal((ExitCodes.Success, ""), (firstExit, firstError));
        Assert.Equal((ExitCodes.Success, ""), (secondExit, secondError));
        Assert.Contains("Found: nothing yet. This is the first run on this store.", first);
        Assert.Contains("Next visit: C20260306-", first);
        Assert.Contains("1 generated work order(s) of which 1 sent", second);
        Assert.Contains("Next visit: C20260407-", second);
        Assert.Contains("to Tuesday 7 April 2026: created 1 work order(s)", second);
        (int exitCode, string occurrences, _) = HostRun.Invoke("contracts", "occurrences", "--json", "--db", Database);
        Assert.Equal(ExitCodes.Success, exitCode);
        string[] lines = HostRun.Lines(occurrences);
        Assert.Equal(2, lines.Length);
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(lines, l => l.EndsWith("\"target\": \"2026-03-06\"}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("\"target\": \"2026-04-07\"}", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WhenToldTwice_WritesOneSignaturePngAndOnePayrollCsvPerVisitNextToTheDatabase()
    {
        Tell();
        Tell();

        string[] pngs = Directory.GetFiles(_folder, "signature-*.png");
        string[] csvs = [.. Directory.GetFiles(_folder, "hours-*.csv").Order(StringComparer.Ordinal)];
        Assert.Equal(2, pngs.Length);
        Assert.All(pngs, png => Assert.Equal<byte>([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]));
        Assert.Equal([Path.Combine(_folder, "hours-2026-03-06.csv"), Path.Combine(_folder, "hours-2026-04-07.csv")], csvs);
        Assert.All(csvs, csv => Assert.Equal(2, HostRun.Lines(File.ReadAllText(csv).Replace("\r", "", StringComparison.Ordinal)).Length));
    }

    private (int ExitCode, string Output, string Error) Tell()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = Story.Run([], new StoreChoice(Database, null), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
