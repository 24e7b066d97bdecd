using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Tasks.Tests.Tasks;

/// <summary>Every Tasks error code is its type's name in upper snake case; uniqueness across packages is kept by
/// <c>RulesDocumentTests</c> and sealed records by <c>TypeConventionTests</c> in the architecture tests.</summary>
public sealed partial class ErrorCodeTests
{
    public static TheoryData<Type> ErrorTypes => [.. TasksErrorTypes()];

    [Fact]
    public void ErrorTypes_AreFoundInTheTasksAssembly()
    {
        int count = TasksErrorTypes().Count();

        Assert.True(count >= 20, $"Expected the Tasks error types, found {count}.");
    }

    [Theory]
    [MemberData(nameof(ErrorTypes))]
    public void Code_IsTheTypeNameInUpperSnakeCase(Type errorType)
    {
        string expected = UpperSnake().Replace(errorType.Name, "$1_$2").ToUpperInvariant();

        Assert.Equal(expected, CodeOf(errorType));
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
