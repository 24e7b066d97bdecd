using System.Collections.Immutable;

namespace OutSmart.Domain.Timesheets;

/// <summary>The result of validating timesheet entries: every violation found, errors and warnings apart.</summary>
/// <remarks>Both lists are in the order found: per employee in order of first appearance, per rule in entry and date order.
/// Two results are equal when both lists are equal item by item.</remarks>
public sealed record TimesheetValidation
{
    internal TimesheetValidation(ImmutableArray<TimesheetViolation> errors, ImmutableArray<TimesheetViolation> warnings)
    {
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>Gets the violations of rules set as errors.</summary>
    public ImmutableArray<TimesheetViolation> Errors { get; }

    /// <summary>Gets the violations of rules set as warnings.</summary>
    public ImmutableArray<TimesheetViolation> Warnings { get; }

    /// <summary>Gets a value indicating whether no error was found (warnings may exist).</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <inheritdoc />
    public bool Equals(TimesheetValidation? other) =>
        other is not null && Errors.SequenceEqual(other.Errors) && Warnings.SequenceEqual(other.Warnings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Errors.Length, Warnings.Length);
}
