using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Contracts;

/// <summary>A schedule name is empty, longer than 100 characters or holds a <c>/</c>.</summary>
/// <param name="Name">The name given.</param>
public sealed record ContractScheduleNameInvalid(string Name) : IDomainError
{
    /// <inheritdoc />
    public string Code => "CONTRACT_SCHEDULE_NAME_INVALID";

    /// <inheritdoc />
    public string Message => $"A schedule name needs 1 to {ContractSchedule.MaxNameLength} characters and no '/'.";
}

/// <summary>Why a recurrence rule cannot drive a contract schedule.</summary>
public enum ScheduleRuleProblem
{
    /// <summary>The frequency is not DAILY, WEEKLY, MONTHLY or YEARLY.</summary>
    Frequency = 1,

    /// <summary>The rule has BYHOUR, BYMINUTE or BYSECOND: a schedule gives one date per occurrence.</summary>
    TimeParts = 2,

    /// <summary>The rule's UNTIL is a UTC moment; a schedule's rule is floating, so UNTIL must be a date or a floating date-time.</summary>
    UtcUntil = 3,
}

/// <summary>
/// A recurrence rule that a contract schedule does not accept; <see cref="Problem"/> says why and picks the
/// code.
/// </summary>
/// <param name="Rule">The rule as text.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record ContractScheduleRuleUnsupported(string Rule, ScheduleRuleProblem Problem) : IDomainError
{
    /// <inheritdoc />
    public string Code => Problem switch
    {
        ScheduleRuleProblem.Frequency => "CONTRACT_SCHEDULE_RULE_FREQUENCY",
        ScheduleRuleProblem.TimeParts => "CONTRACT_SCHEDULE_RULE_TIME_PARTS",
        _ => "CONTRACT_SCHEDULE_RULE_UTC_UNTIL",
    };

    /// <inheritdoc />
    public string Message => Problem switch
    {
        ScheduleRuleProblem.Frequency => $"The rule {Rule} repeats more often than daily; a schedule rule is DAILY, WEEKLY, MONTHLY or YEARLY.",
        ScheduleRuleProblem.TimeParts => $"The rule {Rule} has BYHOUR, BYMINUTE or BYSECOND; a schedule plans one visit per date at the contract's time of day.",
        _ => $"The rule {Rule} ends at a UTC moment; give UNTIL as a date or a floating date-time.",
    };
}
