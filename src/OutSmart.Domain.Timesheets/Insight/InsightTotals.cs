namespace OutSmart.Domain.Timesheets;

/// <summary>The measures of a group of insight lines (OT-09): hours, billable, travel and overtime, money and kilometres.</summary>
/// <remarks>Two totals are equal when all their measures are equal.</remarks>
public sealed record InsightTotals
{
    internal InsightTotals(in InsightAccumulator sum)
    {
        Lines = sum.Lines;
        Minutes = sum.Minutes;
        BillableMinutes = sum.BillableMinutes;
        TravelMinutes = sum.TravelMinutes;
        OvertimeMinutes = sum.OvertimeMinutes;
        Cost = Money.FromEuros(sum.Cost);
        Revenue = Money.FromEuros(sum.Revenue);
        Kilometres = sum.Kilometres;
        KilometreAllowance = Money.FromEuros(sum.KilometreAllowance);
        Expenses = Money.FromEuros(sum.Expenses);
    }

    /// <summary>Gets the number of lines counted.</summary>
    public int Lines { get; }

    /// <summary>Gets the worked minutes.</summary>
    public long Minutes { get; }

    /// <summary>Gets the worked time in hours, rounded to two decimals.</summary>
    public decimal Hours => Math.Round(Minutes / 60m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Gets the billable (declarabele) minutes.</summary>
    public long BillableMinutes { get; }

    /// <summary>Gets the non-billable minutes: <see cref="Minutes"/> minus <see cref="BillableMinutes"/>.</summary>
    public long NonBillableMinutes => Minutes - BillableMinutes;

    /// <summary>Gets the travel minutes (reistijd).</summary>
    public long TravelMinutes { get; }

    /// <summary>Gets the overtime minutes (overuren).</summary>
    public long OvertimeMinutes { get; }

    /// <summary>Gets the cost (kostprijs).</summary>
    public Money Cost { get; }

    /// <summary>Gets the revenue (omzet).</summary>
    public Money Revenue { get; }

    /// <summary>Gets the margin (marge): <see cref="Revenue"/> minus <see cref="Cost"/>.</summary>
    public Money Margin => Revenue.Minus(Cost);

    /// <summary>Gets the kilometres driven.</summary>
    public decimal Kilometres { get; }

    /// <summary>Gets the kilometre allowance.</summary>
    public Money KilometreAllowance { get; }

    /// <summary>Gets the expenses (onkosten).</summary>
    public Money Expenses { get; }
}
