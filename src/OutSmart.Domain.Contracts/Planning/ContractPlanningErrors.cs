using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>What is wrong with a contract planning view.</summary>
public enum PlanningViewProblem
{
    /// <summary>The contract has no schedule.</summary>
    NoSchedules = 1,

    /// <summary>Two schedules share a name.</summary>
    ScheduleNameRepeated = 2,

    /// <summary>Two schedules share a precedence.</summary>
    PrecedenceRepeated = 3,

    /// <summary>The end date is before the start date.</summary>
    EndBeforeStart = 4,

    /// <summary>The termination date is before the start date.</summary>
    TerminatedBeforeStart = 5,

    /// <summary>Days in advance is not between 0 and 365.</summary>
    DaysInAdvanceOutOfRange = 6,

    /// <summary>The time of day has a fraction of a second, or the time window does not end after it.</summary>
    TimeInvalid = 7,

    /// <summary>The start or end lies outside the years 1 to 9999.</summary>
    DateOutOfRange = 8,
}

/// <summary>A contract planning view cannot be built; <see cref="Problem"/> says why and picks the code.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="Detail">The value at fault, in words (a schedule name, a date, a number).</param>
public sealed record ContractPlanningInvalid(PlanningViewProblem Problem, string Detail) : IDomainError
{
    /// <inheritdoc />
    public string Code => Problem switch
    {
        PlanningViewProblem.NoSchedules => "CONTRACT_PLANNING_NO_SCHEDULES",
        PlanningViewProblem.ScheduleNameRepeated => "CONTRACT_PLANNING_SCHEDULE_NAME_REPEATED",
        PlanningViewProblem.PrecedenceRepeated => "CONTRACT_PLANNING_PRECEDENCE_REPEATED",
        PlanningViewProblem.EndBeforeStart => "CONTRACT_PLANNING_END_BEFORE_START",
        PlanningViewProblem.TerminatedBeforeStart => "CONTRACT_PLANNING_TERMINATED_BEFORE_START",
        PlanningViewProblem.DaysInAdvanceOutOfRange => "CONTRACT_PLANNING_DAYS_IN_ADVANCE_OUT_OF_RANGE",
        PlanningViewProblem.TimeInvalid => "CONTRACT_PLANNING_TIME_INVALID",
        _ => "CONTRACT_PLANNING_DATE_OUT_OF_RANGE",
    };

    /// <inheritdoc />
    public string Message => Problem switch
    {
        PlanningViewProblem.NoSchedules => "A contract needs at least one schedule.",
        PlanningViewProblem.ScheduleNameRepeated => $"Two schedules are named {Detail}; give each schedule its own name.",
        PlanningViewProblem.PrecedenceRepeated => $"Two schedules have precedence {Detail}; give each schedule its own precedence.",
        PlanningViewProblem.EndBeforeStart => $"The end date {Detail} is before the start date.",
        PlanningViewProblem.TerminatedBeforeStart => $"The termination date {Detail} is before the start date.",
        PlanningViewProblem.DaysInAdvanceOutOfRange => $"Days in advance must be from 0 to {ContractPlanningView.MaxDaysInAdvance}, not {Detail}.",
        PlanningViewProblem.TimeInvalid => $"The time {Detail} is not usable: whole seconds, and a time window must end after it starts.",
        _ => $"The date {Detail} is outside the years 1 to 9999.",
    };
}
