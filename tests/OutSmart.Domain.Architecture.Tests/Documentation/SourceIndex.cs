using System.Text.RegularExpressions;

namespace OutSmart.Domain.Architecture.Tests.Documentation;

/// <summary>The C# files of the repository (src/, tests/, samples/), read once, to find test classes and methods by name.</summary>
internal static class SourceIndex
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Files = new(() =>
        [.. new[] { "src", "tests", "samples" }
            .Select(Repository.PathOf)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (path, File.ReadAllText(path)))]);

    /// <summary>Gets whether a class or record named <paramref name="typeName"/> is declared in the repository's C# files.</summary>
    public static bool HasType(string typeName)
    {
        var declaresType = new Regex($@"\b(class|record|struct|interface)\s+{Regex.Escape(typeName)}\b");
        return Files.Value.Any(file => declaresType.IsMatch(file.Text));
    }

    /// <summary>Gets whether a type named <paramref name="typeName"/> declares a member (method, property or field)
    /// named <paramref name="memberName"/>, in any of its partial files.</summary>
    public static bool HasMember(string typeName, string memberName)
    {
        var declaresType = new Regex($@"\b(class|record|struct|interface)\s+{Regex.Escape(typeName)}\b");
        var declaresMember = new Regex($@"\b{Regex.Escape(memberName)}\b\s*(\(|=|\{{|;)");
        return Files.Value.Any(file => declaresType.IsMatch(file.Text) && declaresMember.IsMatch(file.Text));
    }

    /// <summary>Gets whether a class named <paramref name="className"/> (in any of its partial files) declares a public
    /// method named <paramref name="methodName"/>.</summary>
    public static bool HasMethod(string className, string methodName)
    {
        var declaresClass = new Regex($@"\b(class|record)\s+{Regex.Escape(className)}\b");
        var declaresMethod = new Regex($@"public\s[^\n;=(]*\b{Regex.Escape(methodName)}\s*\(");
        return Files.Value.Any(file => declaresClass.IsMatch(file.Text) && declaresMethod.IsMatch(file.Text));
    }
}
