using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using OutSmart.Domain.SampleHost.Tests.Arbitraries;
using OutSmart.Domain.SampleHost.Tests.TestData;
using NodaTime;
using OutSmart.Domain.SampleHost.JsonLines;
using OutSmart.Domain.SampleHost.Scheduling;

namespace OutSmart.Domain.SampleHost.Tests.Scheduling;

public sealed class ScheduleJsonLinesTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "TestData", "rrule-public.jsonl");

    [Fact]
    public void Run_WhenFedTheWholeConformanceCorpus_WritesTheExpectedOccurrencesForEveryCase()
    {
        string[] cases = File.ReadAllLines(CorpusPath);

        List<JsonElement> results = Run(string.Join('\n', cases));

        Assert.Equal(cases.Length, results.Count);
        var mismatches = new List<string>();
        for (int i = 0; i < cases.Length; i++)
        {
            using var input = JsonDocument.Parse(cases[i]);
            string id = input.RootElement.GetProperty("id").GetString()!;
            Assert.Equal(id, results[i].GetProperty("id").GetString());
            string[] expected = [.. input.RootElement.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!)];
            if (!results[i].TryGetProperty("occurrences", out JsonElement occurrences))
            {
                mismatches.Add($"{id}: error {results[i].GetProperty("error")}");
                continue;
            }
            string[] actual = [.. occurrences.EnumerateArray().Select(e => e.GetString()!)];
            if (!actual.SequenceEqual(expected))
            {
                mismatches.Add($"{id}: expected {expected.Length} occurrences starting [{string.Join(", ", expected.Take(3))}], got {actual.Length} starting [{string.Join(", ", actual.Take(3))}]");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Length} cases differ:\n{string.Join('\n', mismatches.Take(20))}");
    }

    [Theory]
    [InlineData("{not json", "JSON_INVALID")]
    [InlineData("[1, 2]", "JSON_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-02-30T09:00:00\",\"rrule\":\"FREQ=DAILY\"}", "DTSTART_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\"}", "DTSTART_INVALID")]
    [InlineData("{\"id\":\"x\",\"rrule\":\"FREQ=DAILY\"}", "DTSTART_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":20260105,\"rrule\":\"FREQ=DAILY\"}", "FIELD_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY;BYFOO=1\"}", "RRULE_UNKNOWN_PART")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY;COUNT=2;UNTIL=20260110T000000\"}", "RRULE_COUNT_WITH_UNTIL")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\"}", "RRULE_EMPTY")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"zone\":\"Europe/Atlantis\"}", "ZONE_UNKNOWN")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"max\":-1}", "MAX_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"max\":2.5}", "MAX_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"max\":\"10\"}", "MAX_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"max\":99999999999}", "MAX_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"exdate\":[\"yesterday\"]}", "DATE_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"rdate\":\"2026-01-07T09:00\"}", "FIELD_INVALID")]
    public void Run_WhenLineIsMalformed_WritesAnErrorLineWithCodeAndMessage(string line, string code)
    {
        List<JsonElement> results = Run(line);

        JsonElement error = Assert.Single(results).GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public void Run_WhenMalformedLinesAreMixedIn_AnswersEveryLineInOrderAndSkipsBlankLines()
    {
        string input = string.Join('\n',
            "{\"id\":\"first\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY;COUNT=2\"}",
            "",
            "   ",
            "garbage",
            "{\"id\":\"third\",\"dtstart\":\"2026-02-30T09:00\",\"rrule\":\"FREQ=DAILY\"}",
            "{\"id\":\"fourth\",\"dtstart\":\"2026-01-05T09:00:00\",\"rrule\":\"FREQ=WEEKLY;COUNT=1\"}");

        List<JsonElement> results = Run(input);

        Assert.Equal(4, results.Count);
        Assert.Equal(["2026-01-05T09:00:00", "2026-01-06T09:00:00"], Occurrences(results[0]));
        Assert.Equal("JSON_INVALID", results[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("id").ValueKind);
        Assert.Equal("third", results[2].GetProperty("id").GetString());
        Assert.Equal("DTSTART_INVALID", results[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(["2026-01-05T09:00:00"], Occurrences(results[3]));
    }

    [Fact]
    public void Run_WhenMaxIsAbsent_WritesTheFirstHundred()
    {
        List<JsonElement> results = Run("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\"}");

        string[] occurrences = Occurrences(Assert.Single(results));
        Assert.Equal(ScheduleJsonLines.DefaultMax, occurrences.Length);
        Assert.Equal("2026-04-14T09:00:00", occurrences[^1]);
    }

    [Fact]
    public void Run_WhenMaxIsZero_WritesAnEmptyList()
    {
        List<JsonElement> results = Run("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY\",\"max\":0}");

        Assert.Empty(Occurrences(Assert.Single(results)));
    }

    [Fact]
    public void Run_WhenZoneIsGiven_AppendsTheOffsetAndMovesTimesOutOfTheGap()
    {
        List<JsonElement> results = Run("{\"id\":\"dst\",\"dtstart\":\"2026-03-28T02:30\",\"rrule\":\"FREQ=DAILY\",\"max\":3,\"zone\":\"Europe/Amsterdam\"}");

        Assert.Equal(["2026-03-28T02:30:00+01:00", "2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"], Occurrences(Assert.Single(results)));
    }

    [Fact]
    public void Run_WhenZoneIsWestOfGreenwich_WritesANegativeOffset()
    {
        List<JsonElement> results = Run("{\"id\":\"ny\",\"dtstart\":\"2026-11-01T01:30\",\"rrule\":\"FREQ=HOURLY;COUNT=2\",\"zone\":\"America/New_York\"}");

        Assert.Equal(["2026-11-01T01:30:00-04:00", "2026-11-01T02:30:00-05:00"], Occurrences(Assert.Single(results)));
    }

    [Fact]
    public void Run_WhenRdateAndExdateAreGiven_AddsAndRemovesThem()
    {
        List<JsonElement> results = Run("{\"id\":\"x\",\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=WEEKLY;COUNT=3\",\"rdate\":[\"2026-01-07T09:00:00\"],\"exdate\":[\"2026-01-12T09:00\"]}");

        Assert.Equal(["2026-01-05T09:00:00", "2026-01-07T09:00:00", "2026-01-19T09:00:00"], Occurrences(Assert.Single(results)));
    }

    [Fact]
    public void Run_WhenIdIsANumber_EchoesItAsText()
    {
        List<JsonElement> results = Run("{\"id\":42,\"dtstart\":\"2026-01-05T09:00\",\"rrule\":\"FREQ=DAILY;COUNT=1\"}");

        Assert.Equal("42", Assert.Single(results).GetProperty("id").GetString());
    }

    [Fact]
    public void Run_WhenTenThousandLines_AnswersEveryLineInOrder()
    {
        string[] corpus = File.ReadAllLines(CorpusPath);
        var input = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            using var line = JsonDocument.Parse(corpus[i % corpus.Length]);
            input.Append("{\"id\":\"n").Append(i).Append("\",\"dtstart\":\"").Append(line.RootElement.GetProperty("dtstart").GetString())
                .Append("\",\"rrule\":").Append(line.RootElement.GetProperty("rrule").GetRawText()).Append(",\"zone\":\"Europe/Amsterdam\"}\n");
        }

        List<JsonElement> results = Run(input.ToString());

        Assert.Equal(10_000, results.Count);
        Assert.All(results.Select((r, i) => (r, i)), p => Assert.Equal($"n{p.i}", p.r.GetProperty("id").GetString()));
        Assert.All(results, r => Assert.True(r.TryGetProperty("occurrences", out _), r.ToString()));
    }

    [Fact]
    public void Run_WhenAFieldHoldsAnEscapedLoneSurrogate_AnswersThatLineWithAnErrorAndGoesOn()
    {
        string input = string.Join('\n',
            "{\"id\":6,\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\\ud800\",\"max\":2}",
            "{\"id\":7,\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\",\"max\":2}");

        List<JsonElement> results = Run(input);

        Assert.Equal(2, results.Count);
        Assert.Equal("6", results[0].GetProperty("id").GetString());
        Assert.Equal("FIELD_INVALID", results[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(["2026-01-01T00:00:00", "2026-01-02T00:00:00"], Occurrences(results[1]));
    }

    [Theory]
    [InlineData("{\"id\":\"\\udc00\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\"}")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\\ud800\",\"rrule\":\"FREQ=DAILY\"}")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\",\"zone\":\"\\ud800\"}")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\",\"exdate\":[\"\\ud800\"]}")]
    [InlineData("{\"\\ud800\":1,\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\"}")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\ud800\"}")]
    public void Run_WhenAnyPartOfALineIsNotValidUtf16_AnswersWithAnErrorLine(string line)
    {
        List<JsonElement> results = Run(line + "\n{\"id\":\"next\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY;COUNT=1\"}");

        Assert.Equal(2, results.Count);
        Assert.True(results[0].TryGetProperty("error", out _), results[0].ToString());
        Assert.Equal(["2026-01-01T00:00:00"], Occurrences(results[1]));
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\",\"rrule\":\"FREQ=WEEKLY\"}", "rrule")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\",\"dt\\u0073tart\":\"2026-01-02T00:00\",\"rrule\":\"FREQ=DAILY\"}", "dtstart")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\",\"max\":1,\"max\":2}", "max")]
    public void Run_WhenAFieldIsRepeated_AnswersFieldDuplicateWithTheId(string line, string field)
    {
        List<JsonElement> results = Run(line);

        JsonElement result = Assert.Single(results);
        Assert.Equal("x", result.GetProperty("id").GetString());
        Assert.Equal("FIELD_DUPLICATE", result.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains(field, result.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenTheIdIsRepeated_AnswersFieldDuplicateWithoutAnId()
    {
        List<JsonElement> results = Run("{\"id\":\"a\",\"id\":\"b\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY\"}");

        JsonElement result = Assert.Single(results);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("id").ValueKind);
        Assert.Equal("FIELD_DUPLICATE", result.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T24:00\",\"rrule\":\"FREQ=DAILY\"}", "DTSTART_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T24:00:00\",\"rrule\":\"FREQ=DAILY\"}", "DTSTART_INVALID")]
    [InlineData("{\"id\":\"x\",\"dtstart\":\"2026-01-01T09:00\",\"rrule\":\"FREQ=DAILY\",\"rdate\":[\"2026-01-03T24:00\"]}", "DATE_INVALID")]
    public void Run_WhenATimeIsTwentyFourHundred_RefusesItInsteadOfStartingTheNextDay(string line, string code)
    {
        List<JsonElement> results = Run(line);

        Assert.Equal(code, Assert.Single(results).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Run_WhenALineIsLongerThanTheLimit_AnswersLineTooLongWithoutReadingItWholeAndGoesOn()
    {
        const int hugeLength = 40_000_000;
        using var input = new HugeLineReader(hugeLength, "{\"id\":\"after\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY;COUNT=1\"}\n");
        using var output = new MemoryStream();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        int cases = new ScheduleJsonLines(DateTimeZoneProviders.Tzdb).Run(input, output);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < hugeLength / 4, $"Reading a {hugeLength:N0}-character line allocated {allocated:N0} bytes.");
        Assert.Equal(2, cases);
        List<JsonElement> results = Parse(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal("LINE_TOO_LONG", results[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("id").ValueKind);
        Assert.Equal(["2026-01-01T00:00:00"], Occurrences(results[1]));
    }

    [Fact]
    public void Run_WhenALineIsExactlyAtTheLimit_ReadsIt()
    {
        string line = "{\"id\":\"edge\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY;COUNT=1\"}";
        line += new string(' ', JsonLinesCommand.MaxLineLength - line.Length);

        List<JsonElement> results = Run(line + "\r\n" + line);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(["2026-01-01T00:00:00"], Occurrences(r)));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ScheduleLineArbitraries)])]
    public void Run_ForAnyText_AnswersEveryNonBlankLineAndThrowsNothing(RawLines lines)
    {
        string input = string.Join('\n', lines.Lines) + "\n{\"id\":\"last\",\"dtstart\":\"2026-01-01T00:00\",\"rrule\":\"FREQ=DAILY;COUNT=1\"}";

        List<JsonElement> results = Run(input);

        int expected = input.Split(['\r', '\n']).Count(l => !string.IsNullOrWhiteSpace(l));
        Assert.Equal(expected, results.Count);
        Assert.Equal("last", results[^1].GetProperty("id").GetString());
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(ScheduleLineArbitraries)])]
    public void Run_ForAnyCaseBuiltFromPlausibleFields_AnswersWithOccurrencesOrAnErrorAndThrowsNothing(ScheduleLine line)
    {
        List<JsonElement> results = Run(line.Text);

        JsonElement result = Assert.Single(results);
        Assert.True(result.TryGetProperty("occurrences", out _) ^ result.TryGetProperty("error", out _), result.ToString());
        Assert.False(result.ToString().Contains("CASE_FAILED"), result.ToString());
    }

    private static string[] Occurrences(JsonElement result) =>
        [.. result.GetProperty("occurrences").EnumerateArray().Select(e => e.GetString()!)];

    private static List<JsonElement> Run(string input)
    {
        using var output = new MemoryStream();
        new ScheduleJsonLines(DateTimeZoneProviders.Tzdb).Run(new StringReader(input), output);
        return Parse(Encoding.UTF8.GetString(output.ToArray()));
    }

    private static List<JsonElement> Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
