namespace OutSmart.Domain.Timesheets;

/// <summary>How overtime (<i>overuren</i>) is counted (OT-02).</summary>
public enum OvertimeMode
{
    /// <summary>Per day: max(0, worked − expected − tolerance) on each date. The default.</summary>
    Daily = 0,

    /// <summary>Per ISO week only: max(0, worked − expected − tolerance) over the week; days have no overtime.</summary>
    Weekly = 1,

    /// <summary>Per day first, then what the week still has above its expected hours beyond the daily overtime already counted.</summary>
    DailyThenWeekly = 2,
}
