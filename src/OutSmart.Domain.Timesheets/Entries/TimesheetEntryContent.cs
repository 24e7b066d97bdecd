using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>What one timesheet entry records: time (work, travel or a break), an expense, or kilometres; always on a date.</summary>
/// <remarks>
/// <para>Exactly one of <see cref="Time"/>, <see cref="Expense"/> and <see cref="Kilometres"/> is set, chosen by
/// <see cref="Kind"/>. Create one with <see cref="Work"/>, <see cref="Travel"/>, <see cref="Break"/>,
/// <see cref="ForExpense"/> or <see cref="ForKilometres"/>.</para>
/// <para>Two values are equal when kind, date, the set part and the rate snapshot are equal.</para>
/// </remarks>
public sealed record TimesheetEntryContent
{
    private TimesheetEntryContent(TimesheetEntryKind kind, LocalDate date, EntryTime? time, ExpenseClaim? expense, KilometreClaim? kilometres, RateSnapshot? rate = null)
    {
        Rate = rate;
        Kind = kind;
        Date = date;
        Time = time;
        Expense = expense;
        Kilometres = kilometres;
    }

    /// <summary>Gets what the entry records.</summary>
    public TimesheetEntryKind Kind { get; }

    /// <summary>Gets the calendar date the entry belongs to, in the employee's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the time for work, travel and breaks; otherwise <see langword="null"/>.</summary>
    public EntryTime? Time { get; }

    /// <summary>Gets the expense for <see cref="TimesheetEntryKind.Expense"/>; otherwise <see langword="null"/>.</summary>
    public ExpenseClaim? Expense { get; }

    /// <summary>Gets the kilometres for <see cref="TimesheetEntryKind.Kilometres"/>; otherwise <see langword="null"/>.</summary>
    public KilometreClaim? Kilometres { get; }

    /// <summary>Gets the rates of the hour type (uursoort) the time was registered with, snapshotted when the content was
    /// made (OT-06), or <see langword="null"/> when no hour type was chosen. Only work and travel carry one.</summary>
    public RateSnapshot? Rate { get; }

    /// <summary>Gets a value indicating whether the entry counts as worked time: work and travel do, breaks, expenses and kilometres do not (OT-03).</summary>
    public bool CountsAsWork => Kind is TimesheetEntryKind.Work or TimesheetEntryKind.Travel;

    /// <summary>Creates working time.</summary>
    /// <param name="time">When.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is null.</exception>
    public static TimesheetEntryContent Work(EntryTime time) => OfTime(TimesheetEntryKind.Work, time);

    /// <summary>Creates travel time.</summary>
    /// <param name="time">When.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is null.</exception>
    public static TimesheetEntryContent Travel(EntryTime time) => OfTime(TimesheetEntryKind.Travel, time);

    /// <summary>Creates a break.</summary>
    /// <param name="time">When.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is null.</exception>
    public static TimesheetEntryContent Break(EntryTime time) => OfTime(TimesheetEntryKind.Break, time);

    /// <summary>Creates an expense on a date.</summary>
    /// <param name="date">The date of the expense.</param>
    /// <param name="expense">The expense.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expense"/> is null.</exception>
    public static TimesheetEntryContent ForExpense(LocalDate date, ExpenseClaim expense) =>
        new(TimesheetEntryKind.Expense, date, null, Guard.Against.Null(expense), null);

    /// <summary>Creates kilometres on a date.</summary>
    /// <param name="date">The date of the trip.</param>
    /// <param name="kilometres">The kilometres.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kilometres"/> is null.</exception>
    public static TimesheetEntryContent ForKilometres(LocalDate date, KilometreClaim kilometres) =>
        new(TimesheetEntryKind.Kilometres, date, null, null, Guard.Against.Null(kilometres));

    /// <summary>Returns this work or travel time with the rates of an hour type snapshotted on it (OT-06): later
    /// changes of the hour type do not change the entry.</summary>
    /// <param name="hourType">The hour type.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The content is not work or travel (TS-14: breaks, expenses and kilometres have no hour type).</exception>
    public TimesheetEntryContent WithHourType(HourType hourType)
    {
        Guard.Against.Null(hourType);
        if (!CountsAsWork)
        {
            throw new InvalidOperationException("Only work and travel have an hour type.");
        }
        return new TimesheetEntryContent(Kind, Date, Time, null, null, hourType.ToRateSnapshot());
    }

    private static TimesheetEntryContent OfTime(TimesheetEntryKind kind, EntryTime time) =>
        new(kind, Guard.Against.Null(time).Date, time, null, null);
}
