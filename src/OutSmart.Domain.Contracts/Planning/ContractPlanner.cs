using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Scheduling.Recurrence;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// The pure planning function of contract generation (<i>genereren</i>): given a contract, the day and the keys
/// already generated, which visits to create, and which missed targets are skipped.
/// </summary>
/// <remarks>
/// <para>The rules, the same as <c>contracts simulate</c>:</para>
/// <list type="number">
/// <item>Each schedule's rule is expanded from DTSTART = the contract's start at its time of day, as floating local
/// date-times; the start is an occurrence only when it matches the rule; COUNT and UNTIL apply before adjustment.
/// A floating schedule's next date is instead the previous completion plus the rule's interval.</item>
/// <item>Each date is adjusted by the schedule's <see cref="HolidayAdjustment"/> (weekends and the schedule's
/// holidays are non-working); dates landing on the same day become one. The adjusted date is the target.</item>
/// <item>A target belongs when start ≤ target ≤ end and target ≤ termination; others are never generated.</item>
/// <item>On a date with targets of several schedules only the largest precedence is generated.</item>
/// <item>A target is generated on the first run day d with d ≥ target − days in advance; a target before the first
/// run day that sees it was missed: generated on that day under <see cref="MissedVisitPolicy.CatchUp"/>, reported
/// in <see cref="ContractDayPlan.Missed"/> under <see cref="MissedVisitPolicy.Skip"/>. Nothing is generated on a run
/// day after the end or termination. A key in the generated set is never planned again.</item>
/// <item>A yearly-orders contract has no schedules: its targets are the dates <see cref="YearlyOrders.PlanYear"/>
/// gives for each calendar year of its life (working days Monday to Friday without the Dutch public holidays), under
/// the schedule name <c>yearly-orders</c> in the occurrence key, and the rules above apply to them as to a fixed
/// schedule.</item>
/// <item>With an employee a visit is planned at the target date and time of day in the contract's zone; without one
/// it has the target date as its deadline.</item>
/// </list>
/// <para>Planning only expands the window of dates a run needs (the recurrence engine seeks), allocates nothing per
/// contract beyond the visits it returns, and is thread-safe.</para>
/// </remarks>
public static class ContractPlanner
{
    /// <summary>How many rule occurrences <see cref="FindWarnings"/> looks at before it gives up looking for a visit.</summary>
    public const int WarningSearchLimit = 10_000;

    /// <summary>The schedule name in the occurrence keys of a yearly-orders contract.</summary>
    internal const string YearlyOrdersSchedule = "yearly-orders";

    [ThreadStatic]
    private static List<Candidate>? t_scratch;

    /// <summary>Plans one daily run for one contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="run">The run day and what earlier runs covered.</param>
    /// <param name="generated">The keys already generated (from storage); they are never planned again.</param>
    /// <returns>The visits to create, the missed targets, and what this run covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="generated"/> is <see langword="null"/>.</exception>
    public static ContractDayPlan PlanDay(ContractPlanningView contract, PlanningRun run, IReadOnlySet<OccurrenceKey> generated)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(generated);
        List<PlannedVisit>? visits = null;
        List<MissedVisit>? missed = null;
        var covered = PlanDayCore(contract, run, generated, ref visits, ref missed);
        return new ContractDayPlan(visits is null ? [] : [.. visits], missed is null ? [] : [.. missed], covered);
    }

    /// <summary>
    /// Plans one daily run for one contract into caller-owned lists, for a host that streams many contracts without
    /// allocating a plan per contract.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="run">The run day and what earlier runs covered.</param>
    /// <param name="generated">The keys already generated.</param>
    /// <param name="visits">Receives the visits to create, appended in order.</param>
    /// <param name="missed">Receives the missed targets, appended in order.</param>
    /// <returns>The last target date handled (for the next run's <see cref="PlanningRun.CoveredThrough"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static LocalDate? PlanDay(ContractPlanningView contract, PlanningRun run, IReadOnlySet<OccurrenceKey> generated, List<PlannedVisit> visits, List<MissedVisit> missed)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(generated);
        Guard.Against.Null(visits);
        Guard.Against.Null(missed);
        List<PlannedVisit>? v = visits;
        List<MissedVisit>? m = missed;
        return PlanDayCore(contract, run, generated, ref v, ref m);
    }

    /// <summary>
    /// Plans daily runs on every day from <paramref name="from"/> to <paramref name="to"/> inclusive, as if no run
    /// happened before <paramref name="from"/>: exactly the visits those daily runs create, each with the day it is
    /// generated on, ordered by target date, then schedule name, then object.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="from">The first run day.</param>
    /// <param name="to">The last run day, not before <paramref name="from"/>.</param>
    /// <param name="generated">The keys already generated before the first run.</param>
    /// <returns>The visits and, under the skip policy, the targets before <paramref name="from"/> that are missed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="generated"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ContractDayPlan PlanHorizon(ContractPlanningView contract, LocalDate from, LocalDate to, IReadOnlySet<OccurrenceKey> generated)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(generated);
        if (to < from)
        {
            throw new ArgumentException("The horizon must not end before it starts.", nameof(to));
        }
        var visits = new List<PlannedVisit>();
        var missed = new List<MissedVisit>();
        var lastDay = contract.LastDay;
        var candidates = new List<Candidate>();
        LocalDate upper = PlusDays(to, contract.DaysInAdvance);
        if (lastDay is { } last && from > last)
        {
            return new ContractDayPlan([], [], null);
        }
        CollectTargets(contract, contract.Start, upper, candidates);
        foreach (var candidate in candidates)
        {
            LocalDate due = MinusDays(candidate.Target, contract.DaysInAdvance);
            LocalDate runDay = due > from ? due : from;
            if (runDay > to || (lastDay is { } end && runDay > end))
            {
                continue;
            }
            Emit(contract, candidate, runDay, generated, visits, missed);
        }
        return new ContractDayPlan([.. visits], [.. missed], upper);
    }

    /// <summary>
    /// Returns the targets of the contract from <paramref name="from"/> to <paramref name="to"/> inclusive, after
    /// adjustment, life range and precedence, ordered by date (one schedule per date).
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    /// <returns>The targets; empty when <paramref name="to"/> is before <paramref name="from"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ScheduledTarget> FindTargets(ContractPlanningView contract, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(contract);
        var candidates = new List<Candidate>();
        CollectTargets(contract, from, to, candidates);
        var result = ImmutableArray.CreateBuilder<ScheduledTarget>(candidates.Count);
        foreach (var candidate in candidates)
        {
            result.Add(new ScheduledTarget(NameOf(contract, candidate), candidate.Target));
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// Finds the schedules of a valid contract that can never produce a visit: a rule without any date, a rule whose
    /// dates all fall outside the contract's life (after adjustment), or a start that does not match a COUNT=1 rule.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The warnings, in schedule order; empty when every schedule plans something.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is <see langword="null"/>.</exception>
    /// <remarks>An open-ended contract is searched for at most <see cref="WarningSearchLimit"/> rule dates per schedule.</remarks>
    public static ImmutableArray<PlanningWarning> FindWarnings(ContractPlanningView contract)
    {
        Guard.Against.Null(contract);
        var warnings = ImmutableArray.CreateBuilder<PlanningWarning>();
        var lastDay = contract.LastDay;
        for (int i = 0; i < contract.Schedules.Length; i++)
        {
            var schedule = contract.Schedules[i];
            var set = contract.Sets[i];
            bool any = false;
            bool inLife = false;
            int looked = 0;
            LocalDate? first = null;
            foreach (var occurrence in set.GetOccurrences())
            {
                any = true;
                first ??= occurrence.Date;
                if (lastDay is { } last && MinusDays(occurrence.Date, BusinessCalendarSlack) > last)
                {
                    break;
                }
                if (schedule.Adjust(occurrence.Date) is { } target && target >= contract.Start && (lastDay is null || target <= lastDay))
                {
                    inLife = true;
                    break;
                }
                if (++looked >= WarningSearchLimit)
                {
                    break;
                }
            }
            if (!any)
            {
                warnings.Add(new PlanningWarning(schedule.Name, PlanningWarningKind.RuleHasNoOccurrences));
                continue;
            }
            if (schedule.Rule.Count == 1 && first != contract.Start && schedule.ExtraDates.IsEmpty)
            {
                warnings.Add(new PlanningWarning(schedule.Name, PlanningWarningKind.StartNotAnOccurrenceWithCountOne));
            }
            if (!inLife)
            {
                warnings.Add(new PlanningWarning(schedule.Name, PlanningWarningKind.NoVisitInContractLife));
            }
        }
        return warnings.ToImmutable();
    }

    /// <summary>The farthest a date is moved by adjustment: a year, as in the scheduling package's search.</summary>
    private const int BusinessCalendarSlack = 366;

    private static LocalDate? PlanDayCore(ContractPlanningView contract, PlanningRun run, IReadOnlySet<OccurrenceKey> generated, ref List<PlannedVisit>? visits, ref List<MissedVisit>? missed)
    {
        if (contract.LastDay is { } last && run.Day > last)
        {
            return run.CoveredThrough;
        }
        LocalDate upper = PlusDays(run.Day, contract.DaysInAdvance);
        LocalDate lower = run.CoveredThrough is { } covered ? PlusDays(covered, 1) : contract.Start;
        if (lower > upper && !contract.HasFloatingSchedule)
        {
            return run.CoveredThrough is { } c && c > upper ? c : upper;
        }
        var candidates = t_scratch ??= new List<Candidate>(8);
        candidates.Clear();
        CollectTargets(contract, lower, upper, candidates, floatingFromStart: true);
        foreach (var candidate in candidates)
        {
            visits ??= [];
            missed ??= [];
            Emit(contract, candidate, run.Day, generated, visits, missed);
        }
        candidates.Clear();
        return run.CoveredThrough is { } through && through > upper ? through : upper;
    }

    private static void Emit(ContractPlanningView contract, Candidate candidate, LocalDate runDay, IReadOnlySet<OccurrenceKey> generated, List<PlannedVisit> visits, List<MissedVisit> missed)
    {
        string name = NameOf(contract, candidate);
        // A floating schedule's target follows the last completion: it is never skipped, or the chain would stop.
        bool mayMiss = contract.MissedPolicy == MissedVisitPolicy.Skip
            && (candidate.Schedule < 0 || contract.Schedules[candidate.Schedule].Mode == ScheduleMode.Fixed);
        if (contract.ObjectPlanning == ObjectPlanning.OnePerObject && !contract.Objects.IsEmpty)
        {
            foreach (var asset in contract.Objects)
            {
                EmitKey(contract, OccurrenceKey.Create(contract.Id, name, candidate.Target, asset), runDay, mayMiss, generated, visits, missed);
            }
        }
        else
        {
            EmitKey(contract, OccurrenceKey.Create(contract.Id, name, candidate.Target), runDay, mayMiss, generated, visits, missed);
        }
    }

    private static void EmitKey(ContractPlanningView contract, OccurrenceKey key, LocalDate runDay, bool mayMiss, IReadOnlySet<OccurrenceKey> generated, List<PlannedVisit> visits, List<MissedVisit> missed)
    {
        if (generated.Contains(key))
        {
            return;
        }
        if (key.Target < runDay && mayMiss)
        {
            missed.Add(new MissedVisit(key, runDay, MissedVisitReason.TargetPassed));
            return;
        }
        visits.Add(CreateVisit(contract, key, runDay));
    }

    internal static PlannedVisit CreateVisit(ContractPlanningView contract, OccurrenceKey key, LocalDate generatedOn)
    {
        if (contract.Employee is { } employee)
        {
            return new PlannedVisit(key, generatedOn, LocalDateTimeInZone.Create(key.Target.At(contract.TimeOfDay), contract.Zone), contract.WindowEnd, employee);
        }
        return new PlannedVisit(key, generatedOn, null, contract.WindowEnd, null);
    }

    /// <summary>
    /// Collects the targets in [<paramref name="from"/>, <paramref name="to"/>] inside the contract's life, after
    /// adjustment and precedence, ordered by date.
    /// </summary>
    internal static void CollectTargets(ContractPlanningView contract, LocalDate from, LocalDate to, List<Candidate> into, bool floatingFromStart = false)
    {
        LocalDate lower = from > contract.Start ? from : contract.Start;
        LocalDate upper = to;
        if (contract.LastDay is { } last && last < upper)
        {
            upper = last;
        }
        LocalDate floatingLower = floatingFromStart ? contract.Start : lower;
        if (floatingLower > upper)
        {
            return;
        }
        int begin = into.Count;
        var schedules = contract.Schedules;
        for (int i = 0; i < schedules.Length; i++)
        {
            if (schedules[i].Mode == ScheduleMode.Floating)
            {
                CollectFloating(contract, i, floatingLower, upper, into);
            }
            else if (lower <= upper)
            {
                CollectFixed(contract, i, lower, upper, into);
            }
        }
        if (schedules.Length > 1 && into.Count - begin > 1)
        {
            ResolvePrecedence(contract, into, begin);
        }
        if (contract.Yearly is not null && lower <= upper)
        {
            CollectYearly(contract, lower, upper, into);
        }
    }

    private static void CollectYearly(ContractPlanningView contract, LocalDate lower, LocalDate upper, List<Candidate> into)
    {
        for (int year = lower.Year; year <= upper.Year; year++)
        {
            foreach (LocalDate target in contract.YearlyDates(year))
            {
                if (target >= lower && target <= upper)
                {
                    into.Add(new Candidate(target, YearlyIndex));
                }
            }
        }
    }

    private static string NameOf(ContractPlanningView contract, Candidate candidate) =>
        candidate.Schedule == YearlyIndex ? YearlyOrdersSchedule : contract.Schedules[candidate.Schedule].Name;

    private static void CollectFixed(ContractPlanningView contract, int index, LocalDate lower, LocalDate upper, List<Candidate> into)
    {
        var schedule = contract.Schedules[index];
        int back = 0;
        int forward = 0;
        switch (schedule.Adjustment)
        {
            case HolidayAdjustment.NextWorkingDay:
                back = NonWorkingRun(schedule, lower, -1);
                break;
            case HolidayAdjustment.PreviousWorkingDay:
                forward = NonWorkingRun(schedule, upper, 1);
                break;
            case HolidayAdjustment.NearestWorkingDay:
                back = NonWorkingRun(schedule, lower, -1);
                forward = NonWorkingRun(schedule, upper, 1);
                break;
        }
        LocalDate windowStart = MinusDays(lower, back);
        LocalDate windowEnd = PlusDays(upper, forward + 1);
        bool open = windowEnd == upper;
        LocalDate? previous = null;
        foreach (var occurrence in contract.Sets[index].Between(windowStart.AtMidnight(), windowEnd.AtMidnight()))
        {
            LocalDate date = occurrence.Date;
            if (schedule.Adjustment == HolidayAdjustment.Keep || schedule.IsWorkingDay(date))
            {
                previous = Add(index, date, previous, lower, upper, into);
            }
            else if (schedule.Adjust(date) is { } target)
            {
                previous = Add(index, target, previous, lower, upper, into);
            }
        }
        if (open)
        {
            // The window could not extend past the last ISO date; the last day itself is still part of it.
            foreach (var occurrence in contract.Sets[index].Between(upper.AtMidnight(), upper.At(LocalTime.MaxValue)))
            {
                if (schedule.Adjust(occurrence.Date) is { } target)
                {
                    previous = Add(index, target, previous, lower, upper, into);
                }
            }
        }
    }

    private static LocalDate? Add(int index, LocalDate target, LocalDate? previous, LocalDate lower, LocalDate upper, List<Candidate> into)
    {
        if (target != previous && target >= lower && target <= upper)
        {
            into.Add(new Candidate(target, index));
        }
        return target;
    }

    private static void CollectFloating(ContractPlanningView contract, int index, LocalDate lower, LocalDate upper, List<Candidate> into)
    {
        var schedule = contract.Schedules[index];
        var rule = schedule.Rule;
        LocalDate date;
        if (contract.PreviousCompletions.TryGetValue(schedule.Name, out LocalDate completed))
        {
            int interval = rule.Interval;
            try
            {
                date = rule.Frequency switch
                {
                    RecurrenceFrequency.Daily => completed.PlusDays(interval),
                    RecurrenceFrequency.Weekly => completed.PlusWeeks(interval),
                    RecurrenceFrequency.Monthly => completed.PlusMonths(interval),
                    _ => completed.PlusYears(interval),
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                return;
            }
            if (rule.Until is { } until && date.At(contract.TimeOfDay) > until.Value && !(until.Kind == RecurrenceUntilKind.Date && date == until.Value.Date))
            {
                return;
            }
        }
        else
        {
            var enumerator = contract.Sets[index].GetOccurrences().GetEnumerator();
            if (!enumerator.MoveNext())
            {
                return;
            }
            date = enumerator.Current.Date;
        }
        if (schedule.Adjust(date) is { } target && target >= lower && target <= upper)
        {
            into.Add(new Candidate(target, index));
        }
    }

    private static void ResolvePrecedence(ContractPlanningView contract, List<Candidate> into, int begin)
    {
        var schedules = contract.Schedules;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[begin..];
        span.Sort(new CandidateOrder(schedules));
        int write = 0;
        for (int read = 0; read < span.Length; read++)
        {
            if (write > 0 && span[write - 1].Target == span[read].Target)
            {
                continue;
            }
            span[write++] = span[read];
        }
        into.RemoveRange(begin + write, span.Length - write);
    }

    /// <summary>Counts the non-working days next to <paramref name="edge"/> in <paramref name="step"/> direction, at most a year.</summary>
    private static int NonWorkingRun(ContractSchedule schedule, LocalDate edge, int step)
    {
        int count = 0;
        LocalDate day = edge;
        while (count < BusinessCalendarSlack)
        {
            if ((step < 0 && day == LocalDate.MinIsoValue) || (step > 0 && day == LocalDate.MaxIsoValue))
            {
                break;
            }
            day = day.PlusDays(step);
            if (schedule.IsWorkingDay(day))
            {
                break;
            }
            count++;
        }
        return count;
    }

    internal static LocalDate PlusDays(LocalDate date, int days) =>
        Period.DaysBetween(date, LocalDate.MaxIsoValue) <= days ? LocalDate.MaxIsoValue : date.PlusDays(days);

    internal static LocalDate MinusDays(LocalDate date, int days) =>
        Period.DaysBetween(LocalDate.MinIsoValue, date) <= days ? LocalDate.MinIsoValue : date.PlusDays(-days);

    /// <summary>The schedule index of a yearly-orders target.</summary>
    private const int YearlyIndex = -1;

    /// <summary>A target of one schedule (by index in the view, or <see cref="YearlyIndex"/>).</summary>
    internal readonly record struct Candidate(LocalDate Target, int Schedule);

    /// <summary>By date, then larger precedence first.</summary>
    private readonly struct CandidateOrder(ImmutableArray<ContractSchedule> schedules) : IComparer<Candidate>
    {
        public int Compare(Candidate x, Candidate y)
        {
            int byDate = x.Target.CompareTo(y.Target);
            return byDate != 0 ? byDate : schedules[y.Schedule].Precedence.CompareTo(schedules[x.Schedule].Precedence);
        }
    }
}
