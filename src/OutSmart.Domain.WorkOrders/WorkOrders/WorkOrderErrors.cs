using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>The work order was sent and is read-only (WO-07).</summary>
/// <param name="WorkOrderId">The work order.</param>
public sealed record WorkOrderReadOnly(WorkOrderId WorkOrderId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "WORKORDER_READ_ONLY";

    /// <inheritdoc />
    public string Message => "The work order has been sent and can no longer be changed.";
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

/// <summary>A cannot-complete reason must have at least 10 characters after trimming (WO-08).</summary>
/// <param name="StepId">The step.</param>
public sealed record ReasonRequired(string StepId) : IDomainError
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
