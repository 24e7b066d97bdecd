using System.Reflection;

namespace OutSmart.Domain.Architecture.Tests.Documentation;

/// <summary>
/// The public types a document may name: those of every package and of the assemblies the packages reference
/// (NodaTime, OneOf, the base library…), plus NodaTime.Testing for tests.
/// </summary>
internal static class KnownTypes
{
    private static readonly Lazy<IReadOnlyList<Type>> AllTypes = new(Load);

    /// <summary>Gets every known public type.</summary>
    public static IReadOnlyList<Type> All => AllTypes.Value;

    /// <summary>Gets the public types whose simple name (without a generic arity) is <paramref name="name"/>.</summary>
    public static IEnumerable<Type> Named(string name) => All.Where(type => SimpleName(type) == name);

    /// <summary>Gets whether <paramref name="name"/> is the namespace of a known type or a package name.</summary>
    public static bool IsNamespace(string name) =>
        PackageRules.Table.ContainsKey(name)
        || All.Any(type => type.Namespace == name || type.Namespace?.StartsWith(name + ".", StringComparison.Ordinal) == true);

    /// <summary>Gets whether <paramref name="qualified"/> is a namespace-qualified type name.</summary>
    public static bool IsFullName(string qualified) => All.Any(type => type.FullName == qualified || StripArity(type.FullName) == qualified);

    /// <summary>Gets whether a known type named <paramref name="typeName"/> has a public member named <paramref name="memberName"/>.</summary>
    public static bool HasMember(string typeName, string memberName) =>
        Named(typeName).Any(type => type.GetMember(memberName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Length > 0
            || type.GetInterfaces().Any(i => i.GetMember(memberName).Length > 0));

    private static string SimpleName(Type type) => StripArity(type.Name)!;

    private static string? StripArity(string? name) => name is null ? null : name.Split('`')[0];

    private static List<Type> Load()
    {
        var packages = Packages.Names.Select(Packages.Load).ToList();
        var assemblies = packages
            .SelectMany(package => package.GetReferencedAssemblies())
            .Append(new AssemblyName("NodaTime.Testing"))
            .DistinctBy(name => name.Name)
            .Select(Assembly.Load)
            .Concat(packages)
            .Append(typeof(object).Assembly)
            .Distinct()
            .ToList();
        return [.. assemblies.SelectMany(assembly => assembly.GetExportedTypes().Concat(Forwarded(assembly))).Where(type => type.IsPublic || type.IsNestedPublic).Distinct()];
    }

    private static Type[] Forwarded(Assembly assembly)
    {
        try
        {
            return assembly.GetForwardedTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return [.. exception.Types.OfType<Type>()];
        }
    }
}
