using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.SampleHost.Contracts;

namespace OutSmart.Domain.SampleHost.Tests.Contracts;

public sealed class SimulateJsonLinesTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "TestData", "contracts-simulate-public.jsonl");

    private const string Valid =
        "{\"id\": \"c1\", \"zone\": \"Europe/Amsterdam\", \"start\": \"2026-01-01\", \"end\": \"2026-12-31\", \"terminatedOn\": \"2026-08-15\", " +
        "\"daysInAdvance\": 14, \"timeOfDay\": \"08:00\", \"employee\": \"e-1\", \"missed\": \"catch-up\", " +
        "\"schedules\": [{\"name\": \"monthly\", \"rrule\": \"FREQ=MONTHLY;BYMONTHDAY=-1\", \"holidays\": \"nl\", \"adjust\": \"next-working-day\", \"precedence\": 1}, " +
        "{\"name\": \"yearly\", \"rrule\": \"FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30\", \"holidays\": \"nl\", \"adjust\": \"next-working-day\", \"precedence\": 2}], " +
        "\"from\": \"2026-01-01\", \"to\": \"2026-06-30\"}";

    [Fact]
    public void Run_WhenFedEveryPublicConformanceLine_AnswersExactlyTheExpectedWorkOrders()
    {
        string[] cases = File.ReadAllLines(CorpusPath);
        var inputs = new List<string>();
        var expectations = new List<string>();
        foreach (string line in cases)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
            expectations.Add(node["expect"]!.ToJsonString());
            node.Remove("expect");
            inputs.Add(node.ToJsonString());
        }

        List<JsonElement> results = Run(string.Join('\n', inputs));

        Assert.Equal(64, cases.Length);
        Assert.Equal(cases.Length, results.Count);
        var mismatches = new List<string>();
        for (int i = 0; i < cases.Length; i++)
        {
            string id = JsonDocument.Parse(inputs[i]).RootElement.GetProperty("id").GetString()!;
            Assert.Equal(id, results[i].GetProperty("id").GetString());
            string actual = results[i].TryGetProperty("workOrders", out JsonElement workOrders) ? Canonical(workOrders) : results[i].ToString();
            string expected = Canonical(JsonDocument.Parse(expectations[i]).RootElement);
            if (actual != expected)
            {
                mismatches.Add($"{id}: expected {expected}\n   got {actual}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Length} differ:\n{string.Join('\n', mismatches.Take(5))}");
    }

    [Fact]
    public void Run_WhenGivenTheIssueExample_PlansMonthEndsOnWorkingDaysAndLetsTheYearlyVisitAbsorbJune()
    {
        JsonElement result = Run(Valid).Single();

        var workOrders = result.GetProperty("workOrders").EnumerateArray().ToList();
        Assert.Equal("c1", result.GetProperty("id").GetString());
        Assert.Equal("{\"schedule\":\"monthly\",\"target\":\"2026-02-02\",\"generatedOn\":\"2026-01-19\",\"planned\":\"2026-02-02T08:00:00+01:00\"}", workOrders[0].GetRawText());
        Assert.Equal("{\"schedule\":\"yearly\",\"target\":\"2026-06-30\",\"generatedOn\":\"2026-06-16\",\"planned\":\"2026-06-30T08:00:00+02:00\"}", workOrders[^1].GetRawText());
        Assert.DoesNotContain(workOrders, w => w.GetProperty("schedule").GetString() == "monthly" && w.GetProperty("target").GetString() == "2026-06-30");
    }

    [Fact]
    public void Run_WhenNoEmployeeIsGiven_WritesADeadlineInsteadOfAPlannedTime()
    {
        JsonElement result = Run(Valid.Replace("\"employee\": \"e-1\", ", "", StringComparison.Ordinal)).Single();

        JsonElement first = result.GetProperty("workOrders")[0];
        Assert.Equal("2026-02-02", first.GetProperty("deadline").GetString());
        Assert.False(first.TryGetProperty("planned", out _));
    }

    [Theory]
    [InlineData("\"from\": \"2026-01-01\"", "\"from\": \"2026-07-01\"", "RANGE_INVALID")]
    [InlineData("\"end\": \"2026-12-31\"", "\"end\": \"2025-12-31\"", "CONTRACT_PLANNING_END_BEFORE_START")]
    [InlineData("\"terminatedOn\": \"2026-08-15\"", "\"terminatedOn\": \"2025-08-15\"", "CONTRACT_PLANNING_TERMINATED_BEFORE_START")]
    [InlineData("\"name\": \"yearly\"", "\"name\": \"monthly\"", "CONTRACT_PLANNING_SCHEDULE_NAME_REPEATED")]
    [InlineData("\"precedence\": 2", "\"precedence\": 1", "CONTRACT_PLANNING_PRECEDENCE_REPEATED")]
    [InlineData("\"missed\": \"catch-up\"", "\"missed\": \"later\"", "FIELD_INVALID")]
    [InlineData("\"holidays\": \"nl\", \"adjust\": \"next-working-day\", \"precedence\": 1", "\"holidays\": \"be\", \"adjust\": \"next-working-day\", \"precedence\": 1", "FIELD_INVALID")]
    [InlineData("\"adjust\": \"next-working-day\", \"precedence\": 1", "\"adjust\": \"next-day\", \"precedence\": 1", "FIELD_INVALID")]
    [InlineData("\"daysInAdvance\": 14", "\"daysInAdvance\": 366", "CONTRACT_PLANNING_DAYS_IN_ADVANCE_OUT_OF_RANGE")]
    [InlineData("\"daysInAdvance\": 14", "\"daysInAdvance\": 1.5", "FIELD_INVALID")]
    [InlineData("\"daysInAdvance\": 14, ", "", "FIELD_REQUIRED")]
    [InlineData("\"timeOfDay\": \"08:00\"", "\"timeOfDay\": \"8 o'clock\"", "TIME_INVALID")]
    [InlineData("\"zone\": \"Europe/Amsterdam\"", "\"zone\": \"Europe/Atlantis\"", "ZONE_UNKNOWN")]
    [InlineData("\"start\": \"2026-01-01\"", "\"start\": \"2026-02-30\"", "DATE_INVALID")]
    [InlineData("\"rrule\": \"FREQ=MONTHLY;BYMONTHDAY=-1\"", "\"rrule\": \"FREQ=HOURLY\"", "CONTRACT_SCHEDULE_RULE_FREQUENCY")]
    [InlineData("\"rrule\": \"FREQ=MONTHLY;BYMONTHDAY=-1\"", "\"rrule\": \"FREQ=DAILY;BYHOUR=9\"", "CONTRACT_SCHEDULE_RULE_TIME_PARTS")]
    [InlineData("\"rrule\": \"FREQ=MONTHLY;BYMONTHDAY=-1\"", "\"rrule\": \"FREQ=DAILY;UNTIL=20261231T000000Z\"", "CONTRACT_SCHEDULE_RULE_UTC_UNTIL")]
    [InlineData("\"rrule\": \"FREQ=MONTHLY;BYMONTHDAY=-1\"", "\"rrule\": \"FREQ=MONTHLY;BYFOO=1\"", "RRULE_UNKNOWN_PART")]
    [InlineData("\"name\": \"monthly\"", "\"name\": \"a/b\"", "CONTRACT_SCHEDULE_NAME_INVALID")]
    [InlineData("\"to\": \"2026-06-30\"", "\"to\": \"2126-06-30\"", "HORIZON_TOO_LONG")]
    [InlineData("\"id\": \"c1\", ", "", "FIELD_REQUIRED")]
    public void Run_WhenOneFieldIsWrong_AnswersItsErrorCodeAndGoesOn(string original, string replacement, string code)
    {
        string line = Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Valid, line);

        List<JsonElement> results = Run(line + "\n\n" + Valid);

        Assert.Equal(2, results.Count);
        Assert.Equal(code, results[0].GetProperty("error").GetProperty("code").GetString());
        Assert.True(results[1].TryGetProperty("workOrders", out _));
    }

    [Fact]
    public void Run_WhenTheLineIsNotJson_AnswersJsonInvalidWithANullId()
    {
        JsonElement result = Run("{oops").Single();

        Assert.Equal(JsonValueKind.Null, result.GetProperty("id").ValueKind);
        Assert.Equal("JSON_INVALID", result.GetProperty("error").GetProperty("code").GetString());
    }

    [Property(MaxTest = 200)]
    public Property Run_WhenAFieldHoldsAnyJsonValue_AnswersExactlyOneLineAndNeverThrows()
    {
        string[] fields = ["zone", "start", "end", "terminatedOn", "daysInAdvance", "timeOfDay", "employee", "missed", "schedules", "from", "to", "precedence", "rrule", "name"];
        string[] values = ["null", "0", "-1", "1e400", "\"\"", "\"x\"", "[]", "{}", "[{}]", "true", "\"9999-12-31\"", "\"0001-01-01\"", "\"23:59\"", "2147483648"];
        var gen =
            from field in Gen.Elements(fields)
            from value in Gen.Elements(values)
            select (field, value);
        return Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            string line = System.Text.RegularExpressions.Regex.Replace(Valid, $"\"{pair.field}\": (\"[^\"]*\"|-?\\d+|\\[.*\\](?=, \"from\"))", $"\"{pair.field}\": {pair.value}");
            List<JsonElement> results = Run(line);
            return results.Count == 1 && (results[0].TryGetProperty("workOrders", out _) || results[0].TryGetProperty("error", out _));
        });
    }

    [Fact]
    public void Run_WhenAContractRunsToTheLastIsoDate_AnswersWithoutFailing()
    {
        string line = Valid
            .Replace("\"end\": \"2026-12-31\", \"terminatedOn\": \"2026-08-15\", ", "", StringComparison.Ordinal)
            .Replace("\"start\": \"2026-01-01\"", "\"start\": \"9999-01-01\"", StringComparison.Ordinal)
            .Replace("\"from\": \"2026-01-01\", \"to\": \"2026-06-30\"", "\"from\": \"9999-12-01\", \"to\": \"9999-12-31\"", StringComparison.Ordinal)
            .Replace("\"daysInAdvance\": 14", "\"daysInAdvance\": 365", StringComparison.Ordinal);

        JsonElement result = Run(line).Single();

        Assert.Equal("9999-12-31", result.GetProperty("workOrders").EnumerateArray().Last().GetProperty("target").GetString());
    }

    private static string Canonical(JsonElement workOrders) =>
        JsonSerializer.Serialize(workOrders.EnumerateArray().Select(w => w.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => p.Value.GetString())).ToList());

    private static List<JsonElement> Run(string input)
    {
        using var output = new MemoryStream();
        new ContractsSimulateJsonLines(DateTimeZoneProviders.Tzdb).Run(new StringReader(input), output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
