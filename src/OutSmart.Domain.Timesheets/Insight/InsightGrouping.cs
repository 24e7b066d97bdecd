namespace OutSmart.Domain.Timesheets;

/// <summary>What cost insight groups its lines by (OT-09).</summary>
public enum InsightGrouping
{
    /// <summary>Per employee (medewerker); the key is the employee id.</summary>
    Employee = 0,

    /// <summary>Per customer (klant); lines without a customer form one group with an empty key.</summary>
    Customer = 1,

    /// <summary>Per project; lines without a project form one group with an empty key.</summary>
    Project = 2,

    /// <summary>Per work order (werkbon); lines without a work order form one group with an empty key.</summary>
    WorkOrder = 3,

    /// <summary>Per hour type code (uursoort).</summary>
    HourType = 4,

    /// <summary>Per local date; the key is <c>yyyy-MM-dd</c>.</summary>
    Day = 5,

    /// <summary>Per ISO week (Monday to Sunday); the key is <c>YYYY-Www</c> in the ISO week-year.</summary>
    IsoWeek = 6,

    /// <summary>Per calendar month; the key is <c>yyyy-MM</c>.</summary>
    Month = 7,

    /// <summary>Per calendar year; the key is <c>yyyy</c>.</summary>
    Year = 8,
}
