using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>A day or week whose worked minutes differ from the expected minutes by more than the threshold (OT-10).</summary>
/// <param name="Employee">The employee.</param>
/// <param name="Period">Whether it is a day or an ISO week.</param>
/// <param name="Start">The date, or the Monday of the week.</param>
/// <param name="WorkedMinutes">The counted minutes registered in it.</param>
/// <param name="ExpectedMinutes">The minutes expected in it (for a week: on its checked dates).</param>
public sealed record InsightOutlier(EmployeeId Employee, OutlierPeriod Period, NodaTime.LocalDate Start, long WorkedMinutes, long ExpectedMinutes)
{
    /// <summary>Gets the worked minus the expected minutes: positive when over (meer), negative when under (minder).</summary>
    public long DeviationMinutes => WorkedMinutes - ExpectedMinutes;
}
