using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// Everything the pure planning function needs to know about one contract (<i>contract</i>): id, zone, life (start,
/// end, termination), days in advance, time of day or window, employee, objects, schedules, the missed-visit policy
/// and, for floating schedules, when the previous visit was completed.
/// </summary>
/// <remarks>
/// <para>A contract aggregate produces this view; <see cref="ContractPlanner"/> reads it. Build it once per contract
/// and reuse it for many days: the schedules' recurrence sets are prepared here, so planning a day allocates only the
/// visits it creates.</para>
/// <para>Every instance is valid: the start lies in the years 1 to 9999, the end and termination not before the
/// start, days in advance from 0 to <see cref="MaxDaysInAdvance"/>, schedule names and precedences unique. Each
/// <c>With…</c> step returns a new view. Schedules are kept ordered by name (ordinal).</para>
/// </remarks>
public sealed class ContractPlanningView
{
    /// <summary>The most days in advance a contract plans.</summary>
    public const int MaxDaysInAdvance = 365;

    private static readonly LocalDate FirstDate = new(1, 1, 1);
    private static readonly LocalDate LastDate = new(9999, 12, 31);

    private YearPlan?[]? _yearPlans;

    private ContractPlanningView(ContractPlanningView? source, ContractId id, DateTimeZone zone, LocalDate start, LocalTime timeOfDay, ImmutableArray<ContractSchedule> schedules)
    {
        Id = id;
        Zone = zone;
        Start = start;
        TimeOfDay = timeOfDay;
        Schedules = schedules;
        if (source is not null)
        {
            End = source.End;
            TerminatedOn = source.TerminatedOn;
            DaysInAdvance = source.DaysInAdvance;
            WindowEnd = source.WindowEnd;
            Employee = source.Employee;
            Objects = source.Objects;
            ObjectPlanning = source.ObjectPlanning;
            MissedPolicy = source.MissedPolicy;
            PreviousCompletions = source.PreviousCompletions;
            Yearly = source.Yearly;
            YearlyCalendar = source.YearlyCalendar;
            _yearPlans = source._yearPlans;
        }
        else
        {
            Objects = [];
            ObjectPlanning = ObjectPlanning.OneForAll;
            MissedPolicy = MissedVisitPolicy.CatchUp;
            PreviousCompletions = FrozenDictionary<string, LocalDate>.Empty;
        }
        if (source is not null)
        {
            Sets = source.Sets;
            return;
        }
        var dtstart = start.At(timeOfDay);
        Sets = new RecurrenceSet[schedules.Length];
        for (int i = 0; i < schedules.Length; i++)
        {
            var schedule = schedules[i];
            Sets[i] = schedule.ExtraDates.IsEmpty && schedule.ExcludedDates.IsEmpty
                ? RecurrenceSet.Create(dtstart, schedule.Rule)
                : RecurrenceSet.Create(dtstart, [schedule.Rule], At(schedule.ExtraDates, timeOfDay), At(schedule.ExcludedDates, timeOfDay));
        }
    }

    /// <summary>Gets the contract.</summary>
    public ContractId Id { get; }

    /// <summary>Gets the contract's time zone: planned times are local times there.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the first day of the contract's life; no visit is dated before it.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the contract's life, or <see langword="null"/> for an open-ended contract.</summary>
    public LocalDate? End { get; private set; }

    /// <summary>Gets the day the contract was terminated early (<i>opgezegd</i>), or <see langword="null"/>.</summary>
    public LocalDate? TerminatedOn { get; private set; }

    /// <summary>Gets how many days before its target a visit is generated (0 = on the day itself).</summary>
    public int DaysInAdvance { get; private set; }

    /// <summary>Gets the time of day visits are planned at (the start of the time window, if any).</summary>
    public LocalTime TimeOfDay { get; }

    /// <summary>Gets the end of the time window that starts at <see cref="TimeOfDay"/>, or <see langword="null"/> for a plain time.</summary>
    public LocalTime? WindowEnd { get; private set; }

    /// <summary>Gets the assigned employee: with one, visits are planned at a time; without, they carry a deadline.</summary>
    public EmployeeId? Employee { get; private set; }

    /// <summary>Gets the linked objects (assets), in the order given.</summary>
    public ImmutableArray<AssetId> Objects { get; private set; }

    /// <summary>Gets whether there is one work order per object or one for all.</summary>
    public ObjectPlanning ObjectPlanning { get; private set; }

    /// <summary>Gets what happens to targets missed during downtime.</summary>
    public MissedVisitPolicy MissedPolicy { get; private set; }

    /// <summary>Gets, per floating schedule name, the day its previous visit was completed.</summary>
    public IReadOnlyDictionary<string, LocalDate> PreviousCompletions { get; private set; }

    /// <summary>Gets the schedules, ordered by name (ordinal).</summary>
    public ImmutableArray<ContractSchedule> Schedules { get; }

    /// <summary>Gets the last day of the contract's life: the earlier of <see cref="End"/> and <see cref="TerminatedOn"/>, or <see langword="null"/>.</summary>
    public LocalDate? LastDay => (End, TerminatedOn) switch
    {
        ({ } end, { } terminated) => end < terminated ? end : terminated,
        ({ } end, null) => end,
        (null, { } terminated) => terminated,
        _ => null,
    };

    /// <summary>Gets the yearly orders of a yearly-orders contract (its only targets), or <see langword="null"/>.</summary>
    internal YearlyOrders? Yearly { get; private init; }

    /// <summary>Gets the working days the yearly orders are placed on, set with <see cref="Yearly"/>.</summary>
    internal BusinessCalendar? YearlyCalendar { get; private init; }

    /// <summary>Gets whether any schedule is <see cref="ScheduleMode.Floating"/>.</summary>
    internal bool HasFloatingSchedule
    {
        get
        {
            foreach (var schedule in Schedules)
            {
                if (schedule.Mode == ScheduleMode.Floating)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Gets the recurrence set of each schedule, from DTSTART = start at time of day, in schedule order.</summary>
    internal RecurrenceSet[] Sets { get; }

    /// <summary>Creates a view of an open-ended contract with no employee, no objects, 0 days in advance and catch-up.</summary>
    /// <param name="id">The contract.</param>
    /// <param name="zone">The contract's time zone.</param>
    /// <param name="start">The first day of the contract's life, in the years 1 to 9999.</param>
    /// <param name="timeOfDay">The time visits are planned at, in whole seconds.</param>
    /// <param name="schedules">At least one schedule; names and precedences unique.</param>
    /// <returns>The view, or why it cannot be built.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/>, <paramref name="schedules"/> or one schedule is <see langword="null"/>.</exception>
    public static OneOf<ContractPlanningView, ContractPlanningInvalid> Create(ContractId id, DateTimeZone zone, LocalDate start, LocalTime timeOfDay, IEnumerable<ContractSchedule> schedules)
    {
        Guard.Against.Expression(value => value.IsEmpty, id, "The contract id must not be empty.");
        Guard.Against.Null(zone);
        Guard.Against.Null(schedules);
        var list = new List<ContractSchedule>();
        foreach (var schedule in schedules)
        {
            list.Add(Guard.Against.Null(schedule, nameof(schedules)));
        }
        if (list.Count == 0)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.NoSchedules, "none");
        }
        list.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        for (int i = 1; i < list.Count; i++)
        {
            if (string.Equals(list[i - 1].Name, list[i].Name, StringComparison.Ordinal))
            {
                return new ContractPlanningInvalid(PlanningViewProblem.ScheduleNameRepeated, list[i].Name);
            }
        }
        var precedences = new HashSet<int>();
        foreach (var schedule in list)
        {
            if (!precedences.Add(schedule.Precedence))
            {
                return new ContractPlanningInvalid(PlanningViewProblem.PrecedenceRepeated, schedule.Precedence.ToString(CultureInfo.InvariantCulture));
            }
        }
        if (start < FirstDate || start > LastDate)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.DateOutOfRange, Text(start));
        }
        if (timeOfDay.TickOfSecond != 0)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.TimeInvalid, timeOfDay.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        }
        return new ContractPlanningView(null, id, zone, start, timeOfDay, [.. list]);
    }

    /// <summary>Returns this view with an end date (the last day of the contract's life).</summary>
    /// <param name="end">The end, not before the start; <see langword="null"/> for open-ended.</param>
    /// <returns>The new view, or <see cref="PlanningViewProblem.EndBeforeStart"/>.</returns>
    public OneOf<ContractPlanningView, ContractPlanningInvalid> WithEnd(LocalDate? end)
    {
        if (end is { } value && value < Start)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.EndBeforeStart, Text(value));
        }
        return Copy(view => view.End = end);
    }

    /// <summary>Returns this view terminated on <paramref name="terminatedOn"/>: nothing is generated after it.</summary>
    /// <param name="terminatedOn">The termination day, not before the start; <see langword="null"/> for none.</param>
    /// <returns>The new view, or <see cref="PlanningViewProblem.TerminatedBeforeStart"/>.</returns>
    public OneOf<ContractPlanningView, ContractPlanningInvalid> WithTermination(LocalDate? terminatedOn)
    {
        if (terminatedOn is { } value && value < Start)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.TerminatedBeforeStart, Text(value));
        }
        return Copy(view => view.TerminatedOn = terminatedOn);
    }

    /// <summary>Returns this view with another number of days in advance.</summary>
    /// <param name="days">0 to <see cref="MaxDaysInAdvance"/>.</param>
    /// <returns>The new view, or <see cref="PlanningViewProblem.DaysInAdvanceOutOfRange"/>.</returns>
    public OneOf<ContractPlanningView, ContractPlanningInvalid> WithDaysInAdvance(int days)
    {
        if (days is < 0 or > MaxDaysInAdvance)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.DaysInAdvanceOutOfRange, days.ToString(CultureInfo.InvariantCulture));
        }
        return Copy(view => view.DaysInAdvance = days);
    }

    /// <summary>Returns this view with a time window from <see cref="TimeOfDay"/> to <paramref name="windowEnd"/>.</summary>
    /// <param name="windowEnd">The end of the window, after <see cref="TimeOfDay"/>; <see langword="null"/> for a plain time.</param>
    /// <returns>The new view, or <see cref="PlanningViewProblem.TimeInvalid"/>.</returns>
    public OneOf<ContractPlanningView, ContractPlanningInvalid> WithTimeWindow(LocalTime? windowEnd)
    {
        if (windowEnd is { } value && value <= TimeOfDay)
        {
            return new ContractPlanningInvalid(PlanningViewProblem.TimeInvalid, value.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        }
        return Copy(view => view.WindowEnd = windowEnd);
    }

    /// <summary>Returns this view with an assigned employee, or without one.</summary>
    /// <param name="employee">The employee, or <see langword="null"/>.</param>
    /// <returns>The new view.</returns>
    /// <exception cref="ArgumentException"><paramref name="employee"/> is an empty id.</exception>
    public ContractPlanningView WithEmployee(EmployeeId? employee)
    {
        if (employee is { } value)
        {
            Guard.Against.Expression(id => id.IsEmpty, value, "The employee id must not be empty.");
        }
        return Copy(view => view.Employee = employee);
    }

    /// <summary>Returns this view with linked objects and how they turn into work orders.</summary>
    /// <param name="objects">The objects; repeats are removed, the first order kept.</param>
    /// <param name="planning">One work order per object or one for all.</param>
    /// <returns>The new view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An object id is empty or <paramref name="planning"/> is not defined.</exception>
    public ContractPlanningView WithObjects(IEnumerable<AssetId> objects, ObjectPlanning planning)
    {
        Guard.Against.Null(objects);
        Guard.Against.EnumOutOfRange(planning);
        var seen = new HashSet<AssetId>();
        var list = ImmutableArray.CreateBuilder<AssetId>();
        foreach (var asset in objects)
        {
            Guard.Against.Expression(id => id.IsEmpty, asset, "An object id must not be empty.");
            if (seen.Add(asset))
            {
                list.Add(asset);
            }
        }
        var result = list.ToImmutable();
        return Copy(view =>
        {
            view.Objects = result;
            view.ObjectPlanning = planning;
        });
    }

    /// <summary>Returns this view with another missed-visit policy.</summary>
    /// <param name="policy">Catch up or skip.</param>
    /// <returns>The new view.</returns>
    /// <exception cref="ArgumentException"><paramref name="policy"/> is not defined.</exception>
    public ContractPlanningView WithMissedPolicy(MissedVisitPolicy policy)
    {
        Guard.Against.EnumOutOfRange(policy);
        return Copy(view => view.MissedPolicy = policy);
    }

    /// <summary>Returns this view knowing that the previous visit of a floating schedule was completed on <paramref name="completedOn"/>.</summary>
    /// <param name="schedule">The name of one of <see cref="Schedules"/>.</param>
    /// <param name="completedOn">The completion day; the next target is counted from it.</param>
    /// <returns>The new view.</returns>
    /// <exception cref="ArgumentException"><paramref name="schedule"/> is not a schedule of this view.</exception>
    public ContractPlanningView WithPreviousCompletion(string schedule, LocalDate completedOn)
    {
        Guard.Against.Null(schedule);
        if (IndexOf(schedule) < 0)
        {
            throw new ArgumentException($"The contract has no schedule named {schedule}.", nameof(schedule));
        }
        var completions = new Dictionary<string, LocalDate>(PreviousCompletions, StringComparer.Ordinal) { [schedule] = completedOn };
        var frozen = completions.ToFrozenDictionary(StringComparer.Ordinal);
        return Copy(view => view.PreviousCompletions = frozen);
    }

    /// <summary>Returns the index of the schedule named <paramref name="name"/> in <see cref="Schedules"/>, or -1.</summary>
    /// <param name="name">The schedule name.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Schedules.Length; i++)
        {
            if (string.Equals(Schedules[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Text(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<LocalDateTime> At(ImmutableArray<LocalDate> dates, LocalTime time)
    {
        foreach (var date in dates)
        {
            if (date >= FirstDate)
            {
                yield return date.At(time);
            }
        }
    }

    /// <summary>
    /// Creates the view of a yearly-orders contract: no schedules; its targets are the dates
    /// <see cref="YearlyOrders.PlanYear"/> gives for each calendar year, on the working days of
    /// <paramref name="calendar"/>.
    /// </summary>
    internal static ContractPlanningView ForYearlyOrders(ContractId id, DateTimeZone zone, LocalDate start, LocalTime timeOfDay, YearlyOrders orders, BusinessCalendar calendar) =>
        new(null, id, zone, start, timeOfDay, []) { Yearly = orders, YearlyCalendar = calendar, _yearPlans = new YearPlan?[2] };

    /// <summary>
    /// Returns the yearly-order dates of <paramref name="year"/>; when the year has fewer working days than the
    /// spacing needs, the most that fit (the contract's own check only guarantees that they fit in 365 days).
    /// </summary>
    internal ImmutableArray<LocalDate> YearlyDates(int year)
    {
        // Two slots by parity: a run never looks more than a year ahead, so at most two consecutive years are in use.
        YearPlan?[] plans = _yearPlans!;
        if (plans[year & 1] is { } known && known.Year == year)
        {
            return known.Dates;
        }
        ImmutableArray<LocalDate> dates = Yearly!.PlanYear(year, YearlyCalendar!).Match(
            planned => planned,
            tooMany => tooMany.MostThatFit > 0
                ? YearlyOrders.Create(tooMany.MostThatFit, tooMany.MinimumSpacingDays).AsT0.PlanYear(year, YearlyCalendar!).AsT0
                : []);
        plans[year & 1] = new YearPlan(year, dates);
        return dates;
    }

    private ContractPlanningView Copy(Action<ContractPlanningView> change)
    {
        var copy = new ContractPlanningView(this, Id, Zone, Start, TimeOfDay, Schedules);
        change(copy);
        return copy;
    }

    /// <summary>The yearly-order dates of one year.</summary>
    private sealed record YearPlan(int Year, ImmutableArray<LocalDate> Dates);
}
