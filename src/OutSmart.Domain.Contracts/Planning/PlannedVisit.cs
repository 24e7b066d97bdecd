using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// One visit the planning function says to create: its occurrence key, the day it is generated on, and either a
/// planned local date-time with the employee (<i>ingepland</i>) or only a deadline (<i>uiterste datum</i>).
/// </summary>
/// <remarks>Immutable. Two visits are equal when all their parts are equal.</remarks>
public sealed record PlannedVisit
{
    internal PlannedVisit(OccurrenceKey key, LocalDate generatedOn, LocalDateTimeInZone? planned, LocalTime? windowEnd, EmployeeId? employee)
    {
        Key = key;
        GeneratedOn = generatedOn;
        Planned = planned;
        WindowEnd = windowEnd;
        Employee = employee;
    }

    /// <summary>Gets the occurrence key: contract, schedule, target date and, per object, the object.</summary>
    public OccurrenceKey Key { get; }

    /// <summary>Gets the name of the schedule the visit comes from.</summary>
    public string Schedule => Key.Schedule;

    /// <summary>Gets the target date (after holiday adjustment).</summary>
    public LocalDate Target => Key.Target;

    /// <summary>Gets the run day that generates the visit.</summary>
    public LocalDate GeneratedOn { get; }

    /// <summary>
    /// Gets the planned start: the target at the contract's time of day in its zone, with an employee; otherwise
    /// <see langword="null"/>. <see cref="LocalDateTimeInZone.Resolve"/> maps it like the scheduling package: a time in
    /// a DST gap moves forward by the gap, an ambiguous time takes its first instant.
    /// </summary>
    public LocalDateTimeInZone? Planned { get; }

    /// <summary>Gets the end of the time window on the target date, when the contract has one.</summary>
    public LocalTime? WindowEnd { get; }

    /// <summary>Gets the employee the visit is planned for, or <see langword="null"/> for a deadline-only visit.</summary>
    public EmployeeId? Employee { get; }

    /// <summary>Gets the deadline of a visit without a planned time: the target date; <see langword="null"/> when planned.</summary>
    public LocalDate? Deadline => Planned is null ? Target : null;

    /// <summary>Returns this visit without employee and planned time: deadline only (e.g. when the employee is absent that day).</summary>
    /// <returns>The deadline-only visit.</returns>
    public PlannedVisit AsDeadlineOnly() => Planned is null ? this : new(Key, GeneratedOn, null, WindowEnd, null);
}

/// <summary>A target that passed without a run and was not generated because the policy is to skip missed visits.</summary>
public sealed record MissedVisit
{
    /// <summary>Creates a missed visit.</summary>
    /// <param name="key">The occurrence key that is not generated.</param>
    /// <param name="runDay">The run day that found it missed.</param>
    /// <param name="reason">Why it is not generated.</param>
    public MissedVisit(OccurrenceKey key, LocalDate runDay, MissedVisitReason reason)
    {
        Key = key;
        RunDay = runDay;
        Reason = reason;
    }

    /// <summary>Gets the occurrence key that is not generated.</summary>
    public OccurrenceKey Key { get; }

    /// <summary>Gets the run day that found it missed.</summary>
    public LocalDate RunDay { get; }

    /// <summary>Gets why it is not generated.</summary>
    public MissedVisitReason Reason { get; }
}

/// <summary>A target date of one schedule of a contract, after adjustment, life range and precedence.</summary>
public readonly record struct ScheduledTarget
{
    /// <summary>Creates a scheduled target.</summary>
    /// <param name="schedule">The schedule's name.</param>
    /// <param name="target">The target date.</param>
    public ScheduledTarget(string schedule, LocalDate target)
    {
        Schedule = schedule;
        Target = target;
    }

    /// <summary>Gets the schedule's name.</summary>
    public string Schedule { get; }

    /// <summary>Gets the target date.</summary>
    public LocalDate Target { get; }
}

/// <summary>A schedule of a valid contract that can never produce a visit, reported when the contract is created.</summary>
public sealed record PlanningWarning
{
    /// <summary>Creates a warning.</summary>
    /// <param name="schedule">The schedule's name.</param>
    /// <param name="kind">Why it never plans a visit.</param>
    public PlanningWarning(string schedule, PlanningWarningKind kind)
    {
        Schedule = schedule;
        Kind = kind;
    }

    /// <summary>Gets the schedule's name.</summary>
    public string Schedule { get; }

    /// <summary>Gets why it never plans a visit.</summary>
    public PlanningWarningKind Kind { get; }

    /// <summary>Gets the warning in English.</summary>
    public string Message => Kind switch
    {
        PlanningWarningKind.RuleHasNoOccurrences => $"Schedule {Schedule}: the rule has no date at all, so it never plans a visit.",
        PlanningWarningKind.NoVisitInContractLife => $"Schedule {Schedule}: no date of the rule lands inside the contract's life, so it never plans a visit.",
        _ => $"Schedule {Schedule}: the start does not match the rule and COUNT=1; other calendar programs see no visit at all.",
    };
}

/// <summary>One daily generation run for a contract.</summary>
public readonly record struct PlanningRun
{
    /// <summary>Creates a run.</summary>
    /// <param name="day">The run day.</param>
    /// <param name="coveredThrough">
    /// The last target date earlier completed runs handled (<see cref="ContractDayPlan.CoveredThrough"/> of the previous
    /// run), or <see langword="null"/> for the first run: then every target from the contract's start is considered.
    /// </param>
    public PlanningRun(LocalDate day, LocalDate? coveredThrough)
    {
        Day = day;
        CoveredThrough = coveredThrough;
    }

    /// <summary>Gets the run day.</summary>
    public LocalDate Day { get; }

    /// <summary>Gets the last target date earlier completed runs handled, or <see langword="null"/> for the first run.</summary>
    public LocalDate? CoveredThrough { get; }
}
