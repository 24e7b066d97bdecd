using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace OutSmart.Domain.SampleHost.Tests.Storage;

/// <summary>Bad store options: one line with a code on standard error, a non-zero exit code, never a trace.</summary>
public sealed partial class StoreOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outsmart-store-options-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("--db {folder}/a.db --postgres Host=localhost", "STORE_OPTIONS_CONFLICT", ExitCodes.Usage)]
    [InlineData("--db {folder}/missing/a.db", "STORE_UNAVAILABLE", ExitCodes.Refused)]
    [InlineData("--db {folder}", "STORE_UNAVAILABLE", ExitCodes.Refused)]
    [InlineData("--db {text}", "STORE_UNAVAILABLE", ExitCodes.Refused)]
    [InlineData("--postgres Host==;;", "STORE_OPTION_INVALID", ExitCodes.Refused)]
    [InlineData("--postgres Host=127.0.0.1;Port=1;Timeout=3", "STORE_UNAVAILABLE", ExitCodes.Refused)]
    public void Invoke_WhenTheStoreOptionsAreBad_WritesOneCodedLineAndExitsNonZero(string options, string code, int expectedExit)
    {
        string text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "These are notes, not a SQLite database. They are long enough to hold a header's worth of bytes, and more.");
        string[] storeOptions = options.Replace("{folder}", _folder, StringComparison.Ordinal).Replace("{text}", text, StringComparison.Ordinal).Split(' ');

        foreach (string[] command in new[]
        {
            Array.Empty<string>(),
            ["contracts", "seed", "--contracts", "3", "--seed", "1"],
            ["contracts", "generate", "--today", "2026-12-01", "--days", "2", "--json"],
            ["contracts", "occurrences", "--json"],
        })
        {
            var (exitCode, output, error) = HostRun.Invoke([.. command, .. storeOptions]);

            Assert.Equal(expectedExit, exitCode);
            Assert.Single(HostRun.Lines(error));
            Assert.StartsWith(code + ": ", error, StringComparison.Ordinal);
            Assert.Matches(CodeLine(), error);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("=== ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generate_WhenThePartitionIsNotIOfN_RefusesWithOneLine()
    {
        var (exitCode, _, error) = HostRun.Invoke("contracts", "generate", "--partition", "3/2", "--db", Path.Combine(_folder, "p.db"));

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.StartsWith("CONTRACT_PARTITION_INVALID: ", error, StringComparison.Ordinal);
        Assert.Single(HostRun.Lines(error));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]+: [^\n]+\n?$")]
    private static partial Regex CodeLine();
}
