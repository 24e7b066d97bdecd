namespace OutSmart.Domain.Timesheets;

/// <summary>Whether an outlier (OT-10) is a day or an ISO week.</summary>
public enum OutlierPeriod
{
    /// <summary>One local date.</summary>
    Day = 0,

    /// <summary>One ISO week, Monday to Sunday, limited to the checked dates.</summary>
    Week = 1,
}
