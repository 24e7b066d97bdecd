using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>Which lines cost insight counts: by entry status and, optionally, a date range (OT-09).</summary>
/// <remarks>
/// Cost reports default to <see cref="Approved"/>: approved and exported entries, the hours that are final (an exported
/// entry was approved first). Build other filters with <see cref="ForStatuses"/> and narrow them with
/// <see cref="Between"/>. Two filters are equal when they count the same statuses and dates.
/// </remarks>
public sealed record InsightFilter
{
    private readonly int _statusMask;

    private InsightFilter(int statusMask, LocalDate? from, LocalDate? to)
    {
        _statusMask = statusMask;
        From = from;
        To = to;
    }

    /// <summary>Gets the filter of cost reports: approved and exported entries, any date.</summary>
    public static InsightFilter Approved { get; } = new(Bit(TimesheetEntryStatus.Approved) | Bit(TimesheetEntryStatus.Exported), null, null);

    /// <summary>Gets the filter that counts every status, drafts included, any date.</summary>
    public static InsightFilter AllStatuses { get; } = new(
        Bit(TimesheetEntryStatus.Draft) | Bit(TimesheetEntryStatus.Submitted) | Bit(TimesheetEntryStatus.Approved)
        | Bit(TimesheetEntryStatus.Rejected) | Bit(TimesheetEntryStatus.Exported),
        null,
        null);

    /// <summary>Gets the first date counted, or null when there is no lower bound.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last date counted (inclusive), or null when there is no upper bound.</summary>
    public LocalDate? To { get; }

    /// <summary>Creates a filter that counts the given statuses, any date.</summary>
    /// <param name="statuses">The statuses; at least one.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="statuses"/> is empty or holds an undefined status.</exception>
    public static InsightFilter ForStatuses(params IEnumerable<TimesheetEntryStatus> statuses)
    {
        Guard.Against.Null(statuses);
        int mask = 0;
        foreach (var status in statuses)
        {
            mask |= Bit(Guard.Against.EnumOutOfRange(status, nameof(statuses)));
        }
        return mask == 0 ? throw new ArgumentException("A filter counts at least one status.", nameof(statuses)) : new InsightFilter(mask, null, null);
    }

    /// <summary>Returns this filter limited to the dates from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date, on or after <paramref name="from"/>.</param>
    /// <returns>A new filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public InsightFilter Between(LocalDate from, LocalDate to) =>
        to < from ? throw new ArgumentException("The last date is before the first.", nameof(to)) : new InsightFilter(_statusMask, from, to);

    /// <summary>Gets whether the filter counts entries of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> when lines of that status are counted.</returns>
    public bool Counts(TimesheetEntryStatus status) => (_statusMask & Bit(status)) != 0;

    /// <summary>Gets whether the filter counts a line.</summary>
    /// <param name="line">The line.</param>
    /// <returns><see langword="true"/> when the line's status and date pass the filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public bool Counts(InsightLine line)
    {
        Guard.Against.Null(line);
        return Counts(line.Status) && (From is not { } from || line.Date >= from) && (To is not { } to || line.Date <= to);
    }

    /// <inheritdoc />
    public bool Equals(InsightFilter? other) => other is not null && _statusMask == other._statusMask && From == other.From && To == other.To;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_statusMask, From, To);

    private static int Bit(TimesheetEntryStatus status) => 1 << (int)status;
}
