using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A day or week whose worked minutes differ from the expected minutes by more than the threshold (OT-10).</summary>
/// <remarks>Two outliers are equal when all their values are equal.</remarks>
public sealed record InsightOutlier
{
    internal InsightOutlier(EmployeeId employee, OutlierPeriod period, LocalDate start, long workedMinutes, long expectedMinutes)
    {
        Employee = employee;
        Period = period;
        Start = start;
        WorkedMinutes = workedMinutes;
        ExpectedMinutes = expectedMinutes;
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId Employee { get; }

    /// <summary>Gets whether it is a day or an ISO week.</summary>
    public OutlierPeriod Period { get; }

    /// <summary>Gets the date, or the Monday of the ISO week (also when the checked dates start later in that week).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the counted minutes registered in it.</summary>
    public long WorkedMinutes { get; }

    /// <summary>Gets the minutes expected in it (for a week: on its checked dates).</summary>
    public long ExpectedMinutes { get; }

    /// <summary>Gets the worked minus the expected minutes: positive when over (meer), negative when under (minder).</summary>
    public long DeviationMinutes => WorkedMinutes - ExpectedMinutes;
}
