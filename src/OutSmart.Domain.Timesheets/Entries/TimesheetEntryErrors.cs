using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The entry's content can no longer be changed: it is submitted, approved or exported (TS-15). This is the
/// entry's one read-only refusal: every edit and re-import of such an entry answers it.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="Status">Its status.</param>
public sealed record TimesheetEntryLocked(TimesheetEntryId EntryId, TimesheetEntryStatus Status) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_LOCKED";

    /// <inheritdoc />
    public string Message => "These hours are submitted or approved and can no longer be changed.";
}

/// <summary>The status change is not allowed from the entry's status (RULES.md 2.3).</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="From">Its status.</param>
/// <param name="To">The status the command leads to.</param>
public sealed record TimesheetTransitionInvalid(TimesheetEntryId EntryId, TimesheetEntryStatus From, TimesheetEntryStatus To) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_TRANSITION_INVALID";

    /// <inheritdoc />
    public string Message => $"An entry that is {Words(From)} cannot become {Words(To)}.";

    private static string Words(TimesheetEntryStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>The entry breaks one or more rules that are errors (TS-01 … TS-29): it is not registered or changed.</summary>
/// <param name="Violations">The error violations, at least one, in rule order.</param>
public sealed record TimesheetEntryInvalid(ImmutableArray<TimesheetViolation> Violations) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_ENTRY_INVALID";

    /// <inheritdoc />
    public string Message => Violations.IsDefaultOrEmpty
        ? "The entry breaks a timesheet rule."
        : string.Join(" ", Violations.Select(v => v.Message));

    /// <inheritdoc />
    public bool Equals(TimesheetEntryInvalid? other) =>
        other is not null && (Violations.IsDefault ? other.Violations.IsDefault : !other.Violations.IsDefault && Violations.SequenceEqual(other.Violations));

    /// <inheritdoc />
    public override int GetHashCode() => Violations.IsDefault ? 0 : Violations.Length;
}

/// <summary>The employee's timesheet is switched off ("timesheet ingeschakeld" is off): nothing can be registered for them.</summary>
/// <param name="EmployeeId">The employee.</param>
public sealed record TimesheetDisabled(EmployeeId EmployeeId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_DISABLED";

    /// <inheritdoc />
    public string Message => "Timesheets are switched off for this employee, so no hours can be registered.";
}

/// <summary>The date lies in a closed timesheet period (TS-16): nothing in it can be created or changed until the
/// period is reopened by someone with the override role.</summary>
/// <param name="Date">The locked date.</param>
public sealed record TimesheetPeriodLocked(LocalDate Date) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_PERIOD_LOCKED";

    /// <inheritdoc />
    public string Message => "This period is locked. Please choose a later date.";
}

/// <summary>The hours of this work-order line were imported already and the entry is submitted or later, so a
/// re-import may not change it (TS-13).</summary>
/// <param name="Key">The import key.</param>
/// <param name="EntryId">The existing entry.</param>
/// <param name="Status">Its status.</param>
public sealed record DuplicateImportSource(ImportKey Key, TimesheetEntryId EntryId, TimesheetEntryStatus Status) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_DUPLICATE_SOURCE";

    /// <inheritdoc />
    public string Message => $"Hours from work order {Key.WorkOrderId} were already registered.";
}

/// <summary>A storage port refused to add an entry because another entry already has its import key (TS-13).</summary>
/// <param name="Key">The key.</param>
/// <param name="ExistingEntryId">The entry that has it.</param>
public sealed record ImportKeyTaken(ImportKey Key, TimesheetEntryId ExistingEntryId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_IMPORT_KEY_TAKEN";

    /// <inheritdoc />
    public string Message => $"Another entry ({ExistingEntryId}) already holds the hours of work order line {Key}.";
}

/// <summary>No entry with the id is stored.</summary>
/// <param name="EntryId">The id.</param>
public sealed record TimesheetEntryNotFound(TimesheetEntryId EntryId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_ENTRY_NOT_FOUND";

    /// <inheritdoc />
    public string Message => $"Timesheet entry {EntryId} does not exist.";
}

/// <summary>A reason (for rejecting or reopening) is empty or only white space (TS-21, TS-23).</summary>
public sealed record TimesheetReasonRequired : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_REASON_REQUIRED";

    /// <inheritdoc />
    public string Message => "Please give a reason.";
}

/// <summary>A reason is longer than <see cref="TimesheetReason.MaxLength"/> characters after trimming (TS-21).</summary>
/// <param name="Length">The trimmed length.</param>
public sealed record TimesheetReasonTooLong(int Length) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_REASON_TOO_LONG";

    /// <inheritdoc />
    public string Message => $"A reason can have at most {TimesheetReason.MaxLength} characters; this one has {Length}.";
}
