using System.Reflection;
using System.Runtime.CompilerServices;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Architecture.Tests.Documentation;

/// <summary>One code an error type can report: a type has one, or one per reason when its code depends on a reason.</summary>
/// <param name="Type">The error record.</param>
/// <param name="Variant">The reason (an enum value, or the name of a <c>…Code</c> constant), or null for a single code.</param>
/// <param name="Code">The code, or null when it could not be read.</param>
internal sealed record ErrorCode(Type Type, string? Variant, string? Code)
{
    /// <summary>Gets the type and reason as written in docs/rules.md.</summary>
    public string Name => Variant is null ? Type.Name : $"{Type.Name} ({Variant})";

    /// <summary>Every public error type in every package, with each code it can report.</summary>
    public static IReadOnlyList<ErrorCode> All() =>
        [.. Packages.Names
            .SelectMany(package => Packages.Load(package).GetExportedTypes())
            .Where(type => typeof(IDomainError).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .SelectMany(CodesOf)];

    /// <summary>
    /// Reads the codes of one error type without creating a valid instance. Three shapes exist: a constant
    /// (<c>Code =&gt; "X"</c>), a switch on an enum-typed property (one code per defined value), and a positional
    /// <c>Code</c> whose values are the type's public <c>…Code</c> constants.
    /// </summary>
    private static IEnumerable<ErrorCode> CodesOf(Type type)
    {
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string) && field.Name.EndsWith("Code", StringComparison.Ordinal))
            .ToList();
        if (constants.Count > 0)
        {
            return constants.Select(field => new ErrorCode(type, field.Name, (string?)field.GetRawConstantValue()));
        }

        object instance = RuntimeHelpers.GetUninitializedObject(type);
        PropertyInfo code = type.GetProperty(nameof(IDomainError.Code))!;
        // An enum-typed field may choose the code (SendBlocker.Kind) or only describe the failure (TaskNotOpen.Status):
        // the first one whose values give different codes is the reason; otherwise the type has a single code.
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Where(f => f.FieldType.IsEnum))
        {
            var variants = Enum.GetValues(field.FieldType).Cast<object>()
                .Select(value =>
                {
                    field.SetValue(instance, value);
                    return new ErrorCode(type, value.ToString(), Read(code, instance));
                })
                .DistinctBy(variant => variant.Code)
                .ToList();
            field.SetValue(instance, Activator.CreateInstance(field.FieldType));
            if (variants.Count > 1)
            {
                return variants;
            }
        }
        return [new ErrorCode(type, null, Read(code, instance))];
    }

    /// <summary>
    /// The code each error type whose code depends on a reason reports for a reason outside the enum (a cast such as
    /// <c>(SignatureRejectionReason)99</c>): the fallback arm of its switch. A fallback must not be another type's code.
    /// </summary>
    public static IReadOnlyList<ErrorCode> Fallbacks() =>
        [.. Packages.Names
            .SelectMany(package => Packages.Load(package).GetExportedTypes())
            .Where(type => typeof(IDomainError).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .SelectMany(FallbackOf)];

    private static IEnumerable<ErrorCode> FallbackOf(Type type)
    {
        object instance = RuntimeHelpers.GetUninitializedObject(type);
        PropertyInfo code = type.GetProperty(nameof(IDomainError.Code))!;
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Where(f => f.FieldType.IsEnum))
        {
            var defined = Enum.GetValues(field.FieldType).Cast<object>().ToList();
            var codes = defined.Select(value =>
            {
                field.SetValue(instance, value);
                return Read(code, instance);
            }).Distinct().Count();
            if (codes > 1)
            {
                long undefined = defined.Select(value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)).Max() + 1;
                field.SetValue(instance, Enum.ToObject(field.FieldType, undefined));
                return [new ErrorCode(type, $"undefined {field.FieldType.Name}", Read(code, instance))];
            }
            field.SetValue(instance, Activator.CreateInstance(field.FieldType));
        }
        return [];
    }

    private static string? Read(PropertyInfo code, object instance)
    {
        try
        {
            return (string?)code.GetValue(instance);
        }
        catch (TargetInvocationException)
        {
            return null; // the code depends on state an uninitialised instance lacks; reported by the caller
        }
    }
}
