using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>Computes the change plan of a schedule edit (rule, time, employee, days in advance, end, holiday policy), purely.</summary>
public static class ChangePlanner
{
    /// <summary>
    /// Compares the future occurrences of the current and the changed contract from <paramref name="day"/> to
    /// <paramref name="through"/> and says, per schedule and object, what happens to each.
    /// </summary>
    /// <param name="current">The contract as it is.</param>
    /// <param name="changed">The contract as edited; the same contract id.</param>
    /// <param name="day">The day of the edit; earlier targets are past and left alone.</param>
    /// <param name="through">The last target date to look at (e.g. a year ahead).</param>
    /// <param name="generated">The contract's generated work orders with their state.</param>
    /// <returns>The plan.</returns>
    /// <remarks>
    /// <para>Per schedule and object: an occurrence with the same target in both is kept, or moved when its
    /// not-started work order gets another time or employee. The remaining old and new occurrences are paired in date
    /// order: the i-th remaining old one moves to the i-th remaining new one; new ones left over are added, old ones
    /// left over are cancelled. A started or completed work order is always kept, untouched, and stands in for the
    /// new occurrence it is paired with (its visit has happened). A generated work order the current schedule no
    /// longer explains counts as an old occurrence.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The views are of different contracts, or <paramref name="through"/> is before <paramref name="day"/>.</exception>
    public static ChangePlan Plan(ContractPlanningView current, ContractPlanningView changed, LocalDate day, LocalDate through, IEnumerable<GeneratedVisit> generated)
    {
        Guard.Against.Null(current);
        Guard.Against.Null(changed);
        Guard.Against.Null(generated);
        if (current.Id != changed.Id)
        {
            throw new ArgumentException("Both views must be of the same contract.", nameof(changed));
        }
        if (through < day)
        {
            throw new ArgumentException("The plan must not end before the day of the edit.", nameof(through));
        }
        var groups = new SortedDictionary<(string Schedule, int AssetOrder, AssetId? Asset), Group>(GroupOrder.Instance);
        var assetOrder = new Dictionary<AssetId, int>();
        foreach (var asset in current.Objects.AddRange(changed.Objects))
        {
            assetOrder.TryAdd(asset, assetOrder.Count);
        }
        Group GroupOf(string schedule, AssetId? asset)
        {
            int order = asset is { } a ? (assetOrder.TryGetValue(a, out int o) ? o : assetOrder[a] = assetOrder.Count) : -1;
            var groupKey = (schedule, order, asset);
            if (!groups.TryGetValue(groupKey, out var group))
            {
                groups[groupKey] = group = new Group();
            }
            return group;
        }
        foreach (var visit in generated)
        {
            Guard.Against.Null(visit, nameof(generated));
            if (visit.Key.Contract == current.Id && visit.Key.Target >= day)
            {
                GroupOf(visit.Key.Schedule, visit.Key.Asset).Existing[visit.Key.Target] = visit;
            }
        }
        foreach (var target in ContractPlanner.FindTargets(current, day, through))
        {
            foreach (var asset in AssetsOf(current))
            {
                GroupOf(target.Schedule, asset).Old.Add(target.Target);
            }
        }
        foreach (var target in ContractPlanner.FindTargets(changed, day, through))
        {
            foreach (var asset in AssetsOf(changed))
            {
                GroupOf(target.Schedule, asset).New.Add(target.Target);
            }
        }
        var entries = new List<ChangePlanEntry>();
        foreach (var ((schedule, _, asset), group) in groups)
        {
            PlanGroup(changed, day, schedule, asset, group, entries);
        }
        entries.Sort(static (a, b) =>
        {
            int byDate = a.Date.CompareTo(b.Date);
            if (byDate != 0)
            {
                return byDate;
            }
            int bySchedule = string.CompareOrdinal(a.Schedule, b.Schedule);
            return bySchedule != 0 ? bySchedule : Nullable.Compare(a.Asset?.Value, b.Asset?.Value);
        });
        return new ChangePlan(current.Id, day, through, [.. entries]);
    }

    private static void PlanGroup(ContractPlanningView changed, LocalDate day, string schedule, AssetId? asset, Group group, List<ChangePlanEntry> entries)
    {
        foreach (var target in group.Existing.Keys)
        {
            group.Old.Add(target);
        }
        var remainingOld = new List<LocalDate>();
        var remainingNew = new SortedSet<LocalDate>(group.New);
        foreach (var target in group.Old)
        {
            group.Existing.TryGetValue(target, out var workOrder);
            if (!remainingNew.Remove(target))
            {
                remainingOld.Add(target);
                continue;
            }
            if (workOrder is { IsChangeable: false })
            {
                entries.Add(new ChangePlanEntry(ChangeAction.Keep, schedule, asset, target, target, workOrder, null));
                continue;
            }
            var visit = NewVisit(changed, schedule, target, asset, day);
            bool replanned = workOrder is not null && (!Equals(workOrder.Planned, visit.Planned) || workOrder.Employee != visit.Employee);
            entries.Add(new ChangePlanEntry(replanned ? ChangeAction.Move : ChangeAction.Keep, schedule, asset, target, target, workOrder, visit));
        }
        using var news = remainingNew.GetEnumerator();
        foreach (var target in remainingOld)
        {
            group.Existing.TryGetValue(target, out var workOrder);
            bool paired = news.MoveNext();
            if (workOrder is { IsChangeable: false })
            {
                // Started or completed: never touched; it stands in for the new occurrence it is paired with.
                entries.Add(new ChangePlanEntry(ChangeAction.Keep, schedule, asset, target, null, workOrder, null));
            }
            else if (paired)
            {
                var visit = NewVisit(changed, schedule, news.Current, asset, day);
                entries.Add(new ChangePlanEntry(ChangeAction.Move, schedule, asset, target, news.Current, workOrder, visit));
            }
            else
            {
                entries.Add(new ChangePlanEntry(ChangeAction.Cancel, schedule, asset, target, null, workOrder, null));
            }
        }
        while (news.MoveNext())
        {
            entries.Add(new ChangePlanEntry(ChangeAction.Add, schedule, asset, null, news.Current, null, NewVisit(changed, schedule, news.Current, asset, day)));
        }
    }

    private static PlannedVisit NewVisit(ContractPlanningView changed, string schedule, LocalDate target, AssetId? asset, LocalDate day) =>
        ContractPlanner.CreateVisit(changed, OccurrenceKey.Create(changed.Id, schedule, target, asset), day);

    private static IEnumerable<AssetId?> AssetsOf(ContractPlanningView view)
    {
        if (view.ObjectPlanning == ObjectPlanning.OnePerObject && !view.Objects.IsEmpty)
        {
            foreach (var asset in view.Objects)
            {
                yield return asset;
            }
        }
        else
        {
            yield return null;
        }
    }

    private sealed class Group
    {
        public SortedSet<LocalDate> Old { get; } = [];

        public SortedSet<LocalDate> New { get; } = [];

        public SortedDictionary<LocalDate, GeneratedVisit> Existing { get; } = [];
    }

    private sealed class GroupOrder : IComparer<(string Schedule, int AssetOrder, AssetId? Asset)>
    {
        public static readonly GroupOrder Instance = new();

        public int Compare((string Schedule, int AssetOrder, AssetId? Asset) x, (string Schedule, int AssetOrder, AssetId? Asset) y)
        {
            int bySchedule = string.CompareOrdinal(x.Schedule, y.Schedule);
            return bySchedule != 0 ? bySchedule : x.AssetOrder.CompareTo(y.AssetOrder);
        }
    }
}
