using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>One broken timesheet rule: which rule, how severe, whose hours, which entry and date, and a message. The
/// code depends on the <see cref="Rule"/> (<c>TS_END_BEFORE_START</c>, <c>TS_OVERLAP</c>, …).</summary>
/// <remarks>Two violations are equal when all their properties are equal.</remarks>
public sealed record TimesheetViolation : IDomainError
{
    private readonly string _message;

    internal TimesheetViolation(TimesheetRule rule, ViolationSeverity severity, EmployeeId employeeId, TimesheetEntryId? entryId, LocalDate date, string message)
    {
        Rule = rule;
        Severity = severity;
        EmployeeId = employeeId;
        EntryId = entryId;
        Date = date;
        _message = message;
    }

    /// <summary>Gets the broken rule.</summary>
    public TimesheetRule Rule { get; }

    /// <summary>Gets whether it refuses or warns.</summary>
    public ViolationSeverity Severity { get; }

    /// <summary>Gets whose hours break it.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the entry that breaks it, or <see langword="null"/> for a rule over a day or week.</summary>
    public TimesheetEntryId? EntryId { get; }

    /// <summary>Gets the date the violation is about; for a week, its first day.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc />
    public string Code => Rule switch
    {
        TimesheetRule.EndBeforeStart => "TS_END_BEFORE_START",
        TimesheetRule.ZeroDuration => "TS_ZERO_DURATION",
        TimesheetRule.EntryTooLong => "TS_ENTRY_TOO_LONG",
        TimesheetRule.InFuture => "TS_IN_FUTURE",
        TimesheetRule.Overlap => "TS_OVERLAP",
        TimesheetRule.DayOverMax => "TS_DAY_OVER_MAX",
        TimesheetRule.WeekOverMax => "TS_WEEK_OVER_MAX",
        TimesheetRule.AverageOverMax => "TS_AVERAGE_OVER_MAX",
        TimesheetRule.RestTooShort => "TS_REST_TOO_SHORT",
        TimesheetRule.BreakMissing => "TS_BREAK_MISSING",
        TimesheetRule.KilometresInvalid => "TS_KM_INVALID",
        TimesheetRule.ExpenseInvalid => "TS_EXPENSE_INVALID",
        TimesheetRule.BelowMinimum => "TS_BELOW_MINIMUM",
        TimesheetRule.HourTypeInvalid => "TS_HOURTYPE_INVALID",
        _ => "TS_RULE_VIOLATED",
    };

    /// <inheritdoc />
    public string Message => _message;
}
