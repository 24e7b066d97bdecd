namespace OutSmart.Domain.Readme.Tests;

/// <summary>
/// Every C# block of every README (the repository's and each package's) compiles as a complete program and runs,
/// read from the README files themselves so that an example cannot drift from the API. A block followed by a
/// <c>text</c> block must print exactly that text.
/// </summary>
public sealed class ReadmeExampleTests
{
    public static TheoryData<string> Examples() => [.. ReadmeExample.All.Select(example => example.Name)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_CompilesAndRunsAsPasted(string name)
    {
        ReadmeExample example = ReadmeExample.All.Single(candidate => candidate.Name == name);

        var (image, diagnostics) = ExampleCompiler.Compile(example);
        Assert.True(image is not null, $"The example at {name} does not compile as pasted:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}");
        string printed = await ExampleCompiler.RunAsync(image);

        if (example.ExpectedOutput is not null)
        {
            Assert.Equal(example.ExpectedOutput.TrimEnd(), printed.ReplaceLineEndings("\n").TrimEnd());
        }
    }

    [Fact]
    public void ReadmeFiles_AreTheRootReadmeAndOneForEveryPackage()
    {
        var packages = Directory.GetDirectories(Repository.PathOf("src")).Where(folder => Directory.GetFiles(folder, "*.csproj").Length > 0).ToList();

        var files = ReadmeExample.ReadmeFiles;

        Assert.Equal("README.md", files[0]);
        Assert.Equal(packages.Count + 1, files.Count);
    }

    [Fact]
    public void EveryPackage_IsReferencedByTheseTests_SoItsReadmeCompilesAgainstIt()
    {
        var packages = Directory.GetDirectories(Repository.PathOf("src")).SelectMany(folder => Directory.GetFiles(folder, "*.csproj")).Select(Path.GetFileNameWithoutExtension).ToList();

        var missing = packages.Where(name => !File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll"))).ToList();

        Assert.True(missing.Count == 0, $"Add a ProjectReference to OutSmart.Domain.Readme.Tests for {string.Join(", ", missing)}.");
    }

    [Fact]
    public void EveryPackageReadme_HasAnExample()
    {
        var examples = ReadmeExample.All;

        var without = ReadmeExample.ReadmeFiles.Where(file => examples.All(example => example.File != file)).ToList();

        Assert.Empty(without);
    }

    [Fact]
    public void Parse_WhenBlockIsMarkedAsFragment_SkipsItAndReadsTheExpectedOutput()
    {
        const string Markdown = """
            ```csharp
            Console.WriteLine("a");
            ```

            ```text
            a
            ```

            <!-- not compiled -->
            ```csharp
            fragment();
            ```

            ```csharp no-compile
            fragment();
            ```

            ```sh
            dotnet test
            ```
            """;

        ReadmeExample example = Assert.Single(ReadmeExample.Parse("README.md", Markdown));

        Assert.Equal(2, example.Line);
        Assert.Equal("Console.WriteLine(\"a\");", example.Code);
        Assert.Equal("a", example.ExpectedOutput);
    }

    [Fact]
    public void Compile_WhenCodeIsWrong_ReportsTheReadmeFileAndLine()
    {
        var example = new ReadmeExample("src/X/README.md", 12, "int x = \"text\";", null);

        var (image, diagnostics) = ExampleCompiler.Compile(example);

        Assert.Null(image);
        Assert.Contains(diagnostics, d => d.StartsWith("src/X/README.md:12:", StringComparison.Ordinal) && d.Contains("CS0029", StringComparison.Ordinal));
    }
}
