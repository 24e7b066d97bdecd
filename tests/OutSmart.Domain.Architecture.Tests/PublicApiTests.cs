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
        // xUnit v3 records the source file path and line of every [Fact] and [Theory] (caller info): the test kit's
        // approved API would change with the checkout folder and every edited line, so those two attributes are left out.
        var options = new ApiGeneratorOptions { IncludeAssemblyAttributes = false, ExcludeAttributes = ["Xunit.FactAttribute", "Xunit.TheoryAttribute"] };
        string actual = Packages.Load(package).GeneratePublicApi(options).ReplaceLineEndings("\n");
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
