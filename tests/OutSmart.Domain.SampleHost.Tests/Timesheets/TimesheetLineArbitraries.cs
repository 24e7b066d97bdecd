using FsCheck;
using FsCheck.Fluent;

namespace OutSmart.Domain.SampleHost.Tests.Timesheets;

/// <summary>One JSON Lines case for <c>timesheets calculate</c>, as text.</summary>
public sealed record TimesheetLine(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// Cases built field by field: mostly well-formed values with a share of broken ones (wrong kinds, impossible
/// times, 24:00, DST nights, lone surrogates, repeated keys), so that the fuzzing reaches every check of a case.
/// </summary>
public static class TimesheetLineArbitraries
{
    private static readonly string[] DayCodes = ["mo", "tu", "we", "th", "fr", "sa", "su"];

    private static readonly string[] Junk = ["null", "1", "\"\"", "[]", "{}", "true", "\"\\ud800\"", "\"x\"", "-1", "1e309"];

    public static Arbitrary<TimesheetLine> Lines() =>
        (from id in Optional(Gen.Elements("\"t\"", "7", "null", "\"\\ud800\"", "[]"))
         from zone in Optional(Gen.Elements("\"Europe/Amsterdam\"", "\"America/New_York\"", "\"UTC\"", "\"Mars/Olympus\"", "\"\""))
         from holidays in Optional(Gen.Elements("\"nl\"", "\"none\"", "\"de\"", "true"))
         from rate in Optional(Gen.Elements("\"60.00\"", "\"0\"", "\"41.15\"", "\"-1\"", "\"1e3\"", "\".5\"", "\"5.\"", "60", "\"99999999999999999999999999999999\""))
         from windows in Optional(Gen.ListOf(Window()).Select(w => "[" + string.Join(",", w.Take(5)) + "]"))
         from expected in Optional(Expected())
         from overtime in Optional(Overtime())
         from entries in Optional(Gen.ListOf(Entry()).Select(e => "[" + string.Join(",", e.Take(8)) + "]"))
         from extra in Gen.Frequency((8, Gen.Constant((string?)null)), (1, Gen.Elements<string?>("\"zone\":\"UTC\"", "\"other\":{\"a\":1,\"a\":2}", "\"r\\u0061te\":\"1\"")))
         let fields = new[]
         {
             Field("id", id), Field("zone", zone), Field("holidays", holidays), Field("rate", rate), Field("windows", windows),
             Field("expected", expected), Field("overtime", overtime), Field("entries", entries), extra,
         }.OfType<string>().ToArray()
         from shuffled in Gen.Shuffle(fields)
         select new TimesheetLine("{" + string.Join(",", (IEnumerable<string>)shuffled) + "}")).ToArbitrary();

    private static string? Field(string name, string? value) => value is null ? null : $"\"{name}\":{value}";

    private static Gen<string?> Optional(Gen<string> value) =>
        Gen.Frequency((12, value.Select(v => (string?)v)), (1, Gen.Constant((string?)null)), (1, Gen.Elements(Junk).Select(v => (string?)v)));

    private static Gen<string> Window() =>
        from name in Gen.Elements("\"evening\"", "\"\"", "\" \"", "1")
        from days in Gen.Elements("\"days\":[\"mo\",\"tu\"]", "\"days\":[\"sa\"]", "\"days\":[]", "\"days\":[\"xx\"]", "\"holidays\":true", "\"holidays\":false", "\"days\":[\"su\"],\"holidays\":true", "")
        from hours in Gen.Elements("", ",\"from\":\"17:00\",\"to\":\"24:00\"", ",\"from\":\"00:00\",\"to\":\"06:00\"", ",\"from\":\"18:00\",\"to\":\"17:00\"", ",\"from\":\"17:00\"", ",\"from\":\"24:00\",\"to\":\"24:00\"", ",\"from\":\"7:00\",\"to\":\"9:00\"")
        from multiplier in Gen.Elements("\"1.25\"", "\"2\"", "\"1\"", "\"0.5\"", "1.5", "\"1.50\"")
        select $"{{\"name\":{name}{(days.Length > 0 ? "," + days : "")}{hours},\"multiplier\":{multiplier}}}";

    private static Gen<string> Expected() =>
        from value in Gen.Elements("\"8:00\"", "\"0:00\"", "\"7:30\"", "\"24:00\"", "\"25:00\"", "\"8:60\"", "\"8\"", "8")
        from missing in Gen.Elements(-1, -1, -1, 3)
        let days = DayCodes.Where((_, i) => i != missing)
        select "{" + string.Join(",", days.Select(d => $"\"{d}\":{value}")) + "}";

    private static Gen<string> Overtime() =>
        from mode in Gen.Elements("\"daily\"", "\"weekly\"", "\"daily-then-weekly\"", "\"monthly\"", "1")
        from tolerance in Gen.Elements("0", "15", "-1", "1.5", "\"15\"", "99999999999")
        select $"{{\"mode\":{mode},\"toleranceMinutes\":{tolerance}}}";

    private static Gen<string> Entry() =>
        from day in Gen.Elements("2026-11-16", "2026-03-29", "2026-10-25", "2026-12-25", "2026-12-31", "2026-02-30", "0000-01-01", "9999-12-31")
        from start in Gen.Elements("00:00", "02:30", "07:30", "17:00", "23:59", "24:00", "9:00")
        from end in Gen.Elements("00:00", "02:30", "03:00", "12:00", "18:15", "23:59", "24:00")
        from nextDay in Gen.Elements(false, false, true)
        select $"{{\"start\":\"{day}T{start}\",\"end\":\"{(nextDay ? day[..8] + "17" : day)}T{end}\"}}";
}
