using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>Whether a step or field must be completed: optional, required, or required when a condition holds (WO-01).</summary>
/// <remarks>Two requirements are equal when they have the same kind and condition.</remarks>
public sealed record Requirement
{
    private Requirement(Condition? condition, bool always)
    {
        When = condition;
        IsAlways = always;
    }

    /// <summary>Gets the requirement of something that may be left empty.</summary>
    public static Requirement Optional { get; } = new(null, false);

    /// <summary>Gets the requirement of something that must be completed.</summary>
    public static Requirement Required { get; } = new(null, true);

    /// <summary>Gets the condition of a <see cref="RequiredWhen"/> requirement; otherwise <see langword="null"/>.</summary>
    public Condition? When { get; }

    /// <summary>Gets a value indicating whether this is <see cref="Required"/>.</summary>
    public bool IsAlways { get; }

    /// <summary>Gets a value indicating whether this is <see cref="Optional"/>.</summary>
    public bool IsOptional => !IsAlways && When is null;

    /// <summary>Creates a requirement that holds while <paramref name="condition"/> holds on the answers.</summary>
    /// <param name="condition">The condition on earlier answers.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is <see langword="null"/>.</exception>
    public static Requirement RequiredWhen(Condition condition) => new(Guard.Against.Null(condition), false);

    /// <summary>Decides whether the requirement applies to the current answers.</summary>
    /// <param name="answers">The current answers by field id.</param>
    /// <returns><see langword="true"/> for <see cref="Required"/>, or when the condition of <see cref="RequiredWhen"/> holds.</returns>
    public bool AppliesTo(IReadOnlyDictionary<string, string> answers) => IsAlways || (When?.IsMetBy(answers) ?? false);

    /// <summary>Returns <c>optional</c>, <c>required</c> or <c>required when …</c>.</summary>
    /// <returns>The requirement as text.</returns>
    public override string ToString() => IsAlways ? "required" : When is null ? "optional" : $"required when {When}";
}
