using System.Text.RegularExpressions;

namespace OutSmart.Domain.Architecture.Tests.Documentation;

/// <summary>Keeps docs/conventions.md true: its paths exist, its quotes are in the files they cite, its names resolve.</summary>
public sealed partial class ConventionsDocumentTests
{
    private const string DocumentPath = "docs/conventions.md";

    private static readonly string[] SearchedFolders = ["src", "tests", "docs", "samples", "benchmarks"];

    [Fact]
    public void ConventionsDocument_CitesExistingFilesQuotesThemExactlyAndNamesExistingTypes()
    {
        var problems = MarkdownProblems(File.ReadAllText(Repository.PathOf(DocumentPath)));

        Assert.True(problems.Count == 0, $"{DocumentPath} has {problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void MarkdownProblems_WhenAQuoteOrANameIsWrong_ReportsEach()
    {
        const string Document = """
            Uses `NoSuchTypeAnywhere`, `FollowUpTask.NoSuchMember` and `src/NoSuchFolder/NoSuchFile.cs`.
            From `src/OutSmart.Domain.Tasks/Tasks/TaskTitle.cs`:

            ```csharp
            public sealed record TaskTitle
            public int ThisLineIsNotInTheFile;
            ```
            """;

        var problems = MarkdownProblems(Document);

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, problem => problem.Contains("NoSuchTypeAnywhere", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("FollowUpTask.NoSuchMember", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("src/NoSuchFolder/NoSuchFile.cs", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("ThisLineIsNotInTheFile", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownProblems_WhenEverythingResolves_ReportsNothing()
    {
        const string Document = """
            Uses `Instant`, `OneOf<Success, TaskTitleRequired>`, `TaskTitle.Create`, `OutSmart.Domain.Tasks`, `src/`, `I…Repository`.
            From `src/OutSmart.Domain.Tasks/Tasks/TaskTitle.cs`:

            ```csharp
            public sealed record TaskTitle
            // …
            public const int MaxLength = 200;
            ```
            """;

        Assert.Empty(MarkdownProblems(Document));
    }

    private static List<string> MarkdownProblems(string markdown)
    {
        var problems = new List<string>();
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        string? lastCitedSource = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                string language = lines[i].Trim().TrimStart('`');
                int start = i + 1;
                int end = start;
                while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    end++;
                }
                if (language == "csharp")
                {
                    problems.AddRange(QuoteProblems(start + 1, lines[start..end], lastCitedSource));
                }
                lastCitedSource = null;
                i = end;
                continue;
            }
            foreach (string token in InlineCode().Matches(lines[i]).Select(match => match.Groups[1].Value))
            {
                if (token.Contains('/', StringComparison.Ordinal) && token.EndsWith(".cs", StringComparison.Ordinal))
                {
                    lastCitedSource = token;
                }
                if (TokenProblem(token) is string problem)
                {
                    problems.Add($"{DocumentPath} line {i + 1}: {problem}");
                }
            }
        }
        return problems;
    }

    /// <summary>Every line of a quote, except "// …" elisions, must be a line of the cited file, in the same order.</summary>
    private static IEnumerable<string> QuoteProblems(int firstLine, string[] quote, string? source)
    {
        if (source is null)
        {
            yield return $"{DocumentPath} line {firstLine}: a C# example must quote the code: cite its file (`src/…/File.cs`) in the text just before it.";
            yield break;
        }
        string path = Repository.PathOf(source);
        if (!File.Exists(path))
        {
            yield break; // reported as a missing path already
        }
        string[] fileLines = [.. File.ReadAllLines(path).Select(line => line.Trim())];
        int next = 0;
        for (int q = 0; q < quote.Length; q++)
        {
            string line = quote[q].Trim();
            if (line.Length == 0 || line == "// …")
            {
                continue;
            }
            int found = Array.IndexOf(fileLines, line, next);
            if (found < 0)
            {
                yield return $"{DocumentPath} line {firstLine + q}: \"{line}\" is not in {source} (after the lines quoted before it).";
                continue;
            }
            next = found + 1;
        }
    }

    private static string? TokenProblem(string token)
    {
        string name = token.EndsWith("()", StringComparison.Ordinal) ? token[..^2] : token;
        if (name.Contains('…', StringComparison.Ordinal) || name.StartsWith('<') || name.Contains("<X>", StringComparison.Ordinal))
        {
            return null; // a pattern, not a name
        }
        if (name.Contains('/', StringComparison.Ordinal))
        {
            return name.Contains('<', StringComparison.Ordinal) || PathExists(name) ? null : $"`{token}` does not exist.";
        }
        if (FileName().IsMatch(name))
        {
            return FileExistsAnywhere(name) ? null : $"no file is named `{token}`.";
        }
        Match generic = GenericName().Match(name);
        if (generic.Success)
        {
            name = generic.Groups[1].Value;
        }
        if (!DottedName().IsMatch(name) || !name.Any(char.IsLower))
        {
            return null; // code, keyword, SQL or an error code: not a claim about a type
        }
        if (!name.Contains('.', StringComparison.Ordinal))
        {
            return KnownTypes.Named(name).Any() || SourceIndex.HasType(name) ? null : $"`{token}` is not a public type of the packages or the libraries they use.";
        }
        if (KnownTypes.IsNamespace(name) || KnownTypes.IsFullName(name))
        {
            return null;
        }
        int dot = name.LastIndexOf('.');
        string typeName = name[..dot];
        string memberName = name[(dot + 1)..];
        bool resolves = KnownTypes.HasMember(typeName[(typeName.LastIndexOf('.') + 1)..], memberName) || SourceIndex.HasMember(typeName, memberName);
        return resolves ? null : $"`{token}` is not a member of a public type (or of a test class).";
    }

    private static bool PathExists(string relative)
    {
        string trimmed = relative.TrimEnd('/');
        if (!trimmed.Contains('*', StringComparison.Ordinal))
        {
            string path = Repository.PathOf(trimmed);
            return File.Exists(path) || Directory.Exists(path);
        }
        IEnumerable<string> matches = [Repository.Root];
        foreach (string segment in trimmed.Split('/'))
        {
            matches = matches.SelectMany(folder => Directory.Exists(folder)
                ? Directory.EnumerateFileSystemEntries(folder, segment)
                : []).ToList();
        }
        return matches.Any();
    }

    private static bool FileExistsAnywhere(string fileName) =>
        File.Exists(Path.Combine(Repository.Root, fileName))
        || SearchedFolders
            .Select(Repository.PathOf)
            .Where(Directory.Exists)
            .Any(folder => Directory.EnumerateFiles(folder, fileName, SearchOption.AllDirectories).Any());

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[A-Za-z0-9_.]+\.(cs|md|txt|props|json|sln|csproj)$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^([A-Z][A-Za-z0-9_.]*)<.*>$")]
    private static partial Regex GenericName();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9_]*(\.[A-Z][A-Za-z0-9_]*)*$")]
    private static partial Regex DottedName();
}
