using System.Reflection;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Tasks;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Architecture.Tests;

/// <summary>
/// Keeps one command shape on every aggregate (docs/conventions.md, "Aggregates and commands"): who and when come last, as
/// <c>Actor actor, Instant now</c>, after the command's own arguments — <c>FollowUpTask.Rename(title, policy, actor, now)</c>,
/// <c>Workflow.AddStep(step, actor, now)</c>, <c>WorkOrder.WriteNotes(stepId, text, actor, now)</c>.
/// </summary>
public sealed class CommandShapeTests
{
    /// <summary>
    /// Public instance methods of an aggregate that return a <c>OneOf</c> but change nothing, so take no actor. Each
    /// entry is <c>TypeName.MethodName</c> with a comment saying why it is a query. There are none today: a query that
    /// can fail returns a <c>OneOf</c> only when it must, and it is listed here on purpose when it does.
    /// </summary>
    private static readonly string[] ReadOnlyOneOfQueries = [];

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void AggregateMethodsTakingAnActor_EndWithActorAndNow(string package)
    {
        var offenders = Aggregates(package)
            .SelectMany(PublicMethods)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Actor)))
            .Where(m => !EndsWithActorAndNow(m))
            .Select(Describe)
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Packages.All), MemberType = typeof(Packages))]
    public void AggregateCommandsReturningOneOf_TakeActorAndNowLast(string package)
    {
        var offenders = Aggregates(package)
            .SelectMany(PublicMethods)
            .Where(m => !m.IsStatic && typeof(IOneOf).IsAssignableFrom(m.ReturnType))
            .Where(m => !ReadOnlyOneOfQueries.Contains($"{m.DeclaringType!.Name}.{m.Name}", StringComparer.Ordinal))
            .Where(m => !EndsWithActorAndNow(m))
            .Select(Describe)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Aggregates_AreFoundInThePackages()
    {
        var found = Packages.Names.SelectMany(Aggregates).ToList();

        Assert.Contains(typeof(WorkOrder), found);
        Assert.Contains(typeof(Workflow), found);
        Assert.Contains(typeof(FollowUpTask), found);
    }

    [Fact]
    public void EndsWithActorAndNow_WhenActorAndNowComeFirst_IsFalse()
    {
        MethodInfo first = typeof(OldShape).GetMethod(nameof(OldShape.WriteNotes))!;
        MethodInfo last = typeof(OldShape).GetMethod(nameof(OldShape.Rename))!;

        bool firstPasses = EndsWithActorAndNow(first);
        bool lastPasses = EndsWithActorAndNow(last);

        Assert.False(firstPasses);
        Assert.True(lastPasses);
    }

    // Public sealed classes that record domain events: the aggregates.
    private static IEnumerable<Type> Aggregates(string package) =>
        Packages.Load(package).GetExportedTypes().Where(t => t.IsClass && t.IsSealed && typeof(IHasDomainEvents).IsAssignableFrom(t));

    // Methods written on the aggregate, instance and static, without property and event accessors.
    private static IEnumerable<MethodInfo> PublicMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName);

    private static bool EndsWithActorAndNow(MethodInfo method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        return parameters.Length >= 2
            && parameters[^2] is { Name: "actor" } actor && actor.ParameterType == typeof(Actor)
            && parameters[^1] is { Name: "now" } now && now.ParameterType == typeof(Instant);
    }

    private static string Describe(MethodInfo method) =>
        $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}"))})";

    // The shape the rule refuses and the shape it wants, side by side, so the check itself is proven.
    private static class OldShape
    {
        public static void WriteNotes(Actor actor, Instant now, string? text) => _ = (actor, now, text);

        public static void Rename(string title, Actor actor, Instant now) => _ = (title, actor, now);
    }
}
