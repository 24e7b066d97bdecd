using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace OutSmart.Domain.Scheduling.Tests.TestData;

/// <summary>One line of <c>rrule-public.jsonl</c> (format in <c>/shared/conformance/README.md</c>).</summary>
public sealed record ConformanceCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("dtstart")] string DtStart,
    [property: JsonPropertyName("rrule")] string Rule,
    [property: JsonPropertyName("max")] int Max,
    [property: JsonPropertyName("expected")] string[] Expected,
    [property: JsonPropertyName("flags")] string[] Flags)
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceCase>> All = new(Load);

    public static IReadOnlyDictionary<string, ConformanceCase> Cases => All.Value;

    public LocalDateTime Start => Parse(DtStart);

    public static LocalDateTime Parse(string text) => Pattern.Parse(text).Value;

    public static string Format(LocalDateTime value) => Pattern.Format(value);

    private static Dictionary<string, ConformanceCase> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "rrule-public.jsonl");
        var cases = new Dictionary<string, ConformanceCase>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var item = JsonSerializer.Deserialize<ConformanceCase>(line)
                ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Bad line: {line}"));
            cases.Add(item.Id, item);
        }
        return cases;
    }
}
