using System.Text.RegularExpressions;

namespace OutSmart.Domain.Architecture.Tests.Documentation;

/// <summary>One row of a rule table in docs/rules.md.</summary>
/// <param name="Line">The 1-based line number in docs/rules.md.</param>
/// <param name="RuleIds">The rule ids in the Rule column (<c>TSK-01</c>, <c>WO-05</c>, <c>SIG-10</c>), or the column's text
/// when it holds none.</param>
/// <param name="Codes">The codes in the Code column.</param>
/// <param name="Types">The error types named in the Error type column (the type name, without the reason).</param>
/// <param name="EnforcedIn">The <c>Type.Method</c> names in the Enforced in column.</param>
/// <param name="ProvedBy">The <c>Class.Method</c> test names in the Proved by column.</param>
internal sealed partial record RuleRow(int Line, IReadOnlyList<string> RuleIds, IReadOnlyList<string> Codes, IReadOnlyList<string> Types, IReadOnlyList<string> EnforcedIn, IReadOnlyList<string> ProvedBy)
{
    /// <summary>Gets the path of the rule table, relative to the repository root.</summary>
    public const string Path = "docs/rules.md";

    /// <summary>Reads every data row of every five-column table in the document (header and separator rows skipped).</summary>
    public static IReadOnlyList<RuleRow> Parse(string markdown)
    {
        var rows = new List<RuleRow>();
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (!line.StartsWith('|'))
            {
                continue;
            }
            string[] cells = [.. line.Trim('|').Split('|').Select(cell => cell.Trim())];
            if (cells.Length != 5 || cells[0] == "Rule" || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }
            rows.Add(new RuleRow(
                i + 1,
                [.. cells[0].Split(',').Select(id => id.Trim())],
                Quoted(cells[1]),
                [.. cells[2].Split(';').Select(part => Quoted(part).FirstOrDefault() ?? part.Trim())],
                Quoted(cells[3]),
                Quoted(cells[4])));
        }
        return rows;
    }

    private static List<string> Quoted(string cell) => [.. InBackticks().Matches(cell).Select(match => match.Groups[1].Value)];

    /// <summary>Gets whether a Rule cell entry is a business rule id (<c>TSK-01</c>, <c>WO-05</c>, <c>SIG-10</c>) or the dash for none.</summary>
    public static bool IsRuleId(string id) => id == "—" || RuleId().IsMatch(id);

    [GeneratedRegex("^(TSK|WO|SIG|TS|OT|CTR)-[0-9]{2}$")]
    private static partial Regex RuleId();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InBackticks();
}
