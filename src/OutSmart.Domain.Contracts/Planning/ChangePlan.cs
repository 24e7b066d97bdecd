using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// The consequence of a schedule edit, shown before it is saved (<i>wijzigingsplan</i>): for each future occurrence
/// keep, move, add or cancel, and which generated but not started work orders are cancelled or moved.
/// </summary>
/// <remarks>
/// Built by <see cref="ChangePlanner.Plan"/>. A work order that was started or completed is always
/// <see cref="ChangeAction.Keep"/>: a change never touches it. Immutable.
/// </remarks>
public sealed class ChangePlan
{
    internal ChangePlan(ContractId contract, LocalDate day, LocalDate through, ImmutableArray<ChangePlanEntry> entries)
    {
        Contract = contract;
        Day = day;
        Through = through;
        Entries = entries;
    }

    /// <summary>Gets the contract.</summary>
    public ContractId Contract { get; }

    /// <summary>Gets the day of the edit: occurrences from this day on are future.</summary>
    public LocalDate Day { get; }

    /// <summary>Gets the last target date the plan looked at.</summary>
    public LocalDate Through { get; }

    /// <summary>Gets one entry per future occurrence, ordered by date, schedule name and object.</summary>
    public ImmutableArray<ChangePlanEntry> Entries { get; }

    /// <summary>Gets whether the edit changes nothing: every entry is <see cref="ChangeAction.Keep"/>.</summary>
    public bool ChangesNothing
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Action != ChangeAction.Keep)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Gets the generated work orders the edit cancels (all not started).</summary>
    public ImmutableArray<GeneratedVisit> WorkOrdersToCancel => Select(ChangeAction.Cancel);

    /// <summary>Gets the generated work orders the edit moves to another date, time or employee (all not started).</summary>
    public ImmutableArray<GeneratedVisit> WorkOrdersToMove => Select(ChangeAction.Move);

    /// <summary>
    /// Applies the plan to the generated work orders, purely: cancelled ones disappear, moved ones take their new key,
    /// time and employee (same work order, still not started), all others stay exactly as they are.
    /// </summary>
    /// <param name="generated">The contract's generated work orders, as given to <see cref="ChangePlanner.Plan"/>.</param>
    /// <returns>The work orders after the change, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="generated"/> is <see langword="null"/>.</exception>
    public ImmutableArray<GeneratedVisit> ApplyTo(IEnumerable<GeneratedVisit> generated)
    {
        Guard.Against.Null(generated);
        var changes = new Dictionary<WorkOrderId, ChangePlanEntry>();
        foreach (var entry in Entries)
        {
            if (entry.WorkOrder is { IsChangeable: true } workOrder && entry.Action is ChangeAction.Cancel or ChangeAction.Move)
            {
                changes[workOrder.WorkOrder] = entry;
            }
        }
        var result = ImmutableArray.CreateBuilder<GeneratedVisit>();
        foreach (var visit in generated)
        {
            if (!visit.IsChangeable || !changes.TryGetValue(visit.WorkOrder, out var entry) || entry.WorkOrder != visit)
            {
                result.Add(visit);
                continue;
            }
            if (entry.Action == ChangeAction.Move && entry.NewVisit is { } moved)
            {
                result.Add(new GeneratedVisit(visit.WorkOrder, moved.Key, visit.State, moved.Planned, moved.Employee));
            }
        }
        return result.ToImmutable();
    }

    private ImmutableArray<GeneratedVisit> Select(ChangeAction action)
    {
        var result = ImmutableArray.CreateBuilder<GeneratedVisit>();
        foreach (var entry in Entries)
        {
            if (entry.Action == action && entry.WorkOrder is { } workOrder)
            {
                result.Add(workOrder);
            }
        }
        return result.ToImmutable();
    }
}
