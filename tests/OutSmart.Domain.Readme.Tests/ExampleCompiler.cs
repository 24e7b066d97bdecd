using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OutSmart.Domain.Readme.Tests;

/// <summary>
/// Compiles a README example the way a consumer's new console project would: top-level statements, the SDK's
/// implicit usings, nullable enabled, the latest C#, against the .NET runtime, the OutSmart packages and what they
/// bring (NodaTime, OneOf, Ardalis.GuardClauses, SkiaSharp, the DI abstractions) plus the DI container a host adds.
/// </summary>
internal static class ExampleCompiler
{
    /// <summary>The global usings of a new SDK-style console project (ImplicitUsings enabled).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly string[] ThirdParty =
    [
        "NodaTime", "OneOf", "Ardalis.GuardClauses", "SkiaSharp",
        "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.DependencyInjection",
        "Npgsql", // the PostgreSQL adapter's consumers get it with the package (its overloads take an NpgsqlDataSource)
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static int s_compiled;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Compiles an example; returns the assembly image, or the errors and warnings with README file and line.</summary>
    public static (byte[]? Image, IReadOnlyList<string> Diagnostics) Compile(ReadmeExample example)
    {
        // #line maps every diagnostic onto the README itself.
        string source = $"#line {example.Line} \"{example.File}\"\n{example.Code}\n";
        var compilation = CSharpCompilation.Create(
            "ReadmeExample_" + Interlocked.Increment(ref s_compiled).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "ImplicitUsings.g.cs"), CSharpSyntaxTree.ParseText(source, ParseOptions, example.File)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var diagnostics = result.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(Describe)
            .ToList();
        return (result.Success && diagnostics.Count == 0 ? image.ToArray() : null, diagnostics);
    }

    /// <summary>Runs a compiled example in its own load context with the current folder set to an empty temporary
    /// one, and returns what it wrote to the console.</summary>
    public static async Task<string> RunAsync(byte[] image)
    {
        var context = new AssemblyLoadContext("ReadmeExample", isCollectible: true);
        TextWriter console = Console.Out;
        string folder = Directory.CreateTempSubdirectory("readme-example-").FullName;
        string previousFolder = Environment.CurrentDirectory;
        using var output = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder;
            Console.SetOut(output);
            MethodInfo entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            object? returned = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
            if (returned is Task task)
            {
                await task;
            }
            return output.ToString();
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previousFolder;
            context.Unload();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(path => Path.GetDirectoryName(path) == runtime || IsConsumerReference(Path.GetFileNameWithoutExtension(path)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    private static bool IsConsumerReference(string name) =>
        ThirdParty.Contains(name)
        || (name.StartsWith("OutSmart.Domain.", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal));
}
