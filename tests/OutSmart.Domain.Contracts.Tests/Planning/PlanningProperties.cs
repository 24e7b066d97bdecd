using FsCheck.Xunit;
using NodaTime;
using OutSmart.Domain.Contracts.Tests.TestData;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts.Tests.Planning;

/// <summary>The generation guarantees of the planning function, over random contracts and stretches of runs.</summary>
public sealed class PlanningProperties
{
    [Property(Arbitrary = [typeof(PlanningArbitraries)], MaxTest = 300)]
    public void PlanHorizon_WhenRunAgainWithWhatItGenerated_CreatesNothing(PlanningCase planning)
    {
        var contract = planning.View();
        var first = ContractPlanner.PlanHorizon(contract, planning.From, planning.To, Plans.NothingGenerated);

        var second = ContractPlanner.PlanHorizon(contract, planning.From, planning.To, Keys(first.Visits));

        Assert.Empty(second.Visits);
        Assert.Equal(first.Visits.Length, Keys(first.Visits).Count);
    }

    [Property(Arbitrary = [typeof(PlanningArbitraries)], MaxTest = 300)]
    public void PlanDay_WhenRunOnEveryDayOfAStretch_CreatesExactlyWhatOneHorizonRunCreates(PlanningCase planning)
    {
        var contract = planning.View();
        var horizon = ContractPlanner.PlanHorizon(contract, planning.From, planning.To, Plans.NothingGenerated);

        var (visits, missed) = RunDaily(contract, planning.From, planning.To, interruptOn: null, keep: 0);

        Assert.Equal(horizon.Visits.Select(v => $"{v.Key} on {v.GeneratedOn}").Order(StringComparer.Ordinal), visits.Select(v => $"{v.Key} on {v.GeneratedOn}").Order(StringComparer.Ordinal));
        Assert.Equal(horizon.Missed.Select(m => m.Key.ToString()).Order(), missed.Select(m => m.Key.ToString()).Order());
    }

    [Property(Arbitrary = [typeof(PlanningArbitraries)], MaxTest = 300)]
    public void PlanDay_WhenARunIsInterruptedAnywhereAndResumed_CreatesTheSameSet(PlanningCase planning, int interruption, int kept)
    {
        var contract = planning.View();
        var interruptOn = planning.From.PlusDays(Math.Abs(interruption % planning.Days));
        var (whole, _) = RunDaily(contract, planning.From, planning.To, interruptOn: null, keep: 0);

        var (resumed, _) = RunDaily(contract, planning.From, planning.To, interruptOn, Math.Abs(kept % 5));

        Assert.Equal(whole.Select(v => v.Key.ToString()).Order(), resumed.Select(v => v.Key.ToString()).Order());
        Assert.Equal(resumed.Count, resumed.Select(v => v.Key).Distinct().Count());
    }

    [Property(Arbitrary = [typeof(PlanningArbitraries)], MaxTest = 300)]
    public void PlanHorizon_ForAnyContract_GeneratesNothingOutsideTheContractsLife(PlanningCase planning)
    {
        var contract = planning.View();

        var plan = ContractPlanner.PlanHorizon(contract, planning.From, planning.To, Plans.NothingGenerated);

        foreach (var visit in plan.Visits)
        {
            Assert.InRange(visit.Target, contract.Start, contract.LastDay ?? LocalDate.MaxIsoValue);
            Assert.InRange(visit.GeneratedOn, planning.From, contract.LastDay is { } last && last < planning.To ? last : planning.To);
            Assert.True(visit.GeneratedOn >= visit.Target.PlusDays(-contract.DaysInAdvance) || visit.GeneratedOn == planning.From);
        }
    }

    [Property(Arbitrary = [typeof(PlanningArbitraries)], MaxTest = 300)]
    public void PlanHorizon_ForAnyScheduleButKeep_NeverPutsATargetOnANonWorkingDay(PlanningCase planning)
    {
        var contract = planning.View();

        var plan = ContractPlanner.PlanHorizon(contract, planning.From, planning.To, Plans.NothingGenerated);

        foreach (var visit in plan.Visits)
        {
            var schedule = contract.Schedules[contract.IndexOf(visit.Schedule)];
            Assert.True(schedule.Adjustment == HolidayAdjustment.Keep || schedule.IsWorkingDay(visit.Target), $"{visit.Target} ({visit.Target.DayOfWeek}) under {schedule.Adjustment}");
        }
    }

    [Property(Arbitrary = [typeof(PlanningArbitraries)], MaxTest = 200)]
    public void ApplyTo_ForAnyScheduleEdit_NeverAltersAStartedOrCompletedWorkOrder(ChangeCase change)
    {
        var before = change.Before.View();
        var after = change.After.View();
        var generated = ContractPlanner.PlanHorizon(before, before.Start, before.Start.PlusDays(120), Plans.NothingGenerated).Visits
            .Select((v, i) => new GeneratedVisit(WorkOrderIds.For(i), v.Key, change.States[i % change.States.Length], v.Planned, v.Employee))
            .ToList();
        var day = before.Start.PlusDays(change.DayOffset);

        var plan = ChangePlanner.Plan(before, after, day, day.PlusDays(150), generated);
        var applied = plan.ApplyTo(generated);

        foreach (var visit in generated.Where(v => !v.IsChangeable))
        {
            Assert.Contains(visit, applied);
        }
        Assert.All(plan.WorkOrdersToCancel.Concat(plan.WorkOrdersToMove), w => Assert.True(w.IsChangeable));
        Assert.All(generated.Where(v => v.Key.Target < day), v => Assert.Contains(v, applied));
        Assert.Equal(applied.Length, applied.Select(v => v.Key).Distinct().Count());
    }

    private static HashSet<OccurrenceKey> Keys(IEnumerable<PlannedVisit> visits) => [.. visits.Select(v => v.Key)];

    /// <summary>
    /// Runs generation on every day; on <paramref name="interruptOn"/> only the first <paramref name="keep"/> visits of
    /// that run are stored and the run is repeated on the same day (a crash and a retry).
    /// </summary>
    private static (List<PlannedVisit> Visits, List<MissedVisit> Missed) RunDaily(ContractPlanningView contract, LocalDate from, LocalDate to, LocalDate? interruptOn, int keep)
    {
        var generated = new HashSet<OccurrenceKey>();
        var visits = new List<PlannedVisit>();
        var missed = new List<MissedVisit>();
        LocalDate? covered = null;
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var plan = ContractPlanner.PlanDay(contract, new PlanningRun(day, covered), generated);
            if (day == interruptOn)
            {
                foreach (var visit in plan.Visits.Take(keep))
                {
                    generated.Add(visit.Key);
                    visits.Add(visit);
                }
                plan = ContractPlanner.PlanDay(contract, new PlanningRun(day, covered), generated);
            }
            foreach (var visit in plan.Visits)
            {
                Assert.True(generated.Add(visit.Key), $"{visit.Key} planned twice");
                visits.Add(visit);
            }
            missed.AddRange(plan.Missed);
            covered = plan.CoveredThrough;
        }
        return (visits, missed);
    }
}
