using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The result of a bulk review for one entry (TS-26): approved, rejected, or refused with the reason; plus the
/// warnings the rules found for it.</summary>
/// <remarks>Two results are equal when all their properties are equal, warnings item by item.</remarks>
public sealed record EntryReview
{
    internal EntryReview(TimesheetEntryId entryId, EmployeeId employeeId, ReviewOutcome outcome, IDomainError? refusal, ImmutableArray<TimesheetViolation> warnings)
    {
        EntryId = entryId;
        EmployeeId = employeeId;
        Outcome = outcome;
        Refusal = refusal;
        Warnings = warnings;
    }

    /// <summary>Gets the entry.</summary>
    public TimesheetEntryId EntryId { get; }

    /// <summary>Gets whose entry it is.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets what happened.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>Gets why the entry was refused (for example <see cref="ApprovalRefused"/>,
    /// <see cref="TimesheetTransitionInvalid"/>, <see cref="TimesheetEntryInvalid"/>, <see cref="TimesheetPeriodLocked"/>,
    /// <see cref="TimesheetEntryNotFound"/> or <see cref="ConcurrencyConflict"/>); <see langword="null"/> unless refused.</summary>
    public IDomainError? Refusal { get; }

    /// <summary>Gets the warnings for the entry and its day and week; empty when none.</summary>
    public ImmutableArray<TimesheetViolation> Warnings { get; }

    /// <inheritdoc />
    public bool Equals(EntryReview? other) =>
        other is not null && EntryId == other.EntryId && EmployeeId == other.EmployeeId && Outcome == other.Outcome
        && Equals(Refusal, other.Refusal) && Warnings.SequenceEqual(other.Warnings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EntryId, Outcome);
}
