using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.Contracts;

/// <summary>What planning says for one contract: the visits to create and the targets skipped as missed.</summary>
/// <remarks>Immutable. Visits are ordered by target date, then schedule name, then object order.</remarks>
public sealed class ContractDayPlan
{
    internal ContractDayPlan(ImmutableArray<PlannedVisit> visits, ImmutableArray<MissedVisit> missed, LocalDate? coveredThrough)
    {
        Visits = visits;
        Missed = missed;
        CoveredThrough = coveredThrough;
    }

    /// <summary>Gets the visits to create, none of which is in the keys already generated.</summary>
    public ImmutableArray<PlannedVisit> Visits { get; }

    /// <summary>Gets the targets not generated because they passed during downtime and the policy is to skip them.</summary>
    public ImmutableArray<MissedVisit> Missed { get; }

    /// <summary>
    /// Gets the last target date this plan handled (run day plus days in advance); pass it as
    /// <see cref="PlanningRun.CoveredThrough"/> of the next run once the visits are stored. <see langword="null"/>
    /// when the run handled nothing (a run day after the contract's life).
    /// </summary>
    public LocalDate? CoveredThrough { get; }
}
