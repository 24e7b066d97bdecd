using System.Collections.Immutable;
using NodaTime;

namespace OutSmart.Domain.Contracts;

public sealed partial class Contract
{
    private ContractPlanningView? _view;

    /// <summary>Gets the last target date generation has handled for this contract (the planner's
    /// <see cref="ContractDayPlan.CoveredThrough"/> of the latest completed run), or <see langword="null"/> before the
    /// first run. Targets up to it are not planned again; a target before the first run that sees it was missed.</summary>
    public LocalDate? GeneratedThrough { get; private set; }

    /// <summary>Returns the view of the contract the pure planner (<see cref="ContractPlanner"/>) works on, or
    /// <see langword="null"/> when the contract plans no visits: a corrective contract, or one terminated before its
    /// start.</summary>
    /// <returns>The planning view; the same instance until the contract changes.</returns>
    public ContractPlanningView? ToPlanningView()
    {
        if (_view is not null || Service.Kind == ContractKind.Corrective || (Termination is { } t && t.LastDay < Start))
        {
            return _view;
        }
        ContractPlanningView view = Service.BaseView(Id, Zone, Start, Template.Time.Start);
        if (End is not null)
        {
            view = view.WithEnd(End).AsT0;
        }
        if (Termination is { } termination)
        {
            view = view.WithTermination(termination.LastDay).AsT0;
        }
        view = view.WithDaysInAdvance(Planning.DaysInAdvance).AsT0;
        if (Template.Time.End is { } windowEnd)
        {
            view = view.WithTimeWindow(windowEnd).AsT0;
        }
        if (Planning.Employee is not null)
        {
            view = view.WithEmployee(Planning.Employee);
        }
        if (!Planning.Objects.IsEmpty)
        {
            view = view.WithObjects(Planning.Objects, Planning.ObjectPlanning);
        }
        if (Planning.Missed != MissedVisitPolicy.CatchUp)
        {
            view = view.WithMissedPolicy(Planning.Missed);
        }
        foreach (KeyValuePair<string, LocalDate> completion in LastCompletions)
        {
            view = view.WithPreviousCompletion(completion.Key, completion.Value);
        }
        return _view = view;
    }

    /// <summary>Returns the reasons the contract can never produce a visit (an impossible rule, an end before the first
    /// occurrence, a start that does not match a rule with COUNT=1), checked by the planner; empty when it can, and
    /// always empty for a contract without schedules.</summary>
    /// <returns>The warnings, per schedule.</returns>
    public ImmutableArray<PlanningWarning> FindWarnings() =>
        ToPlanningView() is { } view ? ContractPlanner.FindWarnings(view) : [];

    /// <summary>Records that generation handled targets up to <paramref name="coveredThrough"/>; called by
    /// <see cref="ContractGenerationService"/> after a run. Bookkeeping, not a command: it is allowed on a read-only
    /// contract (a terminated contract still generates up to its last day), records no history and no event, and
    /// never moves backwards.</summary>
    /// <param name="coveredThrough">The planner's covered-through date of the run.</param>
    public void MarkGeneratedThrough(LocalDate coveredThrough)
    {
        if (GeneratedThrough is not { } known || coveredThrough > known)
        {
            GeneratedThrough = coveredThrough;
        }
    }
}
