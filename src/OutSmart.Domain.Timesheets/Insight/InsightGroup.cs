namespace OutSmart.Domain.Timesheets;

/// <summary>One group of a cost-insight report: its key and its totals.</summary>
/// <param name="Key">
/// The group's key as text: an id in the "D" format (empty for lines without a customer, project or work order), an
/// hour type code, or a period (<c>yyyy-MM-dd</c>, <c>YYYY-Www</c>, <c>yyyy-MM</c>, <c>yyyy</c>); see <see cref="InsightGrouping"/>.
/// </param>
/// <param name="Totals">The measures of the group's lines.</param>
public sealed record InsightGroup(string Key, InsightTotals Totals);
