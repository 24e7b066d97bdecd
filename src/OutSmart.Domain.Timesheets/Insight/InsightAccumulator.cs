namespace OutSmart.Domain.Timesheets;

/// <summary>The running sums of one insight group; a mutable struct kept in place in a dictionary or array.</summary>
internal struct InsightAccumulator
{
    public int Lines;
    public long Minutes;
    public long BillableMinutes;
    public long TravelMinutes;
    public long OvertimeMinutes;
    public decimal Cost;
    public decimal Revenue;
    public decimal Kilometres;
    public decimal KilometreAllowance;
    public decimal Expenses;

    public void Add(InsightLine line)
    {
        Lines++;
        Minutes += line.Minutes;
        if (line.IsBillable)
        {
            BillableMinutes += line.Minutes;
        }
        if (line.IsTravel)
        {
            TravelMinutes += line.Minutes;
        }
        OvertimeMinutes += line.OvertimeMinutes;
        Cost += line.Cost.Amount;
        Revenue += line.Revenue.Amount;
        Kilometres += line.Kilometres;
        KilometreAllowance += line.KilometreAllowance.Amount;
        Expenses += line.Expenses.Amount;
    }
}
