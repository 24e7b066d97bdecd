using System.Reflection;
using OneOf;

namespace OutSmart.Domain.Architecture.Tests;

/// <summary>
/// Keeps expected failures small (docs/conventions.md, "Errors"): a public method answers <c>OneOf</c> with at most four
/// cases, directly or as the result of a <c>Task</c>; more means the method does too much.
/// </summary>
public sealed class OneOfShapeTests
{
    private const int MaxCases = 4;

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void PublicMethods_AnswerOneOfWithAtMostFourCases(string package)
    {
        var offenders = Packages.Load(package).GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => CaseCount(m.ReturnType) > MaxCases)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name} answers {CaseCount(m.ReturnType)} cases")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void CaseCount_ReadsOneOfDirectlyAndInsideATask()
    {
        int direct = CaseCount(typeof(OneOf<int, string, long, short, byte>));
        int inTask = CaseCount(typeof(Task<OneOf<int, string>>));
        int other = CaseCount(typeof(Task<int>));

        Assert.Equal(5, direct);
        Assert.Equal(2, inTask);
        Assert.Equal(0, other);
    }

    private static int CaseCount(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }
        return typeof(IOneOf).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments().Length : 0;
    }
}
