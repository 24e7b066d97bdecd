using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>One local date of a calculation: the time worked, the time expected and the daily overtime (OT-01, OT-02).</summary>
/// <remarks>The default value is 0001-01-01 with all durations zero.</remarks>
public readonly record struct DayTotal
{
    internal DayTotal(LocalDate date, Duration worked, Duration expected, Duration overtime)
    {
        Date = date;
        Worked = worked;
        Expected = expected;
        Overtime = overtime;
    }

    /// <summary>Gets the local date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the real time worked on the date: the sum of its lines.</summary>
    public Duration Worked { get; }

    /// <summary>Gets the time expected on the date (<see cref="EmployeeAvailability.ExpectedOn"/>).</summary>
    public Duration Expected { get; }

    /// <summary>Gets the daily overtime: max(0, worked − expected − tolerance) in the daily modes, zero in <see cref="OvertimeMode.Weekly"/>.</summary>
    public Duration Overtime { get; }
}
