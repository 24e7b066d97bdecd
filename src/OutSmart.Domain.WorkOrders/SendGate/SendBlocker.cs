using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

/// <summary>One reason a work order cannot be sent yet, with its step and a message a technician understands (WO-05).</summary>
/// <remarks>
/// <para>Created only by <see cref="SendGate"/>. <see cref="StepId"/> and <see cref="StepName"/> are
/// <see langword="null"/> for blockers that come from the company policy rather than a step.</para>
/// <para>Two blockers are equal when all parts are equal.</para>
/// </remarks>
public sealed record SendBlocker : IDomainError
{
    internal SendBlocker(SendBlockerKind kind, WorkflowStep? step, string message, string? fieldId = null, int? minimum = null, int? actual = null, string? reason = null)
    {
        Kind = kind;
        StepId = step?.Id;
        StepName = step?.Name;
        Message = message;
        FieldId = fieldId;
        Minimum = minimum;
        Actual = actual;
        Reason = reason;
    }

    /// <summary>Gets the kind of blocker.</summary>
    public SendBlockerKind Kind { get; }

    /// <summary>Gets the id of the blocking step, or <see langword="null"/> for a policy blocker.</summary>
    public string? StepId { get; }

    /// <summary>Gets the name of the blocking step, or <see langword="null"/> for a policy blocker.</summary>
    public string? StepName { get; }

    /// <summary>Gets the missing field of <see cref="SendBlockerKind.FieldRequired"/>; otherwise <see langword="null"/>.</summary>
    public string? FieldId { get; }

    /// <summary>Gets the required photo count of <see cref="SendBlockerKind.PhotoCountBelowMin"/>; otherwise <see langword="null"/>.</summary>
    public int? Minimum { get; }

    /// <summary>Gets the actual photo count of <see cref="SendBlockerKind.PhotoCountBelowMin"/>; otherwise <see langword="null"/>.</summary>
    public int? Actual { get; }

    /// <summary>Gets why the signature is invalid for <see cref="SendBlockerKind.SignatureInvalid"/>; otherwise <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public string Code => Kind switch
    {
        SendBlockerKind.StepRequiredIncomplete => "STEP_REQUIRED_INCOMPLETE",
        SendBlockerKind.FieldRequired => "FIELD_REQUIRED",
        SendBlockerKind.PhotoCountBelowMin => "PHOTO_COUNT_BELOW_MIN",
        SendBlockerKind.SignatureMissing => "SIGNATURE_MISSING",
        SendBlockerKind.SignatureInvalid => "SIGNATURE_INVALID",
        SendBlockerKind.SignatureStale => "SIGNATURE_STALE",
        SendBlockerKind.HoursMissing => "HOURS_MISSING",
        _ => "TIMER_RUNNING",
    };

    /// <inheritdoc />
    public string Message { get; }

    /// <summary>Returns <c>CODE: message</c>.</summary>
    /// <returns>The blocker as text.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
