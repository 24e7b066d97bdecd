using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NodaTime.Text;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.SampleHost.Tests.Storage;

/// <summary><c>contracts seed</c>, <c>contracts generate</c> and <c>contracts occurrences</c> on SQLite files.</summary>
public sealed partial class ContractsStoreCommandsTests : IDisposable
{
    private const string Today = "2026-12-01";
    private const int Contracts = 24;
    private const int Days = 12;
    private readonly string _folder = Directory.CreateTempSubdirectory("outsmart-contracts-store-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Seed_WhenRunTwice_TheSecondRunAddsNothingAndSaysSo()
    {
        string db = Db("seed");

        var first = HostRun.Invoke("contracts", "seed", "--contracts", "7", "--seed", "11", "--db", db);
        var second = HostRun.Invoke("contracts", "seed", "--contracts", "7", "--seed", "11", "--db", db);

        Assert.Equal((ExitCodes.Success, ""), (first.ExitCode, first.Error));
        Assert.StartsWith("Stored 7 contracts of seed 11", first.Output, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, ""), (second.ExitCode, second.Error));
        Assert.StartsWith("All 7 contracts of seed 11 were already stored", second.Output, StringComparison.Ordinal);
        Assert.Contains("nothing added", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate", "--today", "2026-02-30")]
    [InlineData("generate", "--today", "tomorrow")]
    [InlineData("seed", "--start", "2026-13-01")]
    public void Command_WithADateThatIsNotOne_IsRefusedWithDateInvalidAndCreatesNoDatabase(string command, string option, string value)
    {
        string db = Db("bad-date");

        string[] required = command == "seed" ? ["--contracts", "1", "--seed", "1"] : [];
        var (exitCode, output, error) = HostRun.Invoke(["contracts", command, option, value, .. required, "--db", db]);

        Assert.Equal((ExitCodes.Refused, ""), (exitCode, output));
        Assert.Equal($"DATE_INVALID: {option} must be a date such as 2026-12-01.", error.TrimEnd('\n'));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Generate_WhenRunTwiceOnAStore_TheFirstCreatesWhatMemoryWouldAndTheSecondCreatesNothing()
    {
        string db = Seeded("twice");
        int expected = HostRun.ExpectedWorkOrders(Contracts, 5, Today, Days);

        HostRun.Generated first = Generate(db);
        HostRun.Generated second = Generate(db);

        Assert.True(expected > 0);
        Assert.Equal(expected, first.Created + first.CreatedOnRerun);
        Assert.Equal(0, first.CreatedOnRerun);
        Assert.Equal((0, 0), (second.Created, second.CreatedOnRerun));
        Assert.Equal(expected, Occurrences(db).Length);
    }

    [Fact]
    public void Generate_WithJsonOnAStore_PrintsExactlyTheIssuesObject()
    {
        string db = Seeded("json");

        var (exitCode, output, error) = HostRun.Invoke("contracts", "generate", "--today", Today, "--days", "3", "--json", "--db", db);

        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        Assert.Matches(GeneratedJson(), output.TrimEnd('\n'));
    }

    [Fact]
    public void Occurrences_AfterGeneration_PrintOneExactLinePerStoredWorkOrderWithTheIdDerivedFromTheKey()
    {
        string db = Seeded("occurrences");
        Generate(db);

        string[] lines = Occurrences(db);

        Assert.NotEmpty(lines);
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal([.. lines.Order(StringComparer.Ordinal)], lines);
        foreach (string line in lines)
        {
            Match match = OccurrenceLine().Match(line);
            Assert.True(match.Success, line);
            var key = OccurrenceKey.Create(
                new ContractId(Guid.Parse(match.Groups["contract"].Value, CultureInfo.InvariantCulture)),
                match.Groups["schedule"].Value,
                LocalDatePattern.Iso.Parse(match.Groups["target"].Value).Value,
                match.Groups["asset"].Success ? new AssetId(Guid.Parse(match.Groups["asset"].Value, CultureInfo.InvariantCulture)) : null);
            Assert.Equal(match.Groups["key"].Value, key.ToString());
            Assert.Equal(ContractGenerationService.WorkOrderIdFor(key).Value.ToString("D"), match.Groups["workOrder"].Value);
        }
    }

    [Fact]
    public void Generate_WhenPartitionsOneAndTwoOfTwoRun_TogetherTheyStoreExactlyWhatAFullRunStores()
    {
        string full = Seeded("full");
        string shared = Seeded("shares");

        HostRun.Generated all = Generate(full);
        HostRun.Generated one = Generate(shared, "--partition", "1/2");
        HostRun.Generated two = Generate(shared, "--partition", "2/2");

        Assert.True(one.Created > 0 && two.Created > 0, "each share holds some contracts");
        Assert.Equal(all.Created, one.Created + two.Created);
        Assert.Equal(Occurrences(full), Occurrences(shared));
    }

    private string Db(string name) => Path.Combine(_folder, name + ".db");

    private string Seeded(string name)
    {
        string db = Db(name);
        var (exitCode, _, error) = HostRun.Invoke("contracts", "seed", "--contracts", Contracts.ToString(CultureInfo.InvariantCulture), "--seed", "5", "--start", Today, "--db", db);
        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        return db;
    }

    private static HostRun.Generated Generate(string db, params string[] more)
    {
        var (exitCode, output, error) = HostRun.Invoke(["contracts", "generate", "--today", Today, "--days", Days.ToString(CultureInfo.InvariantCulture), "--json", "--db", db, .. more]);
        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        return HostRun.ParseGenerated(output);
    }

    private static string[] Occurrences(string db)
    {
        var (exitCode, output, error) = HostRun.Invoke("contracts", "occurrences", "--json", "--db", db);
        Assert.Equal((ExitCodes.Success, ""), (exitCode, error));
        return HostRun.Lines(output);
    }

    [GeneratedRegex("""^\{"contracts": \d+, "created": \d+, "existing": \d+, "createdOnRerun": \d+, "seconds": \d+(\.\d+)?\}$""")]
    private static partial Regex GeneratedJson();

    [GeneratedRegex("""^\{"key": "(?<key>(?<contract>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/(?<schedule>[^/"]+)/(?<target>\d{4}-\d{2}-\d{2})(/(?<asset>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?)", "workOrder": "(?<workOrder>[0-9a-f-]{36})", "target": "\k<target>"\}$""")]
    private static partial Regex OccurrenceLine();
}
