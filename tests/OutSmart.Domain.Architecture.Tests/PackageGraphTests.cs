namespace OutSmart.Domain.Architecture.Tests;

public sealed class PackageGraphTests
{
    [Fact]
    public void EveryPackageUnderSrc_HasARowInTheTableAndIsReferencedByTheseTests()
    {
        var problems = Packages.Names
            .SelectMany(name => (PackageRules.Table.ContainsKey(name), File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll"))) switch
            {
                (false, _) => [$"{name} is under src/ but has no row in PackageRules.Table: declare what it may reference."],
                (_, false) => [$"{name} is under src/ but OutSmart.Domain.Architecture.Tests does not reference it, so nothing checks it."],
                _ => Array.Empty<string>(),
            })
            .ToList();

        Assert.True(Packages.Names.Count > 0, "No src/*/*.csproj found under " + Repository.Root);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void Package_ReferencesOnlyTheAssembliesItsRowAllows(string package)
    {
        PackageRule rule = Rule(package);

        var forbidden = ReferencedType.Read(package).Assemblies
            .Where(name => !PackageRules.IsPlatform(name) && !rule.Packages.Contains(name) && !rule.ThirdParty.Contains(name))
            .ToList();

        Assert.True(forbidden.Count == 0, $"{package} references {string.Join(", ", forbidden)}, which its row in PackageRules.Table does not allow.");
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void Package_UsesOnlyTheBaseLibraryNamespacesItsRowAllows(string package)
    {
        PackageRule rule = Rule(package);

        var forbidden = ReferencedType.Read(package).Types
            .Where(type => PackageRules.IsPlatform(type.Assembly))
            .Where(type => !rule.BaseLibrary.Contains(type.Namespace) && !PackageRules.AllowedTypes.Contains(type.FullName))
            .Select(type => $"{package} uses {type.FullName} (namespace {type.Namespace}, assembly {type.Assembly}), which its row in PackageRules.Table does not allow.")
            .ToList();

        Assert.True(forbidden.Count == 0, string.Join(Environment.NewLine, forbidden));
    }

    [Fact]
    public void PackageGraph_HasNoCycles()
    {
        var edges = Packages.Names.ToDictionary(
            name => name,
            name => ReferencedType.Read(name).Assemblies.Where(PackageRules.Table.ContainsKey).ToList());
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
    public void PackageRules_DeclareAnAcyclicGraph()
    {
        var state = new Dictionary<string, bool>();

        bool HasCycleFrom(string node)
        {
            if (state.TryGetValue(node, out bool done))
            {
                return !done;
            }
            state[node] = false;
            bool cycle = PackageRules.Table.TryGetValue(node, out PackageRule? rule) && rule.Packages.Any(HasCycleFrom);
            state[node] = true;
            return cycle;
        }

        Assert.DoesNotContain(PackageRules.Table.Keys, HasCycleFrom);
    }

    [Fact]
    public void PackageRules_AllowEachTechnologyOnlyInItsOwnPackage()
    {
        var misplaced = PackageRules.Table
            .SelectMany(row => row.Value.ThirdParty
                .Where(assembly => PackageRules.TechnologyHomes.TryGetValue(assembly, out string? home) && home != row.Key)
                .Select(assembly => $"{row.Key} may reference {assembly}, which belongs in {PackageRules.TechnologyHomes[assembly]} only."))
            .ToList();

        Assert.True(misplaced.Count == 0, string.Join(Environment.NewLine, misplaced));
    }

    [Fact]
    public void PackageRules_KeepDomainPackagesFreeOfIoAndStorage()
    {
        string[] domain = ["OutSmart.Domain.Abstractions", "OutSmart.Domain.Scheduling", "OutSmart.Domain.Tasks", "OutSmart.Domain.WorkOrders", "OutSmart.Domain.Contracts", "OutSmart.Domain.Timesheets"];

        var leaks = domain
            .SelectMany(package => PackageRules.Table[package].BaseLibrary.Where(ns => ns is "System.IO" or "System.Net.Http" or "System.Data" or "System.Reflection")
                .Concat(PackageRules.Table[package].Packages.Where(edge => edge.StartsWith("OutSmart.Domain.Storage.", StringComparison.Ordinal)))
                .Select(item => $"{package} may use {item}"))
            .ToList();

        Assert.Empty(leaks);
    }

    [Fact]
    public void Abstractions_IsReferencedByEveryOtherPackage()
    {
        var missing = Packages.Names
            .Where(name => name != "OutSmart.Domain.Abstractions")
            // A SQL adapter is a dialect over the relational layer: it reaches Abstractions through that layer.
            .Where(name => !ReferencedType.Read(name).Assemblies.Contains("OutSmart.Domain.Abstractions")
                && !ReferencedType.Read(name).Assemblies.Contains("OutSmart.Domain.Storage.Relational"))
            .ToList();

        Assert.Empty(missing);
    }

    private static PackageRule Rule(string package) =>
        PackageRules.Table.TryGetValue(package, out PackageRule? rule)
            ? rule
            : throw new InvalidOperationException($"{package} is under src/ but has no row in PackageRules.Table.");
}
