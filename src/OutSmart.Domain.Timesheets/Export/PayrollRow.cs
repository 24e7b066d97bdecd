using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// One line of a payroll export (salarisexport): what payroll needs of one exported timesheet entry, in plain values.
/// </summary>
/// <remarks>
/// <para>
/// A row starts with <see cref="Create"/> (batch, entry, employee, date) and is completed with the named <c>With…</c>
/// steps; each step returns a new row. Amounts are whole cents (rounded per line, OT-07) and may be
/// negative (a correction); minutes and kilometres are never negative. Text is kept as given: neutralising cells a
/// spreadsheet would execute is the CSV writer's job.
/// </para>
/// <para>Two rows are equal when all their values are equal.</para>
/// </remarks>
public sealed partial record PayrollRow
{
    private PayrollRow(ExportBatchId batch, TimesheetEntryId entry, EmployeeId employee, LocalDate date)
    {
        Batch = batch;
        Entry = entry;
        Employee = employee;
        Date = date;
    }

    /// <summary>Gets the export batch the entry was exported in.</summary>
    public ExportBatchId Batch { get; }

    /// <summary>Gets the exported entry.</summary>
    public TimesheetEntryId Entry { get; }

    /// <summary>Gets the employee (medewerker) the hours are paid to.</summary>
    public EmployeeId Employee { get; }

    /// <summary>Gets the local date the entry belongs to, in the employee's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the code of the hour type (uursoort), for example <c>work</c> or <c>evening</c>; empty when the entry has no hours.</summary>
    public string HourType { get; private init; } = string.Empty;

    /// <summary>Gets the paid minutes; zero for an entry with only kilometres or an expense.</summary>
    public int Minutes { get; private init; }

    /// <summary>Gets <see cref="Minutes"/> as hours, rounded to two decimals, midpoints away from zero.</summary>
    public decimal Hours => Math.Round(Minutes / 60m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Gets the kilometres driven (kilometers); never negative.</summary>
    public decimal Kilometres { get; private init; }

    /// <summary>Gets the kilometre allowance (kilometervergoeding).</summary>
    public Money KilometreAllowance { get; private init; }

    /// <summary>Gets the expense (onkosten) to reimburse.</summary>
    public Money Expense { get; private init; }

    /// <summary>Gets the expense category; empty when there is no expense.</summary>
    public string ExpenseCategory { get; private init; } = string.Empty;

    /// <summary>Gets the cost (kostprijs) of the hours : minutes × cost rate × multiplier, rounded per line.</summary>
    public Money Cost { get; private init; }

    /// <summary>Gets the revenue (omzet) of the hours : minutes × bill rate × multiplier, rounded per line.</summary>
    public Money Revenue { get; private init; }

    /// <summary>Gets the work order (werkbon) the entry links to, if any.</summary>
    public WorkOrderId? WorkOrder { get; private init; }

    /// <summary>Gets the project the entry links to, if any.</summary>
    public ProjectId? Project { get; private init; }

    /// <summary>Gets the customer (klant) the entry links to, if any.</summary>
    public CustomerId? Customer { get; private init; }

    /// <summary>Gets the entry's description (omschrijving), as the employee typed it; empty when there is none.</summary>
    public string Description { get; private init; } = string.Empty;

    /// <summary>Starts a row for an exported entry.</summary>
    /// <param name="batch">The export batch.</param>
    /// <param name="entry">The exported entry.</param>
    /// <param name="employee">The employee.</param>
    /// <param name="date">The entry's local date.</param>
    /// <returns>A row without hours, kilometres, expense, amounts, links or description.</returns>
    /// <exception cref="ArgumentException">An id is the default, empty id.</exception>
    public static PayrollRow Create(ExportBatchId batch, TimesheetEntryId entry, EmployeeId employee, LocalDate date)
    {
        Guard.Against.Default(batch);
        Guard.Against.Default(entry);
        Guard.Against.Default(employee);
        return new PayrollRow(batch, entry, employee, date);
    }

    /// <summary>Returns this row with hours of an hour type.</summary>
    /// <param name="hourType">The hour type's code.</param>
    /// <param name="minutes">The paid minutes, zero or more.</param>
    /// <returns>A new row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minutes"/> is negative.</exception>
    public PayrollRow WithHours(string hourType, int minutes) =>
        this with { HourType = Guard.Against.Null(hourType), Minutes = Guard.Against.Negative(minutes) };

    /// <summary>Returns this row with kilometres and their allowance.</summary>
    /// <param name="kilometres">The distance, zero or more.</param>
    /// <param name="allowance">The allowance in whole cents.</param>
    /// <returns>A new row.</returns>
    /// <exception cref="ArgumentException">The distance is negative or the allowance is not whole cents.</exception>
    public PayrollRow WithKilometres(decimal kilometres, Money allowance) =>
        this with { Kilometres = Guard.Against.Negative(kilometres), KilometreAllowance = Cents(allowance) };

    /// <summary>Returns this row with an expense to reimburse.</summary>
    /// <param name="amount">The amount in whole cents.</param>
    /// <param name="category">The expense category.</param>
    /// <returns>A new row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not whole cents.</exception>
    public PayrollRow WithExpense(Money amount, string category) =>
        this with { Expense = Cents(amount), ExpenseCategory = Guard.Against.Null(category) };

    /// <summary>Returns this row with the cost and revenue of its hours.</summary>
    /// <param name="cost">The cost in whole cents.</param>
    /// <param name="revenue">The revenue in whole cents.</param>
    /// <returns>A new row.</returns>
    /// <exception cref="ArgumentException">An amount is not whole cents.</exception>
    public PayrollRow WithAmounts(Money cost, Money revenue) => this with { Cost = Cents(cost), Revenue = Cents(revenue) };

    /// <summary>Returns this row linked to a work order, project and/or customer.</summary>
    /// <param name="workOrder">The work order, or null.</param>
    /// <param name="project">The project, or null.</param>
    /// <param name="customer">The customer, or null.</param>
    /// <returns>A new row.</returns>
    /// <exception cref="ArgumentException">A given id is the default, empty id.</exception>
    public PayrollRow WithLinks(WorkOrderId? workOrder, ProjectId? project, CustomerId? customer)
    {
        if (workOrder is { IsEmpty: true } || project is { IsEmpty: true } || customer is { IsEmpty: true })
        {
            throw new ArgumentException("A link must not be the default, empty id.", workOrder is { IsEmpty: true } ? nameof(workOrder) : project is { IsEmpty: true } ? nameof(project) : nameof(customer));
        }
        return this with { WorkOrder = workOrder, Project = project, Customer = customer };
    }

    /// <summary>Returns this row with a description.</summary>
    /// <param name="description">The description as typed; it is not trimmed or neutralised here.</param>
    /// <returns>A new row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public PayrollRow WithDescription(string description) => this with { Description = Guard.Against.Null(description) };

    private static Money Cents(Money amount, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(amount))] string? name = null) =>
        amount.IsWholeCents ? amount : throw new ArgumentException($"An amount is in whole cents: {amount}.", name);
}
