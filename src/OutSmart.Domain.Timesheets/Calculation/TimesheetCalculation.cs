using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>The result of <see cref="TimesheetCalculator.Calculate"/>: priced lines, day totals, week totals and the total amount.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class TimesheetCalculation
{
    internal TimesheetCalculation(ImmutableArray<PricedLine> lines, ImmutableArray<DayTotal> days, ImmutableArray<WeekTotal> weeks, Money totalAmount)
    {
        Lines = lines;
        Days = days;
        Weeks = weeks;
        TotalAmount = totalAmount;
    }

    /// <summary>Gets the lines in entry order, then time order.</summary>
    public ImmutableArray<PricedLine> Lines { get; }

    /// <summary>Gets all seven dates, Monday to Sunday, of each ISO week that has work, in date order.</summary>
    public ImmutableArray<DayTotal> Days { get; }

    /// <summary>Gets each ISO week that has work, in week order.</summary>
    public ImmutableArray<WeekTotal> Weeks { get; }

    /// <summary>Gets the sum of the line amounts (OT-07).</summary>
    public Money TotalAmount { get; }

    /// <summary>Gets the real time worked over all lines.</summary>
    public Duration TotalWorked
    {
        get
        {
            Duration total = Duration.Zero;
            foreach (WeekTotal week in Weeks)
            {
                total += week.Worked;
            }
            return total;
        }
    }

    /// <summary>Gets the overtime over all weeks.</summary>
    public Duration TotalOvertime
    {
        get
        {
            Duration total = Duration.Zero;
            foreach (WeekTotal week in Weeks)
            {
                total += week.Overtime;
            }
            return total;
        }
    }
}
