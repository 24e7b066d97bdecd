using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The work order was sent or cancelled and is read-only (WO-07, SIG-11, WO-11): the one refusal every command of a
/// sent or cancelled work order gives.</summary>
/// <param name="WorkOrderId">The work order.</param>
public sealed record WorkOrderReadOnly(WorkOrderId WorkOrderId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKORDER_READ_ONLY";

    /// <inheritdoc />
    public string Message => "The work order has been sent or cancelled and can no longer be changed.";
}

/// <summary>The work order was already sent with another send id (WO-07).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="SentWith">The send id it was sent with.</param>
public sealed record WorkOrderAlreadySent(WorkOrderId WorkOrderId, SendId SentWith) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKORDER_ALREADY_SENT";

    /// <inheritdoc />
    public string Message => "The work order has already been sent.";
}

/// <summary>Sending (or completing) was refused; <see cref="Blockers"/> lists every reason (WO-05).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Blockers">Every blocker, in workflow order followed by policy blockers; at least one.</param>
public sealed record SendBlocked(WorkOrderId WorkOrderId, ImmutableArray<SendBlocker> Blockers) : IDomainError
{
    /// <inheritdoc />
    public string Code => "SEND_BLOCKED";

    /// <inheritdoc />
    public string Message => $"Send blocked: {Blockers.Length} item(s) need attention: " + string.Join("; ", Blockers.Select(b => b.Message));

    /// <inheritdoc />
    public bool Equals(SendBlocked? other) =>
        other is not null && WorkOrderId == other.WorkOrderId && Blockers.SequenceEqual(other.Blockers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WorkOrderId, Blockers.Length);
}

/// <summary>An answer does not fit its field (wrong kind, not an option, too long, or blank).</summary>
/// <param name="FieldId">The field.</param>
/// <param name="Problem">What is wrong, in English.</param>
public sealed record FieldAnswerInvalid(string FieldId, string Problem) : IDomainError
{
    /// <inheritdoc />
    public string Code => "FIELD_ANSWER_INVALID";

    /// <inheritdoc />
    public string Message => $"The answer to \"{FieldId}\" is invalid: {Problem}.";
}

/// <summary>In a sequential workflow an earlier step must be finished first (WO-04).</summary>
/// <param name="StepId">The earlier, unfinished step.</param>
/// <param name="StepName">Its name.</param>
public sealed record StepPreviousIncomplete(string StepId, string StepName) : IDomainError
{
    /// <inheritdoc />
    public string Code => "STEP_PREVIOUS_INCOMPLETE";

    /// <inheritdoc />
    public string Message => $"Finish \"{StepName}\" first.";
}

/// <summary>Only an optional step can be marked not applicable (WO-08).</summary>
/// <param name="StepId">The required step.</param>
public sealed record StepNotOptional(string StepId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "STEP_NOT_OPTIONAL";

    /// <inheritdoc />
    public string Message => $"Step \"{StepId}\" is required and cannot be skipped.";
}

/// <summary>A cannot-complete reason must have at least <see cref="CannotCompleteReason.MinLength"/> characters after trimming (WO-08).</summary>
/// <param name="Length">The length of the trimmed text that was refused; 0 for a blank one.</param>
public sealed record ReasonRequired(int Length) : IDomainError
{
    /// <inheritdoc />
    public string Code => "REASON_REQUIRED";

    /// <inheritdoc />
    public string Message => "Explain why the step cannot be completed (at least 10 characters).";
}

/// <summary>The company policy does not allow ending a step as cannot complete (WO-08).</summary>
/// <param name="StepId">The step.</param>
public sealed record CannotCompleteNotAllowed(string StepId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CANNOT_COMPLETE_NOT_ALLOWED";

    /// <inheritdoc />
    public string Message => "Your company does not allow closing a work order with unfinished steps.";
}

/// <summary>The employee already has a timer running on this work order.</summary>
/// <param name="EmployeeId">The employee.</param>
public sealed record TimerAlreadyRunning(EmployeeId EmployeeId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TIMER_ALREADY_RUNNING";

    /// <inheritdoc />
    public string Message => "A timer is already running for you on this work order.";
}

/// <summary>The employee has no timer running on this work order.</summary>
/// <param name="EmployeeId">The employee.</param>
public sealed record TimerNotRunning(EmployeeId EmployeeId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TIMER_NOT_RUNNING";

    /// <inheritdoc />
    public string Message => "No timer is running for you on this work order.";
}

/// <summary>Notes are longer than <see cref="WorkOrder.MaxNotesLength"/> characters after trimming.</summary>
/// <param name="StepId">The notes step, or <see langword="null"/> for general notes.</param>
/// <param name="Length">The length of the trimmed text.</param>
/// <param name="MaxLength">The most characters allowed.</param>
public sealed record NotesTooLong(string? StepId, int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "NOTES_TOO_LONG";

    /// <inheritdoc />
    public string Message => string.Create(CultureInfo.InvariantCulture, $"The notes have {Length} characters; at most {MaxLength} are allowed.");
}

/// <summary>Only a visible step that is required under the current answers can end as cannot complete (WO-08); an
/// optional step is marked not applicable instead, and a hidden or not-required step needs nothing.</summary>
/// <param name="StepId">The step.</param>
public sealed record StepNotRequired(string StepId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "STEP_NOT_REQUIRED";

    /// <inheritdoc />
    public string Message => $"Step \"{StepId}\" is not required now, so it cannot end as cannot complete.";
}

/// <summary>A cannot-complete reason is longer than <see cref="CannotCompleteReason.MaxLength"/> characters after trimming.</summary>
/// <param name="Length">The length of the trimmed text.</param>
/// <param name="MaxLength">The most characters allowed.</param>
public sealed record ReasonTooLong(int Length, int MaxLength) : IDomainError
{
    /// <inheritdoc />
    public string Code => "REASON_TOO_LONG";

    /// <inheritdoc />
    public string Message => string.Create(CultureInfo.InvariantCulture, $"The reason has {Length} characters; at most {MaxLength} are allowed.");
}

/// <summary>A work order for this contract occurrence (<see cref="OccurrenceKey"/>: contract, schedule, target date,
/// object) is already stored; generation is exactly-once, so the existing one stands.</summary>
/// <param name="Key">The occurrence key.</param>
/// <param name="Existing">The work order already stored for it.</param>
public sealed record OccurrenceAlreadyPlanned(OccurrenceKey Key, WorkOrderId Existing) : IDomainError
{
    /// <inheritdoc />
    public string Code => "OCCURRENCE_ALREADY_PLANNED";

    /// <inheritdoc />
    public string Message => string.Create(CultureInfo.InvariantCulture, $"Occurrence {Key} already has work order {Existing}.");
}

/// <summary>No work order with this id is stored.</summary>
/// <param name="WorkOrderId">The id that was asked for.</param>
public sealed record WorkOrderNotFound(WorkOrderId WorkOrderId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKORDER_NOT_FOUND";

    /// <inheritdoc />
    public string Message => $"Work order {WorkOrderId} does not exist.";
}

/// <summary>Work on the order has started (<see cref="WorkOrder.IsStarted"/>), so it can no longer be cancelled or
/// rescheduled (WO-11).</summary>
/// <param name="WorkOrderId">The work order.</param>
/// <param name="Status">Its status when the command was refused.</param>
public sealed record WorkOrderAlreadyStarted(WorkOrderId WorkOrderId, WorkOrderStatus Status) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKORDER_ALREADY_STARTED";

    /// <inheritdoc />
    public string Message => $"Work on work order {WorkOrderId} has started, so it can no longer be cancelled or rescheduled.";
}
