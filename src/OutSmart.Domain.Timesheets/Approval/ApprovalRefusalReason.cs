namespace OutSmart.Domain.Timesheets;

/// <summary>Why an approver may not decide on an entry.</summary>
public enum ApprovalRefusalReason
{
    /// <summary>The actor is not the employee's manager or team lead, not an admin, and not the project manager where those may approve (TS-20).</summary>
    NotApprover = 0,

    /// <summary>The actor would decide on their own hours (TS-19).</summary>
    SelfApproval = 1,

    /// <summary>The entry lies in the future (TS-22).</summary>
    InFuture = 2,

    /// <summary>The entry is exported and cannot be reopened (TS-23).</summary>
    Exported = 3,
}
