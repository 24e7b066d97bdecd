using PublicApiGenerator;

namespace OutSmart.Domain.Architecture.Tests;

/// <summary>
/// Tracks each package's public API: the generated API text must equal the approved file under PublicApi/.
/// An intended change is approved by running the tests with OUTSMART_APPROVE_API=1, which rewrites the files in the
/// source tree, and committing the diff.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void PublicApi_MatchesTheApprovedFile(string package)
    {
        string actual = Packages.Load(package).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", package + ".txt");

        if (Environment.GetEnvironmentVariable("OUTSMART_APPROVE_API") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "PublicApi", package + ".txt"), actual);
            return;
        }

        Assert.True(File.Exists(approvedPath), $"No approved API for {package}; run the tests with OUTSMART_APPROVE_API=1 and commit PublicApi/{package}.txt.");
        Assert.Equal(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), actual);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
