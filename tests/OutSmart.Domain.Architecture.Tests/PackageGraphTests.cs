namespace OutSmart.Domain.Architecture.Tests;

public sealed class PackageGraphTests
{
    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void Package_ReferencesOnlyWhatStyleAllows(string package)
    {
        var (outSmart, thirdParty) = Packages.Allowed[package];

        var forbidden = Packages.Load(package).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => !IsPlatform(name) && !outSmart.Contains(name) && !thirdParty.Contains(name))
            .ToList();

        Assert.True(forbidden.Count == 0, $"{package} references {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void PackageGraph_HasNoCycles()
    {
        var edges = Packages.Present.ToDictionary(
            name => name,
            name => Packages.Load(name).GetReferencedAssemblies().Select(r => r.Name!).Where(Packages.Allowed.ContainsKey).ToList());
        var state = new Dictionary<string, bool>(); // false: on the current path, true: done

        bool HasCycleFrom(string node)
        {
            if (state.TryGetValue(node, out bool done))
            {
                return !done;
            }
            state[node] = false;
            bool cycle = edges.GetValueOrDefault(node, []).Any(HasCycleFrom);
            state[node] = true;
            return cycle;
        }

        Assert.DoesNotContain(edges.Keys, HasCycleFrom);
    }

    [Fact]
    public void Abstractions_IsReferencedByEveryOtherPackage()
    {
        var missing = Packages.Present
            .Where(name => name != "OutSmart.Domain.Abstractions")
            .Where(name => Packages.Load(name).GetReferencedAssemblies().All(r => r.Name != "OutSmart.Domain.Abstractions"))
            .ToList();

        Assert.Empty(missing);
    }

    private static bool IsPlatform(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
