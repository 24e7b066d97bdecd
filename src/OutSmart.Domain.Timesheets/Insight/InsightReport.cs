using System.Collections.Immutable;

namespace OutSmart.Domain.Timesheets;

/// <summary>A cost-insight report (OT-09): the groups of the counted lines and the totals over all of them.</summary>
/// <remarks>
/// <see cref="Groups"/> are ordered by key, ordinally, which is date order for the period groupings; every group has
/// at least one line. The group totals add up to <see cref="Totals"/>.
/// </remarks>
public sealed record InsightReport
{
    internal InsightReport(InsightGrouping grouping, InsightFilter filter, ImmutableArray<InsightGroup> groups, InsightTotals totals)
    {
        Grouping = grouping;
        Filter = filter;
        Groups = groups;
        Totals = totals;
    }

    /// <summary>Gets what the lines were grouped by.</summary>
    public InsightGrouping Grouping { get; }

    /// <summary>Gets which lines were counted.</summary>
    public InsightFilter Filter { get; }

    /// <summary>Gets the groups, ordered by key.</summary>
    public ImmutableArray<InsightGroup> Groups { get; }

    /// <summary>Gets the totals over every counted line.</summary>
    public InsightTotals Totals { get; }

    /// <inheritdoc />
    public bool Equals(InsightReport? other) =>
        other is not null && Grouping == other.Grouping && Filter == other.Filter && Totals == other.Totals && Groups.SequenceEqual(other.Groups);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Grouping, Filter, Totals, Groups.Length);
}
