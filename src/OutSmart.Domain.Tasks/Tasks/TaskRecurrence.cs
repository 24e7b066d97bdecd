using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.Tasks;

/// <summary>How a recurring task repeats (TSK-10): an RFC 5545 rule from a small subset, and what the next due counts from.</summary>
/// <remarks>
/// <para>The rule may use <c>FREQ</c> (<c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c> or <c>YEARLY</c>), <c>INTERVAL</c>,
/// <c>BYDAY</c> and either <c>COUNT</c> or <c>UNTIL</c>; anything else is refused with
/// <see cref="TaskRecurrenceInvalid"/>. <c>COUNT</c> counts the occurrences of the task, the first one included.</para>
/// <para>A recurring task is one task per occurrence: completing an occurrence with
/// <see cref="FollowUpTask.CompleteOccurrence"/> creates the next task, due on the first date of the rule after the
/// anchor (the completed occurrence's due, or the completion day) and never before the completion day in the
/// evaluation zone. A due moment keeps its time of day in its own zone; local times in a DST gap move forward
/// (<see cref="RecurrenceSet.LocalTimeResolver"/>).</para>
/// <para>Two values are equal when their rules and bases are equal.</para>
/// </remarks>
public sealed record TaskRecurrence
{
    private TaskRecurrence(RecurrenceRule rule, TaskRecurrenceBasis basis)
    {
        Rule = rule;
        Basis = basis;
    }

    /// <summary>Gets the recurrence rule.</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>Gets what the next due counts from.</summary>
    public TaskRecurrenceBasis Basis { get; }

    /// <summary>Creates a recurrence from a parsed rule.</summary>
    /// <param name="rule">The rule; only the subset described on the type is accepted.</param>
    /// <param name="basis">A defined basis.</param>
    /// <returns>The recurrence, or <see cref="TaskRecurrenceInvalid"/> when the rule uses more than the subset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is undefined.</exception>
    public static OneOf<TaskRecurrence, TaskRecurrenceInvalid> Create(RecurrenceRule rule, TaskRecurrenceBasis basis)
    {
        Guard.Against.Null(rule);
        Guard.Against.EnumOutOfRange(basis);
        if (rule.Frequency is not (RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly or RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly))
        {
            return new TaskRecurrenceInvalid(rule.ToString(), $"FREQ={rule.Frequency.ToString().ToUpperInvariant()} is not supported; use DAILY, WEEKLY, MONTHLY or YEARLY.");
        }
        string? extra =
            !rule.BySecond.IsEmpty ? "BYSECOND" :
            !rule.ByMinute.IsEmpty ? "BYMINUTE" :
            !rule.ByHour.IsEmpty ? "BYHOUR" :
            !rule.ByMonthDay.IsEmpty ? "BYMONTHDAY" :
            !rule.ByYearDay.IsEmpty ? "BYYEARDAY" :
            !rule.ByWeekNo.IsEmpty ? "BYWEEKNO" :
            !rule.ByMonth.IsEmpty ? "BYMONTH" :
            !rule.BySetPosition.IsEmpty ? "BYSETPOS" :
            rule.WeekStart != IsoDayOfWeek.Monday ? "WKST" : null;
        if (extra is not null)
        {
            return new TaskRecurrenceInvalid(rule.ToString(), $"{extra} is not supported; a task recurrence uses only FREQ, INTERVAL, BYDAY and COUNT or UNTIL.");
        }
        return new TaskRecurrence(rule, basis);
    }

    /// <summary>Parses an RFC 5545 <c>RRULE</c> value, such as <c>FREQ=WEEKLY;INTERVAL=2;BYDAY=MO</c>.</summary>
    /// <param name="rule">The rule text; an <c>RRULE:</c> prefix is allowed. Never throws for any text.</param>
    /// <param name="basis">A defined basis.</param>
    /// <returns>The recurrence, or <see cref="TaskRecurrenceInvalid"/> when the text is not a valid rule of the subset.</returns>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is undefined.</exception>
    public static OneOf<TaskRecurrence, TaskRecurrenceInvalid> Parse(string? rule, TaskRecurrenceBasis basis)
    {
        Guard.Against.EnumOutOfRange(basis);
        return RecurrenceRule.Parse(rule).Match(
            parsed => Create(parsed, basis),
            invalid => new TaskRecurrenceInvalid(rule ?? string.Empty, invalid.Message));
    }

    /// <summary>Returns the due of the occurrence after the one being completed, or <see langword="null"/> when the series has ended.</summary>
    /// <param name="due">The due of the occurrence being completed, or <see langword="null"/> when it has none.</param>
    /// <param name="occurrence">The number of the occurrence being completed; 1 for the first.</param>
    /// <param name="completedAt">When it is completed.</param>
    /// <param name="evaluationZone">The zone that decides "today" and the completion day of a date-only or missing due.</param>
    /// <returns>
    /// A due of the same kind as <paramref name="due"/> (a date when there is none), strictly after the anchor and not
    /// before the completion day; <see langword="null"/> after <c>COUNT</c> occurrences or past <c>UNTIL</c>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="occurrence"/> is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evaluationZone"/> is null.</exception>
    public TaskDue? GetNextDue(TaskDue? due, int occurrence, Instant completedAt, DateTimeZone evaluationZone)
    {
        Guard.Against.NegativeOrZero(occurrence);
        Guard.Against.Null(evaluationZone);
        if (Rule.Count is { } count && occurrence >= count)
        {
            return null;
        }
        LocalDate today = completedAt.InZone(evaluationZone).Date;
        bool fromDue = Basis == TaskRecurrenceBasis.DueDate && due is not null;
        if (due?.Moment is not { } moment)
        {
            LocalDate anchor = fromDue ? due!.Date!.Value : today;
            foreach (LocalDateTime candidate in RecurrenceSet.Create(anchor.AtMidnight(), Rule).GetOccurrences())
            {
                if (candidate.Date > anchor && candidate.Date >= today)
                {
                    return TaskDue.OnDate(candidate.Date);
                }
            }
            return null;
        }
        DateTimeZone zone = due.Zone!;
        LocalDateTime dueLocal = moment.InZone(zone).LocalDateTime.With(TimeAdjusters.TruncateToSecond);
        LocalDateTime start = fromDue ? dueLocal : completedAt.InZone(zone).Date.At(dueLocal.TimeOfDay);
        foreach (ZonedDateTime candidate in RecurrenceSet.Create(start, Rule).InZone(zone).GetOccurrences())
        {
            if (candidate.LocalDateTime > start && candidate.ToInstant().InZone(evaluationZone).Date >= today)
            {
                return TaskDue.At(candidate.ToInstant(), zone);
            }
        }
        return null;
    }

    /// <summary>Returns the rule and basis for display.</summary>
    /// <returns>For example <c>FREQ=WEEKLY;BYDAY=MO from DueDate</c>.</returns>
    public override string ToString() => $"{Rule} from {Basis}";
}
