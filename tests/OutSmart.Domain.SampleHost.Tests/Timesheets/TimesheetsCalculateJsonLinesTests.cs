using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.SampleHost.Tests.Arbitraries;
using OutSmart.Domain.SampleHost.Timesheets;

namespace OutSmart.Domain.SampleHost.Tests.Timesheets;

public sealed class TimesheetsCalculateJsonLinesTests
{
    private const string Rules =
        "\"zone\":\"Europe/Amsterdam\",\"holidays\":\"nl\",\"rate\":\"60.00\"," +
        "\"windows\":[{\"name\":\"evening\",\"days\":[\"mo\",\"tu\",\"we\",\"th\",\"fr\"],\"from\":\"17:00\",\"to\":\"24:00\",\"multiplier\":\"1.25\"}," +
        "{\"name\":\"saturday\",\"days\":[\"sa\"],\"multiplier\":\"1.50\"},{\"name\":\"holiday\",\"holidays\":true,\"multiplier\":\"2\"}]," +
        "\"expected\":{\"mo\":\"8:00\",\"tu\":\"8:00\",\"we\":\"8:00\",\"th\":\"8:00\",\"fr\":\"8:00\",\"sa\":\"0:00\",\"su\":\"0:00\"}," +
        "\"overtime\":{\"mode\":\"daily-then-weekly\",\"toleranceMinutes\":0}";

    [Fact]
    public void Run_WhenGivenTheIssueExample_AnswersLinesDaysWeeksAndTotal()
    {
        JsonElement answer = Single("{\"id\":\"t1\"," + Rules + ",\"entries\":[{\"start\":\"2026-11-16T07:30\",\"end\":\"2026-11-16T18:15\"},{\"start\":\"2026-11-21T09:00\",\"end\":\"2026-11-21T13:00\"}]}");

        Assert.Equal("t1", answer.GetProperty("id").GetString());
        JsonElement[] lines = [.. answer.GetProperty("lines").EnumerateArray()];
        Assert.Equal(3, lines.Length);
        Assert.Equal("{\"entry\":0,\"from\":\"2026-11-16T07:30:00+01:00\",\"to\":\"2026-11-16T17:00:00+01:00\",\"window\":null,\"multiplier\":\"1\",\"minutes\":570,\"amount\":\"570.00\"}", lines[0].GetRawText());
        Assert.Equal("{\"entry\":0,\"from\":\"2026-11-16T17:00:00+01:00\",\"to\":\"2026-11-16T18:15:00+01:00\",\"window\":\"evening\",\"multiplier\":\"1.25\",\"minutes\":75,\"amount\":\"93.75\"}", lines[1].GetRawText());
        Assert.Equal("{\"entry\":1,\"from\":\"2026-11-21T09:00:00+01:00\",\"to\":\"2026-11-21T13:00:00+01:00\",\"window\":\"saturday\",\"multiplier\":\"1.50\",\"minutes\":240,\"amount\":\"360.00\"}", lines[2].GetRawText());
        Assert.Equal(7, answer.GetProperty("days").GetArrayLength());
        Assert.Equal("{\"date\":\"2026-11-16\",\"workedMinutes\":645,\"expectedMinutes\":480,\"overtimeMinutes\":165}", answer.GetProperty("days")[0].GetRawText());
        Assert.Equal("{\"week\":\"2026-W47\",\"workedMinutes\":885,\"expectedMinutes\":2400,\"overtimeMinutes\":405}", Assert.Single(answer.GetProperty("weeks").EnumerateArray()).GetRawText());
        Assert.Equal("1023.75", answer.GetProperty("totalAmount").GetString());
    }

    [Fact]
    public void Run_WhenATimeFallsInTheSpringGap_MovesItForwardByTheGap()
    {
        JsonElement answer = Single("{\"id\":\"g\"," + Rules + ",\"entries\":[{\"start\":\"2026-03-29T02:30\",\"end\":\"2026-03-29T05:00\"}]}");

        JsonElement line = Assert.Single(answer.GetProperty("lines").EnumerateArray());
        Assert.Equal("2026-03-29T03:30:00+02:00", line.GetProperty("from").GetString());
        Assert.Equal(90, line.GetProperty("minutes").GetInt32());
    }

    [Fact]
    public void Run_WhenATimeIsAmbiguous_TakesTheEarlierInstant()
    {
        JsonElement answer = Single("{\"id\":\"a\"," + Rules + ",\"entries\":[{\"start\":\"2026-10-25T02:30\",\"end\":\"2026-10-25T04:00\"}]}");

        JsonElement line = Assert.Single(answer.GetProperty("lines").EnumerateArray());
        Assert.Equal("2026-10-25T02:30:00+02:00", line.GetProperty("from").GetString());
        Assert.Equal(150, line.GetProperty("minutes").GetInt32());
    }

    [Theory]
    [InlineData("[{\"start\":\"2026-11-16T10:00\",\"end\":\"2026-11-16T09:00\"}]", "TS_END_BEFORE_START")]
    [InlineData("[{\"start\":\"2026-11-16T10:00\",\"end\":\"2026-11-16T10:00\"}]", "TS_ZERO_DURATION")]
    [InlineData("[{\"start\":\"2026-11-16T06:00\",\"end\":\"2026-11-16T18:01\"}]", "TS_ENTRY_TOO_LONG")]
    [InlineData("[{\"start\":\"2026-11-16T08:00\",\"end\":\"2026-11-16T12:00\"},{\"start\":\"2026-11-16T11:59\",\"end\":\"2026-11-16T13:00\"}]", "TS_OVERLAP")]
    [InlineData("[{\"start\":\"2026-11-16T08:00\",\"end\":\"2026-11-16T20:01\"},{\"start\":\"2026-11-16T11:00\",\"end\":\"2026-11-16T10:00\"}]", "TS_ENTRY_TOO_LONG")]
    [InlineData("[{\"start\":\"2026-11-16T08:00\",\"end\":\"2026-11-16T12:00\"},{\"start\":\"2026-11-16T09:00\",\"end\":\"2026-11-16T10:00\"},{\"start\":\"2026-11-17T09:00\",\"end\":\"2026-11-17T09:00\"}]", "TS_ZERO_DURATION")]
    [InlineData("[{\"start\":\"2026-03-29T02:00\",\"end\":\"2026-03-29T03:00\"}]", "TS_ZERO_DURATION")]
    public void Run_WhenAnEntryBreaksARule_RefusesTheLineWithTheFirstRuleInEntryOrderThenOverlap(string entries, string code)
    {
        JsonElement answer = Single("{\"id\":\"r\"," + Rules + ",\"entries\":" + entries + "}");

        Assert.Equal("r", answer.GetProperty("id").GetString());
        Assert.Equal(code, answer.GetProperty("error").GetProperty("code").GetString());
        Assert.False(answer.TryGetProperty("lines", out _));
    }

    [Fact]
    public void Run_WhenEntriesAreBackToBack_DoesNotCallThemOverlapping()
    {
        JsonElement answer = Single("{\"id\":\"b\"," + Rules + ",\"entries\":[{\"start\":\"2026-11-16T08:00\",\"end\":\"2026-11-16T12:00\"},{\"start\":\"2026-11-16T12:00\",\"end\":\"2026-11-16T16:00\"}]}");

        Assert.Equal(2, answer.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public void Run_WhenAnEntryLastsExactly720RealMinutesAcrossTheFallBackNight_AcceptsIt()
    {
        JsonElement answer = Single("{\"id\":\"d\"," + Rules + ",\"entries\":[{\"start\":\"2026-10-24T16:00\",\"end\":\"2026-10-25T03:00\"}]}");

        Assert.Equal(720, answer.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("minutes").GetInt32()));
    }

    [Theory]
    [InlineData("\"zone\":\"Europe/Amsterdam\"", "\"zone\":\"Mars/Olympus\"", "ZONE_UNKNOWN")]
    [InlineData("\"zone\":\"Europe/Amsterdam\",", "", "FIELD_REQUIRED")]
    [InlineData("\"holidays\":\"nl\"", "\"holidays\":\"de\"", "FIELD_INVALID")]
    [InlineData("\"rate\":\"60.00\"", "\"rate\":\"-60\"", "FIELD_INVALID")]
    [InlineData("\"rate\":\"60.00\"", "\"rate\":\"6e1\"", "FIELD_INVALID")]
    [InlineData("\"rate\":\"60.00\"", "\"rate\":60", "FIELD_INVALID")]
    [InlineData("\"multiplier\":\"1.25\"", "\"multiplier\":\"1\"", "MULTIPLIER_INVALID")]
    [InlineData("\"from\":\"17:00\",\"to\":\"24:00\"", "\"from\":\"17:00\",\"to\":\"17:00\"", "RATE_WINDOW_HOURS_INVALID")]
    [InlineData("\"from\":\"17:00\",\"to\":\"24:00\"", "\"from\":\"17:00\"", "FIELD_INVALID")]
    [InlineData("\"from\":\"17:00\",\"to\":\"24:00\"", "\"from\":\"25:00\",\"to\":\"26:00\"", "FIELD_INVALID")]
    [InlineData("\"name\":\"evening\"", "\"name\":\" \"", "RATE_WINDOW_NAME_REQUIRED")]
    [InlineData("\"days\":[\"mo\",\"tu\",\"we\",\"th\",\"fr\"]", "\"days\":[]", "RATE_WINDOW_DAYS_REQUIRED")]
    [InlineData("\"days\":[\"mo\",\"tu\",\"we\",\"th\",\"fr\"]", "\"days\":[\"monday\"]", "FIELD_INVALID")]
    [InlineData("\"days\":[\"sa\"]", "\"days\":[\"sa\"],\"holidays\":true", "FIELD_INVALID")]
    [InlineData("\"mo\":\"8:00\"", "\"mo\":\"8:60\"", "FIELD_INVALID")]
    [InlineData("\"mo\":\"8:00\"", "\"mo\":\"24:01\"", "FIELD_INVALID")]
    [InlineData("\"mo\":\"8:00\",", "", "FIELD_REQUIRED")]
    [InlineData("\"mo\":\"8:00\"", "\"mo\":\"8:00\",\"xx\":\"1:00\"", "FIELD_INVALID")]
    [InlineData("\"mode\":\"daily-then-weekly\"", "\"mode\":\"monthly\"", "FIELD_INVALID")]
    [InlineData("\"toleranceMinutes\":0", "\"toleranceMinutes\":-1", "FIELD_INVALID")]
    [InlineData("\"toleranceMinutes\":0", "\"toleranceMinutes\":1.5", "FIELD_INVALID")]
    [InlineData("\"start\":\"2026-11-16T07:30\"", "\"start\":\"2026-11-16T24:00\"", "FIELD_INVALID")]
    [InlineData("\"start\":\"2026-11-16T07:30\"", "\"start\":\"2026-02-30T07:30\"", "FIELD_INVALID")]
    [InlineData("\"start\":\"2026-11-16T07:30\"", "\"start\":\"2026-11-16T07:30:00\"", "FIELD_INVALID")]
    [InlineData("\"start\":\"2026-11-16T07:30\"", "\"start\":\"2026-11-16T07:30\",\"st\\u0061rt\":\"2026-11-16T07:30\"", "FIELD_DUPLICATE")]
    [InlineData("\"entries\":[", "\"entries\":7,\"x\":[", "FIELD_INVALID")]
    [InlineData("\"start\":\"2026-11-16T07:30\",\"end\":\"2026-11-16T18:15\"", "\"start\":\"9999-12-31T07:30\",\"end\":\"9999-12-31T18:15\"", "FIELD_INVALID")]
    public void Run_WhenAFieldIsMissingOrMalformed_RefusesTheLineWithACodeAndMessage(string find, string replace, string code)
    {
        string line = "{\"id\":\"m\"," + Rules + ",\"entries\":[{\"start\":\"2026-11-16T07:30\",\"end\":\"2026-11-16T18:15\"}]}";
        Assert.Contains(find, line);

        JsonElement answer = Single(ReplaceFirst(line, find, replace));

        JsonElement error = answer.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public void Run_WhenLinesAreBlankOrNotJson_SkipsBlankOnesAndAnswersTheRestInOrder()
    {
        string input = string.Join('\n', "", "garbage", "   ", "{\"id\":2," + Rules + ",\"entries\":[]}", "[1]");

        List<JsonElement> answers = Run(input);

        Assert.Equal(3, answers.Count);
        Assert.Equal(JsonValueKind.Null, answers[0].GetProperty("id").ValueKind);
        Assert.Equal("JSON_INVALID", answers[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("2", answers[1].GetProperty("id").GetString());
        Assert.Equal(0, answers[1].GetProperty("lines").GetArrayLength());
        Assert.Equal("0.00", answers[1].GetProperty("totalAmount").GetString());
        Assert.Equal("JSON_INVALID", answers[2].GetProperty("error").GetProperty("code").GetString());
    }

    [Property(Arbitrary = [typeof(TimesheetLineArbitraries)], MaxTest = 400)]
    public void Run_ForAnyFieldByFieldCase_AnswersOneJsonObjectWithoutCaseFailed(TimesheetLine line)
    {
        List<JsonElement> answers = Run(line.Text);

        JsonElement answer = Assert.Single(answers);
        Assert.Equal(JsonValueKind.Object, answer.ValueKind);
        if (answer.TryGetProperty("error", out JsonElement error))
        {
            Assert.NotEqual("CASE_FAILED", error.GetProperty("code").GetString());
        }
        else
        {
            Assert.True(answer.TryGetProperty("totalAmount", out _));
        }
    }

    [Property(Arbitrary = [typeof(ScheduleLineArbitraries)], MaxTest = 200)]
    public void Run_ForAnyText_AnswersEachNonBlankLineOnceWithoutThrowing(RawLines raw)
    {
        string input = string.Join('\n', raw.Lines) + "\n{\"id\":\"last\"," + Rules + ",\"entries\":[]}";
        int nonBlank = input.Split(['\r', '\n']).Count(l => !string.IsNullOrWhiteSpace(l));

        List<JsonElement> answers = Run(input);

        Assert.Equal(nonBlank, answers.Count);
        Assert.Equal("last", answers[^1].GetProperty("id").GetString());
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int index = text.IndexOf(find, StringComparison.Ordinal);
        return text[..index] + replace + text[(index + find.Length)..];
    }

    private static JsonElement Single(string line) => Assert.Single(Run(line));

    private static List<JsonElement> Run(string input)
    {
        using var output = new MemoryStream();
        new TimesheetsCalculateJsonLines(DateTimeZoneProviders.Tzdb).Run(new StringReader(input), output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }
}
