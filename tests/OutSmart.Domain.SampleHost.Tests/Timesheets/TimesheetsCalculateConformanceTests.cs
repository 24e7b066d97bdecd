using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using OutSmart.Domain.SampleHost.Timesheets;

namespace OutSmart.Domain.SampleHost.Tests.Timesheets;

/// <summary>Runs the public samples of <c>/shared/conformance/timesheets-calculate-public.jsonl</c> through <c>timesheets calculate</c>.</summary>
public sealed class TimesheetsCalculateConformanceTests
{
    private static readonly string SamplesPath = Path.Combine(AppContext.BaseDirectory, "TestData", "timesheets-calculate-public.jsonl");

    private static readonly string[] DecimalFields = ["multiplier", "amount", "totalAmount"];

    private static readonly string[] InstantFields = ["from", "to"];

    [Fact]
    public void Run_WhenFedEveryPublicSample_AnswersEachAsExpected()
    {
        string[] samples = [.. File.ReadAllLines(SamplesPath).Where(l => !string.IsNullOrWhiteSpace(l))];
        var inputs = new List<string>();
        var expectations = new List<JsonNode>();
        foreach (string sample in samples)
        {
            JsonObject line = JsonNode.Parse(sample)!.AsObject();
            expectations.Add(line["expect"]!.DeepClone());
            line.Remove("expect");
            inputs.Add(line.ToJsonString());
        }

        List<JsonNode> answers = Run(string.Join('\n', inputs));

        Assert.Equal(46, samples.Length);
        Assert.Equal(samples.Length, answers.Count);
        var mismatches = new List<string>();
        for (int i = 0; i < samples.Length; i++)
        {
            string id = JsonNode.Parse(inputs[i])!["id"]!.GetValue<string>();
            Assert.Equal(id, answers[i]["id"]!.GetValue<string>());
            JsonNode expected = expectations[i];
            JsonObject answer = answers[i].AsObject();
            string? difference = expected["error"] is { } code
                ? answer["error"]?["code"]?.GetValue<string>() == code.GetValue<string>() ? null : $"expected error {code}, got {answer.ToJsonString()}"
                : Compare(expected, answer, "$");
            if (difference is not null)
            {
                mismatches.Add($"{id}: {difference}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {samples.Length} samples differ:\n{string.Join('\n', mismatches)}");
    }

    /// <summary>Compares an expected value with the answer: instants as local date-time and offset, decimals as numbers, the rest exactly.</summary>
    private static string? Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {actual.ToJsonString()}";
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    return $"{path}: expected an object, got {actual?.ToJsonString()}";
                }
                foreach ((string name, JsonNode? value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        return $"{path}.{name} is missing";
                    }
                    string childPath = $"{path}.{name}";
                    string? difference = DecimalFields.Contains(name) ? CompareDecimal(value, actualObject[name], childPath)
                        : InstantFields.Contains(name) ? CompareInstant(value, actualObject[name], childPath)
                        : Compare(value, actualObject[name], childPath);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }
                return null;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray || actualArray.Count != expectedArray.Count)
                {
                    return $"{path}: expected {expectedArray.Count} items, got {actual?.ToJsonString()}";
                }
                for (int i = 0; i < expectedArray.Count; i++)
                {
                    if (Compare(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}";
        }
    }

    private static string? CompareDecimal(JsonNode? expected, JsonNode? actual, string path) =>
        expected is null || actual is null
            ? (expected is null && actual is null ? null : $"{path}: expected {expected?.ToJsonString()}, got {actual?.ToJsonString()}")
            : decimal.Parse(expected.GetValue<string>(), CultureInfo.InvariantCulture) == decimal.Parse(actual.GetValue<string>(), CultureInfo.InvariantCulture)
                ? null
                : $"{path}: expected {expected.ToJsonString()}, got {actual.ToJsonString()}";

    private static string? CompareInstant(JsonNode? expected, JsonNode? actual, string path)
    {
        OffsetDateTime want = OffsetDateTimePattern.ExtendedIso.Parse(expected!.GetValue<string>()).Value;
        ParseResult<OffsetDateTime> got = OffsetDateTimePattern.ExtendedIso.Parse(actual?.GetValue<string>() ?? "");
        return got.Success && got.Value.LocalDateTime == want.LocalDateTime && got.Value.Offset == want.Offset
            ? null
            : $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}";
    }

    private static List<JsonNode> Run(string input)
    {
        using var output = new MemoryStream();
        new TimesheetsCalculateJsonLines(DateTimeZoneProviders.Tzdb).Run(new StringReader(input), output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];
    }
}
