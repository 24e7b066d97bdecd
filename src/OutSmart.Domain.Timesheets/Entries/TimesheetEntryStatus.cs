namespace OutSmart.Domain.Timesheets;

/// <summary>Where a timesheet entry stands in its approval (RULES.md 2.3).</summary>
/// <remarks>
/// <code>
/// Draft ──Submit──▶ Submitted ──Approve──▶ Approved ──Export──▶ Exported
///   ▲                 │    │                  │
///   └────Withdraw─────┘    └─Reject─▶ Rejected │
///   ▲                                  │ Edit, Submit
///   └──────────Reopen (role + reason)──┴──────┘ (from Approved only)
/// </code>
/// </remarks>
public enum TimesheetEntryStatus
{
    /// <summary>Being written by the employee (concept); editable.</summary>
    Draft = 0,

    /// <summary>Handed in for approval (ingediend); read-only for the employee until withdrawn or decided.</summary>
    Submitted = 1,

    /// <summary>Approved (goedgekeurd); read-only until an approver or admin reopens it with a reason.</summary>
    Approved = 2,

    /// <summary>Rejected (afgekeurd) with a reason; editable and submittable again.</summary>
    Rejected = 3,

    /// <summary>Exported to payroll in an export batch; final.</summary>
    Exported = 4,
}
