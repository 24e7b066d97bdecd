using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>An approver may not approve, reject or reopen this entry; the code depends on the <see cref="Reason"/>.</summary>
/// <param name="EntryId">The entry.</param>
/// <param name="Reason">Why.</param>
public sealed record ApprovalRefused(TimesheetEntryId EntryId, ApprovalRefusalReason Reason) : IDomainError
{
    /// <inheritdoc />
    public string Code => Reason switch
    {
        ApprovalRefusalReason.NotApprover => "TS_NOT_APPROVER",
        ApprovalRefusalReason.SelfApproval => "TS_SELF_APPROVAL",
        ApprovalRefusalReason.InFuture => "TS_APPROVE_FUTURE",
        ApprovalRefusalReason.Exported => "TS_REOPEN_EXPORTED",
        _ => "TS_APPROVAL_REFUSED",
    };

    /// <inheritdoc />
    public string Message => Reason switch
    {
        ApprovalRefusalReason.NotApprover => "You can only approve hours of employees you manage.",
        ApprovalRefusalReason.SelfApproval => "You cannot approve your own hours.",
        ApprovalRefusalReason.InFuture => "Hours in the future cannot be approved.",
        ApprovalRefusalReason.Exported => "Exported hours cannot be reopened.",
        _ => "You may not decide on these hours.",
    };
}
