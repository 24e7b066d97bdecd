namespace OutSmart.Domain.Timesheets;

/// <summary>Where a rate came from, in rising order of precedence (OT-05): a higher level beats every lower one.</summary>
public enum RateLevel
{
    /// <summary>The hour type's own rates: the floor, always present.</summary>
    HourType = 0,

    /// <summary>A rate agreed for the employee and the hour type.</summary>
    Employee = 1,

    /// <summary>A rate agreed for the project, or else the customer, and the hour type; a project's rate beats its customer's.</summary>
    ProjectOrCustomer = 2,

    /// <summary>A rate given on the entry itself.</summary>
    Entry = 3,
}
