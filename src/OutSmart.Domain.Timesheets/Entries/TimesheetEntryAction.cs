namespace OutSmart.Domain.Timesheets;

/// <summary>What happened to a timesheet entry, in its history.</summary>
public enum TimesheetEntryAction
{
    /// <summary>Registered by hand.</summary>
    Registered = 0,

    /// <summary>Created from a work order's hours.</summary>
    Imported = 1,

    /// <summary>Its content changed by an edit.</summary>
    Edited = 2,

    /// <summary>Its content changed by a re-import from the work order.</summary>
    Reimported = 3,

    /// <summary>Submitted for approval.</summary>
    Submitted = 4,

    /// <summary>Withdrawn by the employee before a decision.</summary>
    Withdrawn = 5,

    /// <summary>Approved.</summary>
    Approved = 6,

    /// <summary>Rejected with a reason.</summary>
    Rejected = 7,

    /// <summary>Reopened from approved to draft with a reason.</summary>
    Reopened = 8,

    /// <summary>Exported to payroll.</summary>
    Exported = 9,

    /// <summary>One field of an approved entry corrected by an admin (TS-25); the reason holds the field, the old and
    /// the new value and why: one line per changed field.</summary>
    Corrected = 10,
}
