using System.Text.RegularExpressions;

namespace OutSmart.Domain.Readme.Tests;

/// <summary>One C# code block of a README, read from the README file itself.</summary>
/// <param name="File">The README's path from the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the block's first code line in the README.</param>
/// <param name="Code">The code between the fences.</param>
/// <param name="ExpectedOutput">The text of a <c>text</c> or <c>output</c> block right after it, which is what the program
/// must print; null when there is none.</param>
internal sealed partial record ReadmeExample(string File, int Line, string Code, string? ExpectedOutput)
{
    /// <summary>The comment that, on the line before a fence, marks a block as a deliberate fragment.</summary>
    public const string NotCompiledMarker = "<!-- not compiled -->";

    private static readonly string[] RootReadme = ["README.md"];

    /// <summary>Gets the block's name in test output: README path and line.</summary>
    public string Name => $"{File}:{Line}";

    /// <summary>Gets the READMEs that hold examples: the repository's own and each package's, from src/*/README.md.</summary>
    public static IReadOnlyList<string> ReadmeFiles =>
        [.. RootReadme
            .Concat(Directory.GetDirectories(Path.Combine(Repository.Root, "src"))
                .Where(folder => System.IO.File.Exists(Path.Combine(folder, "README.md")))
                .Select(folder => $"src/{Path.GetFileName(folder)}/README.md")
                .Order(StringComparer.Ordinal))];

    /// <summary>Gets every example of every README, in file and line order.</summary>
    public static IReadOnlyList<ReadmeExample> All =>
        [.. ReadmeFiles.SelectMany(file => Parse(file, System.IO.File.ReadAllText(Repository.PathOf(file))))];

    /// <summary>
    /// Reads the C# blocks of one markdown text. A block is skipped only when its info string says <c>no-compile</c>
    /// (<c>```csharp no-compile</c>) or the line before its fence is <see cref="NotCompiledMarker"/>.
    /// </summary>
    public static IEnumerable<ReadmeExample> Parse(string file, string markdown)
    {
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }
            int end = ClosingFence(lines, i);
            string language = fence.Groups[1].Value.ToLowerInvariant();
            bool isCSharp = language is "csharp" or "cs" or "c#";
            bool excluded = fence.Groups[2].Value.Contains("no-compile", StringComparison.Ordinal)
                || (i > 0 && lines[i - 1].Trim() == NotCompiledMarker);
            if (isCSharp && !excluded)
            {
                yield return new ReadmeExample(file, i + 2, string.Join('\n', lines[(i + 1)..end]), OutputAfter(lines, end + 1));
            }
            i = end;
        }
    }

    private static int ClosingFence(string[] lines, int opening)
    {
        int end = opening + 1;
        while (end < lines.Length && lines[end].Trim() != "```")
        {
            end++;
        }
        return end;
    }

    private static string? OutputAfter(string[] lines, int from)
    {
        int next = from;
        while (next < lines.Length && lines[next].Trim().Length == 0)
        {
            next++;
        }
        if (next >= lines.Length || Fence().Match(lines[next]) is not { Success: true } fence || fence.Groups[1].Value is not ("text" or "output"))
        {
            return null;
        }
        int end = ClosingFence(lines, next);
        return string.Join('\n', lines[(next + 1)..end]);
    }

    [GeneratedRegex(@"^\s*```\s*([A-Za-z#+-]*)(.*)$")]
    private static partial Regex Fence();
}
