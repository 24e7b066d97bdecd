using System.Reflection;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Architecture.Tests;

public sealed class TypeConventionTests
{
    private static readonly Type[] ForbiddenTimeTypes = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(DateOnly), typeof(TimeOnly)];

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void PublicClasses_AreSealedOrAbstract(string package)
    {
        var open = PublicTypes(package)
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void PublicTypes_LiveInThePackagesRootNamespace(string package)
    {
        var stray = PublicTypes(package)
            .Where(t => t.Namespace != package && t.Namespace?.StartsWith(package + ".", StringComparison.Ordinal) != true)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(stray);
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void PublicProperties_HaveNoPublicSetters_ExceptOnErrorsAndEvents(string package)
    {
        var settable = PublicTypes(package)
            .Where(t => !typeof(IDomainError).IsAssignableFrom(t) && !typeof(IDomainEvent).IsAssignableFrom(t) && !IsOptions(t) && !IsTypedId(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToList();

        Assert.Empty(settable);
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void PublicSignatures_UseNodaTimeNotBclTimeTypes(string package)
    {
        var offenders = PublicTypes(package)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => SignatureTypes(m).Any(UsesForbiddenTimeType))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void ErrorRecords_AreSealedAndNotNamedErrorOrException(string package)
    {
        var offenders = PublicTypes(package)
            .Where(t => t.IsClass && typeof(IDomainError).IsAssignableFrom(t))
            .Where(t => !t.IsSealed || t.Name.EndsWith("Error", StringComparison.Ordinal) || t.Name.EndsWith("Exception", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void Package_DefinesNoCustomExceptions(string package)
    {
        var exceptions = Packages.Load(package).GetTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.FullName).ToList();

        Assert.Empty(exceptions);
    }

    // Options classes bound from configuration follow the .NET options pattern and need settable properties.
    private static bool IsOptions(Type type) => type.Name.EndsWith("Options", StringComparison.Ordinal);

    // Typed ids are positional record structs over any Guid (docs/conventions.md, "Value objects"): they hold no invariant for `with` to skip.
    private static bool IsTypedId(Type type) =>
        type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal) && type.GetProperty("Value")?.PropertyType == typeof(Guid);

    private static Type[] PublicTypes(string package) => Packages.Load(package).GetExportedTypes();

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodBase m => m.GetParameters().Select(p => p.ParameterType).Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
        _ => [],
    };

    private static bool UsesForbiddenTimeType(Type type)
    {
        if (type.HasElementType)
        {
            return UsesForbiddenTimeType(type.GetElementType()!);
        }
        if (ForbiddenTimeTypes.Contains(type))
        {
            return true;
        }
        return type.IsGenericType && type.GetGenericArguments().Any(UsesForbiddenTimeType);
    }
}
