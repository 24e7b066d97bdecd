using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>A pure condition on the answers of a work order, used by <c>RequiredWhen</c> and <c>VisibleWhen</c> (WO-03).</summary>
/// <remarks>
/// <para>A condition on a field that has no answer is <see langword="false"/>, whatever it tests, so
/// <see cref="NotEqual"/> of an unanswered field is <see langword="false"/> too. Answers compare as ordinal text.</para>
/// <para>Two conditions are equal when they test the same fields in the same way.</para>
/// </remarks>
public sealed record Condition
{
    private enum Operator
    {
        Answered,
        Equal,
        NotEqual,
        AllOf,
        AnyOf,
    }

    private readonly Operator _operator;

    private Condition(Operator op, string? fieldId, string? value, ImmutableArray<Condition> operands)
    {
        _operator = op;
        FieldId = fieldId;
        Value = value;
        Operands = operands;
    }

    /// <summary>Gets the field this condition tests, or <see langword="null"/> for <see cref="AllOf"/> and <see cref="AnyOf"/>.</summary>
    public string? FieldId { get; }

    /// <summary>Gets the compared answer of <see cref="Equal"/> and <see cref="NotEqual"/>, otherwise <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets the combined conditions of <see cref="AllOf"/> and <see cref="AnyOf"/>; otherwise empty.</summary>
    public ImmutableArray<Condition> Operands { get; }

    /// <summary>Gets every field id this condition reads, including those of its operands.</summary>
    public IEnumerable<string> ReferencedFields =>
        FieldId is not null ? [FieldId] : Operands.SelectMany(o => o.ReferencedFields);

    /// <summary>Creates a condition that holds when <paramref name="fieldId"/> has an answer.</summary>
    /// <param name="fieldId">The field to test.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldId"/> is null, empty or white space.</exception>
    public static Condition Answered(string fieldId) =>
        new(Operator.Answered, Guard.Against.NullOrWhiteSpace(fieldId), null, []);

    /// <summary>Creates a condition that holds when <paramref name="fieldId"/> is answered with exactly <paramref name="value"/>.</summary>
    /// <param name="fieldId">The field to test.</param>
    /// <param name="value">The canonical answer, such as <c>yes</c>.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or white space.</exception>
    public static Condition Equal(string fieldId, string value) =>
        new(Operator.Equal, Guard.Against.NullOrWhiteSpace(fieldId), Guard.Against.NullOrWhiteSpace(value), []);

    /// <summary>Creates a condition that holds when <paramref name="fieldId"/> is answered with anything but <paramref name="value"/>.</summary>
    /// <param name="fieldId">The field to test.</param>
    /// <param name="value">The canonical answer, such as <c>no</c>.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or white space.</exception>
    public static Condition NotEqual(string fieldId, string value) =>
        new(Operator.NotEqual, Guard.Against.NullOrWhiteSpace(fieldId), Guard.Against.NullOrWhiteSpace(value), []);

    /// <summary>Creates a condition that holds when every operand holds.</summary>
    /// <param name="operands">One or more conditions.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="operands"/> is null or empty.</exception>
    public static Condition AllOf(params IEnumerable<Condition> operands) =>
        new(Operator.AllOf, null, null, Operands_(operands));

    /// <summary>Creates a condition that holds when at least one operand holds.</summary>
    /// <param name="operands">One or more conditions.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="operands"/> is null or empty.</exception>
    public static Condition AnyOf(params IEnumerable<Condition> operands) =>
        new(Operator.AnyOf, null, null, Operands_(operands));

    /// <summary>Evaluates the condition; a pure function of <paramref name="answers"/>.</summary>
    /// <param name="answers">The current answers by field id.</param>
    /// <returns><see langword="true"/> when the condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is <see langword="null"/>.</exception>
    public bool IsMetBy(IReadOnlyDictionary<string, string> answers)
    {
        Guard.Against.Null(answers);
        return _operator switch
        {
            Operator.Answered => answers.ContainsKey(FieldId!),
            Operator.Equal => answers.TryGetValue(FieldId!, out string? a) && string.Equals(a, Value, StringComparison.Ordinal),
            Operator.NotEqual => answers.TryGetValue(FieldId!, out string? b) && !string.Equals(b, Value, StringComparison.Ordinal),
            Operator.AllOf => Operands.All(o => o.IsMetBy(answers)),
            _ => Operands.Any(o => o.IsMetBy(answers)),
        };
    }

    /// <inheritdoc />
    public bool Equals(Condition? other) =>
        other is not null && _operator == other._operator
        && string.Equals(FieldId, other.FieldId, StringComparison.Ordinal)
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_operator, FieldId, Value, Operands.Length);

    /// <summary>Returns the condition as readable text, for example <c>leak = yes</c>.</summary>
    /// <returns>The condition as text.</returns>
    public override string ToString() => _operator switch
    {
        Operator.Answered => $"{FieldId} answered",
        Operator.Equal => $"{FieldId} = {Value}",
        Operator.NotEqual => $"{FieldId} != {Value}",
        Operator.AllOf => "(" + string.Join(" and ", Operands) + ")",
        _ => "(" + string.Join(" or ", Operands) + ")",
    };

    private static ImmutableArray<Condition> Operands_(IEnumerable<Condition> operands)
    {
        Guard.Against.Null(operands);
        ImmutableArray<Condition> array = [.. operands];
        Guard.Against.Zero(array.Length, nameof(operands));
        foreach (Condition operand in array)
        {
            Guard.Against.Null(operand, nameof(operands));
        }
        return array;
    }
}
