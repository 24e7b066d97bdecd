using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace OutSmart.Domain.SampleHost.Tests.Arbitraries;

/// <summary>One JSON Lines case for <c>schedule expand</c>, as text.</summary>
public sealed record ScheduleLine(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Arbitrary text split into lines, rich in JSON punctuation, line breaks and lone surrogates.</summary>
public sealed record RawLines(string[] Lines)
{
    public override string ToString() => string.Join(" | ", Lines.Select(l => string.Concat(l.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()))));
}

/// <summary>
/// Cases that look like real input, field by field: mostly well-formed values with a share of broken ones (wrong
/// types, impossible dates, 24:00, lone surrogates, unknown rule parts, repeated keys), so that the fuzzing reaches
/// past the JSON parser into every check of a case.
/// </summary>
public static class ScheduleLineArbitraries
{
    private static readonly string[] Frequencies = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SOMETIMES", ""];
    private static readonly string[] Zones = ["Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "UTC", "Europe/Atlantis", "", "\\ud800"];
    private static readonly string[] Junk = ["", "x", "\\ud800", "\\udc00x", "\\u0000", "\u00e9", "\\\"", "T", "--", "24:00", "+01:00"];

    private static readonly char[] JsonCharacters = ['{', '}', '[', ']', '"', ':', ',', '\\', 'u', 'd', '8', '0', ' ', '\r', '\n', '\t', '\ud800', '\udc00', '\u00e9', '1', 'e', '-', '.', 'n', 't'];

    public static Arbitrary<RawLines> Raw() =>
        (from lines in Gen.ArrayOf(
             Gen.Frequency(
                 (4, Gen.ArrayOf(Gen.Frequency(
                     (4, Gen.Elements(JsonCharacters)),
                     (1, Gen.Choose(0, char.MaxValue).Select(c => (char)c)))).Select(chars => new string(chars))),
                 (1, Lines().Generator.Select(l => l.Text)),
                 (1, Lines().Generator.Select(l => l.Text[..(l.Text.Length / 2)]))))
         select new RawLines(lines)).ToArbitrary();

    public static Arbitrary<ScheduleLine> Lines() =>
        (from id in Optional(2, Gen.Elements("1", "\"a\"", "null", "{}", "[]", "\"\\ud800\"").Select(v => $"\"id\":{v}"))
         from start in Optional(9, DateText().Select(v => $"\"dtstart\":{v}"))
         from rule in Optional(9, Rule().Select(v => $"\"rrule\":{v}"))
         from max in Optional(1, Gen.Frequency(
                 (4, Gen.Choose(0, 40).Select(m => m.ToString(CultureInfo.InvariantCulture))),
                 (1, Gen.Elements("-1", "2.5", "\"3\"", "1e3", "100001", "99999999999", "null", "true")))
             .Select(v => $"\"max\":{v}"))
         from zone in Optional(1, Gen.Elements(Zones).Select(z => $"\"zone\":\"{z}\""))
         from dates in Optional(1, Gen.ListOf(DateText()).Select(d => $"\"rdate\":[{string.Join(",", (IEnumerable<string>)d)}]"))
         from exceptions in Optional(1, Gen.ListOf(DateText()).Select(d => $"\"exdate\":[{string.Join(",", (IEnumerable<string>)d)}]"))
         from extra in Gen.Frequency(
             (6, Gen.Constant((string?)null)),
             (1, Gen.Elements<string?>(
                 "\"rdate\":\"2026-01-01T00:00\"", "\"exdate\":7", "\"other\":{\"a\":1,\"a\":2}", "\"dt\\u0073tart\":\"2026-01-01T00:00\"",
                 "\"rrule\":\"FREQ=DAILY\"", "\"expected\":[]")))
         let fields = new[] { id, start, rule, max, zone, dates, exceptions, extra }.OfType<string>().ToArray()
         from shuffled in Gen.Shuffle(fields)
         select new ScheduleLine("{" + string.Join(",", (IEnumerable<string>)shuffled) + "}")).ToArbitrary();

    /// <summary>The field, or <see langword="null"/> (absent) once in <paramref name="oneIn"/> + 1 cases; 1 means half the time.</summary>
    private static Gen<string?> Optional(int oneIn, Gen<string> field) =>
        Gen.Frequency((oneIn, field.Select(f => (string?)f)), (1, Gen.Constant((string?)null)));

    private static Gen<string> DateText() =>
        Gen.Frequency(
            (6, from year in Gen.Frequency((6, Gen.Choose(1990, 2040)), (1, Gen.Choose(0, 9999)))
                from month in Gen.Choose(0, 13)
                from day in Gen.Choose(0, 32)
                from hour in Gen.Choose(0, 25)
                from minute in Gen.Choose(0, 60)
                from seconds in Gen.Elements("", ":00", ":59", ":60")
                from tail in Gen.Frequency((8, Gen.Constant("")), (1, Gen.Elements(Junk)))
                select $"\"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}{seconds}{tail}\""),
            (1, Gen.Elements("2026-01-01", "", "yesterday", "\\ud800").Select(t => $"\"{t}\"")),
            (1, Gen.Elements("20260101", "null", "[]", "{}", "true")));

    private static Gen<string> Rule() =>
        Gen.Frequency(
            (8, from frequency in Gen.Elements(Frequencies)
                from parts in Gen.ListOf(RulePart())
                from tail in Gen.Frequency((8, Gen.Constant("")), (1, Gen.Elements(Junk)))
                select "\"" + new StringBuilder("FREQ=").Append(frequency).Append(string.Concat(parts.Select(p => ";" + p))).Append(tail) + "\""),
            (1, Gen.Elements("\"\"", "1", "null", "[\"FREQ=DAILY\"]", "\"COUNT=2\"")));

    private static Gen<string> RulePart() =>
        Gen.OneOf(
            Gen.Choose(-1, 400).Select(n => $"COUNT={n}"),
            Gen.Choose(0, 30).Select(n => $"INTERVAL={n}"),
            Gen.Elements("UNTIL=20260301T000000", "UNTIL=20260301", "UNTIL=20250101T000000Z", "UNTIL=bad"),
            Gen.Elements("BYDAY=MO", "BYDAY=1MO,-1FR", "BYDAY=SA,SU", "BYDAY=53MO", "BYDAY=XX"),
            Gen.Choose(-32, 32).Select(n => $"BYMONTHDAY={n}"),
            Gen.Choose(-1, 13).Select(n => $"BYMONTH={n}"),
            Gen.Choose(-367, 367).Select(n => $"BYYEARDAY={n}"),
            Gen.Choose(-54, 54).Select(n => $"BYWEEKNO={n}"),
            Gen.Choose(-2, 25).Select(n => $"BYHOUR={n}"),
            Gen.Choose(-2, 61).Select(n => $"BYMINUTE={n}"),
            Gen.Choose(-2, 61).Select(n => $"BYSECOND={n}"),
            Gen.Choose(-367, 367).Select(n => $"BYSETPOS={n}"),
            Gen.Elements("WKST=MO", "WKST=SU", "WKST=ZZ", "RSCALE=GREGORIAN", "FOO=1", "FREQ=DAILY", ""));
}
