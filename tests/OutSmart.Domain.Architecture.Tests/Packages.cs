using System.Reflection;

namespace OutSmart.Domain.Architecture.Tests;

/// <summary>The packages under src/, found from the project files, for the tests that inspect each of them.</summary>
internal static class Packages
{
    /// <summary>Gets every package under src/, whether or not this test project can load it.</summary>
    /// <remarks>One per <c>src/*/*.csproj</c>, in ordinal order.</remarks>
    public static IReadOnlyList<string> Names =>
        [.. Directory.GetDirectories(Path.Combine(Repository.Root, "src"))
            .SelectMany(folder => Directory.GetFiles(folder, "*.csproj"))
            .Select(Path.GetFileNameWithoutExtension)
            .Select(name => name!)
            .Order(StringComparer.Ordinal)];

    /// <summary>Loads a package's assembly; this test project references every package, so each one is beside it.</summary>
    /// <exception cref="InvalidOperationException">The package is not beside the test assembly.</exception>
    public static Assembly Load(string name)
    {
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
        {
            throw new InvalidOperationException(
                $"{name} is under src/ but OutSmart.Domain.Architecture.Tests does not reference it: add a ProjectReference.");
        }
        return Assembly.Load(name);
    }

    /// <summary>Every package under src/, as theory data.</summary>
    public static TheoryData<string> All() => [.. Names];
}
