namespace OutSmart.Domain.Timesheets;

/// <summary>The permission names the Timesheets package checks on an <see cref="OutSmart.Domain.Abstractions.Actor"/>
/// (compared ordinally). The host grants them.</summary>
public static class TimesheetPermissions
{
    /// <summary>A timesheet administrator: may approve, reject and reopen anyone's hours and close periods.</summary>
    public const string Admin = "timesheets.admin";

    /// <summary>The override role of a period lock (TS-16): may reopen a closed period.</summary>
    public const string OverrideLock = "timesheets.override-lock";
}
