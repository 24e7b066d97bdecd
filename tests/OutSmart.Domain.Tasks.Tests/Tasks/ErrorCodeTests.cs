using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

/// <summary>Error codes are unique keys (docs/rules.md): every error type in the Tasks package has its own code.</summary>
public sealed partial class ErrorCodeTests
{
    public static TheoryData<Type> ErrorTypes => [.. TasksErrorTypes()];

    [Fact]
    public void Codes_InTheTasksAssembly_AreUnique()
    {
        var codes = TasksErrorTypes().Select(t => (Type: t.Name, Code: CodeOf(t))).ToList();

        var shared = codes.GroupBy(c => c.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Type))}").ToList();

        Assert.True(codes.Count >= 20, $"Expected the Tasks error types, found {codes.Count}.");
        Assert.Empty(shared);
    }

    [Theory]
    [MemberData(nameof(ErrorTypes))]
    public void Code_IsTheTypeNameInUpperSnakeCase(Type errorType)
    {
        string expected = UpperSnake().Replace(errorType.Name, "$1_$2").ToUpperInvariant();

        Assert.Equal(expected, CodeOf(errorType));
    }

    [Theory]
    [MemberData(nameof(ErrorTypes))]
    public void ErrorType_IsASealedPublicRecord(Type errorType)
    {
        Assert.True(errorType.IsSealed && errorType.IsPublic, $"{errorType.Name} must be public and sealed.");
        Assert.NotNull(errorType.GetMethod("<Clone>$"));
    }

    private static IEnumerable<Type> TasksErrorTypes() =>
        typeof(FollowUpTask).Assembly.GetTypes()
            .Where(t => typeof(IDomainError).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    // Code is a constant per type, so an instance made without a constructor is enough to read it.
    private static string CodeOf(Type errorType) => ((IDomainError)RuntimeHelpers.GetUninitializedObject(errorType)).Code;

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex UpperSnake();
}
