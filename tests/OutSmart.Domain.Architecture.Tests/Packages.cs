using System.Reflection;

namespace OutSmart.Domain.Architecture.Tests;

/// <summary>The packages under src/ and the references STYLE.md allows each of them.</summary>
internal static class Packages
{
    private static readonly string[] DomainThirdParty = ["NodaTime", "Ardalis.GuardClauses", "OneOf", "Microsoft.Extensions.DependencyInjection.Abstractions"];

    /// <summary>Each package with the OutSmart packages and third-party assemblies it may reference.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] OutSmart, string[] ThirdParty)> Allowed =
        new Dictionary<string, (string[], string[])>
        {
            ["OutSmart.Domain.Abstractions"] = ([], ["NodaTime", "Ardalis.GuardClauses", "OneOf"]),
            ["OutSmart.Domain.Scheduling"] = (["OutSmart.Domain.Abstractions"], DomainThirdParty),
            ["OutSmart.Domain.Tasks"] = (["OutSmart.Domain.Abstractions", "OutSmart.Domain.Scheduling"], DomainThirdParty),
            ["OutSmart.Domain.WorkOrders"] = (["OutSmart.Domain.Abstractions"], DomainThirdParty),
            ["OutSmart.Domain.WorkOrders.Rendering"] =
                (["OutSmart.Domain.Abstractions", "OutSmart.Domain.WorkOrders"], [.. DomainThirdParty, "SkiaSharp"]),
            ["OutSmart.Domain.Storage.InMemory"] =
                (["OutSmart.Domain.Abstractions", "OutSmart.Domain.Scheduling", "OutSmart.Domain.Tasks", "OutSmart.Domain.WorkOrders"], DomainThirdParty),
        };

    /// <summary>The packages this test project references (and so can inspect), by name.</summary>
    public static IEnumerable<string> Present =>
        Allowed.Keys.Where(name => File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")));

    public static Assembly Load(string name) => Assembly.Load(name);

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (string name in Present)
        {
            data.Add(name);
        }
        return data;
    }
}
