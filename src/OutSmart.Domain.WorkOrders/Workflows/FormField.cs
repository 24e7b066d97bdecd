using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One question of a form step: its id, label, answer kind, requirement and visibility.</summary>
/// <remarks>
/// <para>Field ids are unique within a workflow, so conditions can refer to them. A hidden field is never required (WO-03).</para>
/// <para>Two fields are equal when all their parts are equal; options compare in order.</para>
/// </remarks>
public sealed record FormField
{
    private FormField(string id, string label, FieldKind kind, ImmutableArray<string> options, Requirement requirement, Condition? visibleWhen)
    {
        Id = id;
        Label = label;
        Kind = kind;
        Options = options;
        Requirement = requirement;
        VisibleWhen = visibleWhen;
    }

    /// <summary>Gets the id, unique within the workflow.</summary>
    public string Id { get; }

    /// <summary>Gets the question shown to the technician.</summary>
    public string Label { get; }

    /// <summary>Gets the kind of answer.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets the allowed answers of a <see cref="FieldKind.Choice"/> field; otherwise empty.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>Gets whether the field must be answered.</summary>
    public Requirement Requirement { get; }

    /// <summary>Gets the condition under which the field is shown, or <see langword="null"/> when it is always shown.</summary>
    public Condition? VisibleWhen { get; }

    /// <summary>Creates a field.</summary>
    /// <param name="id">The id, unique within the workflow.</param>
    /// <param name="label">The question.</param>
    /// <param name="kind">The kind of answer.</param>
    /// <param name="requirement">Whether it must be answered; <see cref="Requirement.Optional"/> when <see langword="null"/>.</param>
    /// <param name="visibleWhen">When it is shown; always when <see langword="null"/>.</param>
    /// <param name="options">The allowed answers of a choice field (at least one, distinct); ignored otherwise.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="label"/> is blank, <paramref name="kind"/> is undefined, or a choice field has no or blank options.</exception>
    public static FormField Create(string id, string label, FieldKind kind, Requirement? requirement = null, Condition? visibleWhen = null, IEnumerable<string>? options = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.EnumOutOfRange(kind);
        ImmutableArray<string> choices = [];
        if (kind == FieldKind.Choice)
        {
            Guard.Against.Null(options);
            choices = [.. options.Distinct(StringComparer.Ordinal)];
            Guard.Against.Zero(choices.Length, nameof(options));
            foreach (string option in choices)
            {
                Guard.Against.NullOrWhiteSpace(option, nameof(options));
            }
        }
        return new FormField(id, label, kind, choices, requirement ?? Requirement.Optional, visibleWhen);
    }

    /// <summary>Checks an answer and returns its canonical text.</summary>
    /// <param name="answer">The answer as entered.</param>
    /// <param name="canonical">The canonical text when valid: trimmed; numbers in invariant culture; <c>yes</c>/<c>no</c>; <c>yyyy-MM-dd</c>.</param>
    /// <param name="problem">Why the answer is invalid, when it is.</param>
    /// <returns><see langword="true"/> when the answer fits the field.</returns>
    internal bool TryCanonicalise(string? answer, out string canonical, out string problem)
    {
        canonical = string.Empty;
        problem = string.Empty;
        string text = answer?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            problem = "an answer is required";
            return false;
        }
        switch (Kind)
        {
            case FieldKind.Number when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal number):
                canonical = number.ToString(CultureInfo.InvariantCulture);
                return true;
            case FieldKind.Number:
                problem = "a number such as 12.5 is expected";
                return false;
            case FieldKind.YesNo when text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase):
                canonical = text.Equals("yes", StringComparison.OrdinalIgnoreCase) ? "yes" : "no";
                return true;
            case FieldKind.YesNo:
                problem = "yes or no is expected";
                return false;
            case FieldKind.Choice when Options.Contains(text, StringComparer.Ordinal):
                canonical = text;
                return true;
            case FieldKind.Choice:
                problem = "one of " + string.Join(", ", Options) + " is expected";
                return false;
            case FieldKind.Date when NodaTime.Text.LocalDatePattern.Iso.Parse(text).Success:
                canonical = text;
                return true;
            case FieldKind.Date:
                problem = "a date such as 2025-03-31 is expected";
                return false;
            case FieldKind.Text when text.Length <= 2000:
                canonical = text;
                return true;
            default:
                problem = "the text is longer than 2000 characters";
                return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(FormField? other) =>
        other is not null && Id == other.Id && Label == other.Label && Kind == other.Kind
        && Options.SequenceEqual(other.Options) && Requirement.Equals(other.Requirement) && Equals(VisibleWhen, other.VisibleWhen);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Label, Kind, Requirement, VisibleWhen);
}
