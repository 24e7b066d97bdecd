using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace OutSmart.Domain.Architecture.Tests;

/// <summary>A type that a package's compiled code refers to in another assembly.</summary>
/// <param name="Assembly">The simple name of the assembly the reference resolves to.</param>
/// <param name="Namespace">The namespace of the type (of the outermost type, for a nested one).</param>
/// <param name="FullName">The namespace-qualified name, with nested types joined by '+'.</param>
internal sealed record ReferencedType(string Assembly, string Namespace, string FullName)
{
    /// <summary>Reads every type reference and assembly reference in the metadata of a package's assembly.</summary>
    public static (IReadOnlyList<string> Assemblies, IReadOnlyList<ReferencedType> Types) Read(string package)
    {
        string path = Path.Combine(AppContext.BaseDirectory, package + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();

        var assemblies = reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
            .Order(StringComparer.Ordinal)
            .ToList();
        var types = reader.TypeReferences
            .Select(handle => Describe(reader, handle))
            .OfType<ReferencedType>()
            .Distinct()
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
        return (assemblies, types);
    }

    private static ReferencedType? Describe(MetadataReader reader, TypeReferenceHandle handle)
    {
        TypeReference type = reader.GetTypeReference(handle);
        string name = reader.GetString(type.Name);
        EntityHandle scope = type.ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            type = reader.GetTypeReference((TypeReferenceHandle)scope);
            name = reader.GetString(type.Name) + "+" + name;
            scope = type.ResolutionScope;
        }
        if (scope.Kind != HandleKind.AssemblyReference)
        {
            return null; // a reference into this module itself
        }
        string ns = reader.GetString(type.Namespace);
        string assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
        return new ReferencedType(assembly, ns, ns.Length == 0 ? name : ns + "." + name);
    }
}
