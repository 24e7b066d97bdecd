using System.Text.RegularExpressions;

namespace OutSmart.Domain.SampleHost.Tests;

/// <summary>Keeps the commands in the repository README runnable as written.</summary>
public sealed partial class ReadmeCommandTests
{
    private static readonly Lazy<string[]> ReadmeLines = new(() => File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md")));

    [Fact]
    public void Readme_WhenItRunsTheSampleHostWithArguments_PutsThemAfterTheDoubleDash()
    {
        string[] runs = [.. ReadmeLines.Value.Where(l => l.Contains("dotnet run --project samples/OutSmart.Domain.SampleHost", StringComparison.Ordinal))];

        Assert.NotEmpty(runs);
        Assert.All(runs, line => Assert.Matches(HostRun(), line));
        Assert.All(runs.Where(l => l.Contains("--help", StringComparison.Ordinal)), line => Assert.Contains("SampleHost -- ", line));
    }

    [Fact]
    public void Readme_WhenInstalling_SaysThereIsNoPublicFeedAndGivesTheLocalFeedCommands()
    {
        string readme = string.Join('\n', ReadmeLines.Value);

        Assert.Contains("not on nuget.org or any other public feed yet", readme);
        Assert.Contains("dotnet pack -c Release -o ./artifacts/packages", readme);
        Assert.Contains("dotnet nuget add source \"$PWD/artifacts/packages\" --name outsmart-local", readme);
        Assert.Contains("<add key=\"outsmart-local\" value=", readme);
    }

    [Fact]
    public void Readme_StatesTheSameExitCodesAsTheHost()
    {
        string readme = string.Join(' ', ReadmeLines.Value);

        Assert.Contains($"exits with {ExitCodes.Success} when it did what was asked, {ExitCodes.Refused} when it refused its input", readme);
        Assert.Contains($"and {ExitCodes.Usage} when the command line itself is wrong", readme);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutSmart.Domain.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No OutSmart.Domain.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The project path, then either nothing (a comment at most) or <c>--</c> before any argument.</summary>
    [GeneratedRegex(@"dotnet run( --no-build)? --project samples/OutSmart\.Domain\.SampleHost(\s*(#.*)?$| -- )")]
    private static partial Regex HostRun();
}
