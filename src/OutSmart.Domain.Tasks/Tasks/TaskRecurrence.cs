using System.Diagnostics;
using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;
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
/// evaluation zone. <c>COUNT</c> is counted by <see cref="FollowUpTask.Occurrence"/>, so a series produces exactly
/// <c>COUNT</c> occurrences however late each is completed. A due moment keeps its local time of day in its own zone
/// and is resolved only when needed (a time in a DST gap moves forward, <see cref="RecurrenceSet.LocalTimeResolver"/>).</para>
/// <para>Two values are equal when their rules and bases are equal.</para>
/// </remarks>
public sealed record TaskRecurrence
{
    // The rule without COUNT: the dates the series may fall on. COUNT is counted by occurrence number instead.
    private readonly RecurrenceRule _dates;

    private TaskRecurrence(RecurrenceRule rule, TaskRecurrenceBasis basis)
    {
        Rule = rule;
        Basis = basis;
        _dates = rule.Count is null ? rule : WithoutCount(rule);
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
    /// A due of the same kind as <paramref name="due"/> (a date when there is none): the first date of the rule after
    /// the anchor that is not before the completion day; <see langword="null"/> after <c>COUNT</c> occurrences or past
    /// <c>UNTIL</c>. A due moment gets the rule's local date and time in the same zone, resolved only when needed.
    /// </returns>
    /// <remarks>
    /// <c>COUNT</c> is counted with <paramref name="occurrence"/>, not by expanding the rule from the anchor: the
    /// dates are those of the rule without its <c>COUNT</c>, so a series completed late, even later than its last
    /// planned date, still produces exactly <c>COUNT</c> occurrences, each due on a date of the rule and never before
    /// the day the previous one was completed.
    /// </remarks>
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
            LocalDate first = anchor >= today ? anchor.PlusDays(1) : today;
            foreach (LocalDateTime candidate in RecurrenceSet.Create(anchor.AtMidnight(), _dates).Between(first.AtMidnight(), LocalDateTime.MaxIsoValue))
            {
                return TaskDue.OnDate(candidate.Date);
            }
            return null;
        }
        DateTimeZone zone = moment.Zone;
        LocalDateTime dueLocal = moment.LocalDateTime.With(TimeAdjusters.TruncateToSecond);
        LocalDateTime start = fromDue ? dueLocal : completedAt.InZone(zone).Date.At(dueLocal.TimeOfDay);
        Instant startOfToday = today.AtStartOfDayInZone(evaluationZone).ToInstant();
        // Resolving moves a local time forward by at most a gap (under a day), so nothing before this local time can
        // resolve to today or later; the loop checks each candidate exactly.
        LocalDateTime lowest = startOfToday.InZone(zone).LocalDateTime.PlusDays(-2).With(TimeAdjusters.TruncateToSecond);
        LocalDateTime from = lowest > start ? lowest : start.PlusSeconds(1);
        foreach (LocalDateTime candidate in RecurrenceSet.Create(start, _dates).Between(from, LocalDateTime.MaxIsoValue))
        {
            var next = LocalDateTimeInZone.Create(candidate, zone);
            if (candidate > start && next.Resolve() >= startOfToday)
            {
                return TaskDue.At(next);
            }
        }
        return null;
    }

    private static RecurrenceRule WithoutCount(RecurrenceRule rule)
    {
        RecurrenceRuleBuilder builder = RecurrenceRuleBuilder.Create(rule.Frequency).WithInterval(rule.Interval);
        if (!rule.ByDay.IsEmpty)
        {
            builder.WithByDay([.. rule.ByDay]);
        }
        // Create admits only FREQ, INTERVAL, BYDAY and COUNT or UNTIL, so a rule with COUNT has no other parts to copy.
        return builder.Build().Match(r => r, invalid => throw new UnreachableException(invalid.Message));
    }

    /// <summary>Returns the rule and basis for display.</summary>
    /// <returns>For example <c>FREQ=WEEKLY;BYDAY=MO from DueDate</c>.</returns>
    public override string ToString() => $"{Rule} from {Basis}";
}
