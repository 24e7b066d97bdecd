using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.SampleHost.Contracts;

namespace OutSmart.Domain.SampleHost.Tests.Contracts;

public sealed class SlaJsonLinesTests
{
    private static readonly string SamplesPath = Path.Combine(AppContext.BaseDirectory, "TestData", "contracts-sla-public.jsonl");

    private const string Valid =
        "{\"id\": \"s1\", \"zone\": \"Europe/Amsterdam\", \"hours\": {\"mo\": [\"08:00-12:00\", \"13:00-17:00\"], \"tu\": [\"08:00-17:00\"], \"we\": [\"08:00-17:00\"], \"th\": [\"08:00-17:00\"], \"fr\": [\"08:00-17:00\"], \"sa\": [], \"su\": []},"
        + " \"holidays\": \"nl\", \"created\": \"2026-03-27T15:30:00Z\", \"targets\": {\"response\": \"PT4H\", \"onSite\": \"PT8H\", \"resolution\": \"PT16H\"}, \"warning\": 0.75,"
        + " \"events\": [{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}, {\"kind\": \"resumed\", \"at\": \"2026-03-30T09:00:00Z\"}, {\"kind\": \"responded\", \"at\": \"2026-03-30T10:00:00Z\"}],"
        + " \"now\": \"2026-03-31T12:00:00Z\"}";

    [Fact]
    public void Run_WhenFedEveryPublicSample_WritesTheExpectedAnswerForEachOfThem()
    {
        string[] lines = File.ReadAllLines(SamplesPath);
        var inputs = new List<string>();
        var expected = new List<JsonNode>();
        foreach (string line in lines)
        {
            JsonObject sample = JsonNode.Parse(line)!.AsObject();
            expected.Add(sample["expect"]!.DeepClone());
            sample.Remove("expect");
            inputs.Add(sample.ToJsonString());
        }

        List<JsonElement> results = Run(string.Join('\n', inputs));

        Assert.Equal(48, lines.Length);
        Assert.Equal(lines.Length, results.Count);
        var mismatches = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            JsonObject actual = JsonNode.Parse(results[i].GetRawText())!.AsObject();
            string id = JsonNode.Parse(inputs[i])!["id"]!.GetValue<string>();
            Assert.Equal(id, actual["id"]!.GetValue<string>());
            actual.Remove("id");
            if (!JsonNode.DeepEquals(actual, expected[i]))
            {
                mismatches.Add($"{id}: expected {expected[i].ToJsonString()}, got {actual.ToJsonString()}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {lines.Length} samples differ:\n{string.Join('\n', mismatches)}");
    }

    [Fact]
    public void Run_WhenTheIssueExampleIsRead_AnswersEachTargetWithDeadlineStateAndAtInTheZone()
    {
        JsonElement result = Assert.Single(Run(Valid));

        // Friday 16:30–17:00 and Monday 08:00–09:00 count, 09:00–11:00 is paused, 11:00–12:00 and 13:00–14:30 count.
        JsonElement response = result.GetProperty("response");
        Assert.Equal("2026-03-30T14:30:00+02:00", response.GetProperty("deadline").GetString());
        Assert.Equal("met", response.GetProperty("state").GetString());
        Assert.Equal("2026-03-30T12:00:00+02:00", response.GetProperty("at").GetString());
        Assert.False(result.GetProperty("resolution").TryGetProperty("at", out _));
        Assert.Equal(["id", "response", "onSite", "resolution"], result.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Run_WhenPausedAtNowBeforeTheTargetWasReached_WritesANullDeadlineAndPaused()
    {
        string line = Valid.Replace(", {\"kind\": \"resumed\", \"at\": \"2026-03-30T09:00:00Z\"}, {\"kind\": \"responded\", \"at\": \"2026-03-30T10:00:00Z\"}", string.Empty);

        JsonElement resolution = Assert.Single(Run(line)).GetProperty("resolution");

        Assert.Equal(JsonValueKind.Null, resolution.GetProperty("deadline").ValueKind);
        Assert.Equal("paused", resolution.GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("\"zone\": \"Europe/Amsterdam\"", "\"zone\": \"Europe/Atlantis\"", "ZONE_UNKNOWN")]
    [InlineData("\"zone\": \"Europe/Amsterdam\", ", "", "FIELD_REQUIRED")]
    [InlineData("\"tu\": [\"08:00-17:00\"]", "\"tu\": [\"17:00-08:00\"]", "HOURS_INVALID")]
    [InlineData("\"tu\": [\"08:00-17:00\"]", "\"tu\": [\"08:00-12:00\", \"11:00-17:00\"]", "HOURS_INVALID")]
    [InlineData("\"tu\": [\"08:00-17:00\"]", "\"tu\": [\"8:00-17:00\"]", "HOURS_INVALID")]
    [InlineData("\"tu\": [\"08:00-17:00\"]", "\"tu\": [\"08:00-24:01\"]", "HOURS_INVALID")]
    [InlineData("\"tu\": [\"08:00-17:00\"]", "\"tu\": [\"08:00-00:00\"]", "HOURS_INVALID")]
    [InlineData("\"su\": []", "\"zo\": []", "HOURS_INVALID")]
    [InlineData("\"su\": []", "\"su\": \"08:00-17:00\"", "HOURS_INVALID")]
    [InlineData("\"holidays\": \"nl\"", "\"holidays\": \"de\"", "HOLIDAYS_INVALID")]
    [InlineData("\"created\": \"2026-03-27T15:30:00Z\"", "\"created\": \"2026-03-27T15:30:00\"", "INSTANT_INVALID")]
    [InlineData("\"created\": \"2026-03-27T15:30:00Z\"", "\"created\": \"2026-02-30T15:30:00Z\"", "INSTANT_INVALID")]
    [InlineData("\"now\": \"2026-03-31T12:00:00Z\"", "\"now\": \"2026-03-31T24:00:00Z\"", "INSTANT_INVALID")]
    [InlineData("\"response\": \"PT4H\"", "\"response\": \"PT0H\"", "TARGET_INVALID")]
    [InlineData("\"response\": \"PT4H\"", "\"response\": \"P1D\"", "TARGET_INVALID")]
    [InlineData("\"response\": \"PT4H\"", "\"response\": \"PT30M4H\"", "TARGET_INVALID")]
    [InlineData("\"response\": \"PT4H\"", "\"response\": \"PT99999999999999999999H\"", "TARGET_INVALID")]
    [InlineData("\"response\": \"PT4H\"", "\"reaction\": \"PT4H\"", "TARGET_INVALID")]
    [InlineData("{\"response\": \"PT4H\", \"onSite\": \"PT8H\", \"resolution\": \"PT16H\"}", "{}", "TARGET_INVALID")]
    [InlineData("\"warning\": 0.75", "\"warning\": 1.5", "WARNING_INVALID")]
    [InlineData("\"warning\": 0.75", "\"warning\": \"0.75\"", "FIELD_INVALID")]
    [InlineData("{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}", "{\"kind\": \"waiting\", \"at\": \"2026-03-30T07:00:00Z\"}", "EVENT_INVALID")]
    [InlineData("{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}", "{\"kind\": \"paused\", \"at\": \"monday\"}", "EVENT_INVALID")]
    [InlineData("{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}", "{\"kind\": \"resumed\", \"at\": \"2026-03-30T07:00:00Z\"}", "SLA_PAUSE_MISMATCH")]
    [InlineData("{\"kind\": \"paused\", \"at\": \"2026-03-30T07:00:00Z\"}", "{\"kind\": \"paused\", \"at\": \"2026-03-27T15:00:00Z\"}", "SLA_EVENT_BEFORE_CREATED")]
    [InlineData("{\"kind\": \"responded\", \"at\": \"2026-03-30T10:00:00Z\"}", "{\"kind\": \"responded\", \"at\": \"2026-03-30T08:00:00Z\"}", "SLA_EVENT_OUT_OF_ORDER")]
    [InlineData("{\"kind\": \"responded\", \"at\": \"2026-03-30T10:00:00Z\"}", "{\"kind\": \"responded\", \"at\": \"2026-04-01T10:00:00Z\"}", "SLA_EVENT_AFTER_NOW")]
    [InlineData("\"now\": \"2026-03-31T12:00:00Z\"", "\"now\": \"2026-03-27T15:00:00Z\", \"events\": []", "FIELD_DUPLICATE")]
    [InlineData("\"now\": \"2026-03-31T12:00:00Z\"", "\"now\": \"2026-03-31T12:00:00Z\", \"priority\": \"high\"", "FIELD_UNKNOWN")]
    public void Run_WhenALineBreaksTheFormat_WritesAnErrorWithTheIdCodeAndMessage(string part, string replacement, string code)
    {
        Assert.Contains(part, Valid, StringComparison.Ordinal);

        JsonElement result = Assert.Single(Run(Valid.Replace(part, replacement, StringComparison.Ordinal)));

        JsonElement error = result.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal("s1", result.GetProperty("id").GetString());
    }

    [Fact]
    public void Run_WhenNowIsBeforeCreated_WritesSlaReadBeforeCreated()
    {
        string line = Valid.Replace("\"now\": \"2026-03-31T12:00:00Z\"", "\"now\": \"2026-03-27T15:00:00Z\"").Replace(Valid[Valid.IndexOf("\"events\"", StringComparison.Ordinal)..Valid.IndexOf("\"now\"", StringComparison.Ordinal)], string.Empty);

        JsonElement result = Assert.Single(Run(line));

        Assert.Equal("SLA_READ_BEFORE_CREATED", result.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Run_WhenMalformedAndBlankLinesAreMixedIn_AnswersEveryOtherLineInOrder()
    {
        string input = string.Join('\n', Valid, "", "  ", "not json", "[1]", Valid.Replace("\"s1\"", "\"s2\""));

        List<JsonElement> results = Run(input);

        Assert.Equal(4, results.Count);
        Assert.Equal("s1", results[0].GetProperty("id").GetString());
        Assert.Equal("JSON_INVALID", results[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("id").ValueKind);
        Assert.Equal("JSON_INVALID", results[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("s2", results[3].GetProperty("id").GetString());
        Assert.True(results[3].TryGetProperty("response", out _));
    }

    [Fact]
    public void Run_WhenTenThousandLines_AnswersEveryLineInOrderWithinSeconds()
    {
        string[] samples = [.. File.ReadAllLines(SamplesPath).Select(l => { JsonObject o = JsonNode.Parse(l)!.AsObject(); o.Remove("expect"); return o.ToJsonString(); })];
        var input = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            JsonObject line = JsonNode.Parse(samples[i % samples.Length])!.AsObject();
            line["id"] = $"n{i}";
            input.Append(line.ToJsonString()).Append('\n');
        }
        var watch = Stopwatch.StartNew();

        List<JsonElement> results = Run(input.ToString());

        watch.Stop();
        Assert.Equal(10_000, results.Count);
        Assert.All(results.Select((r, i) => (r, i)), p => Assert.Equal($"n{p.i}", p.r.GetProperty("id").GetString()));
        Assert.All(results, r => Assert.False(r.TryGetProperty("error", out _), r.ToString()));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"10,000 lines took {watch.Elapsed}.");
    }

    [Property(MaxTest = 300)]
    public bool Run_WhenAnyCharacterOfAValidLineIsReplacedOrTheLineIsCut_AnswersWithExactlyOneJsonLine(NonNegativeInt position, char replacement, bool cut)
    {
        int at = position.Get % Valid.Length;
        string line = cut ? Valid[..at] : string.Concat(Valid.AsSpan(0, at), replacement.ToString(), Valid.AsSpan(at + 1));
        if (string.IsNullOrWhiteSpace(line) || line.Contains('\n') || line.Contains('\r'))
        {
            return true;
        }

        List<JsonElement> results = Run(line);

        return results.Count == 1
            && (results[0].TryGetProperty("error", out JsonElement error)
                ? error.GetProperty("code").GetString() is { Length: > 0 } code && code != "CASE_FAILED"
                : results[0].EnumerateObject().Skip(1).All(p => p.Value.TryGetProperty("state", out _)));
    }

    [Fact]
    public void TryParseDuration_ReadsHoursMinutesAndSecondsInThatOrder()
    {
        Assert.True(ContractsSlaJsonLines.TryParseDuration("PT1H30M15.5S", out Duration duration));
        Assert.Equal(Duration.FromHours(1) + Duration.FromMinutes(30) + Duration.FromMilliseconds(15_500), duration);
        Assert.True(ContractsSlaJsonLines.TryParseDuration("PT90M", out duration));
        Assert.Equal(Duration.FromMinutes(90), duration);
        Assert.False(ContractsSlaJsonLines.TryParseDuration("PT", out _));
        Assert.False(ContractsSlaJsonLines.TryParseDuration("PT1.5H", out _));
        Assert.False(ContractsSlaJsonLines.TryParseDuration("PT1H1H", out _));
        Assert.False(ContractsSlaJsonLines.TryParseDuration("pt1h", out _));
    }

    private static List<JsonElement> Run(string input)
    {
        using var output = new MemoryStream();
        new ContractsSlaJsonLines(DateTimeZoneProviders.Tzdb).Run(new StringReader(input), output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
