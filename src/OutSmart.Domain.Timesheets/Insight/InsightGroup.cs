namespace OutSmart.Domain.Timesheets;

/// <summary>One group of a cost-insight report: its key and its totals.</summary>
/// <remarks>Two groups are equal when their keys and totals are equal.</remarks>
public sealed record InsightGroup
{
    internal InsightGroup(string key, InsightTotals totals)
    {
        Key = key;
        Totals = totals;
    }

    /// <summary>
    /// Gets the group's key as text: an id in the "D" format (empty for lines without a customer, project or work
    /// order), an hour type code, or a period (<c>yyyy-MM-dd</c>, <c>YYYY-Www</c>, <c>yyyy-MM</c>, <c>yyyy</c>); see
    /// <see cref="InsightGrouping"/>.
    /// </summary>
    public string Key { get; }

    /// <summary>Gets the measures of the group's lines.</summary>
    public InsightTotals Totals { get; }
}
