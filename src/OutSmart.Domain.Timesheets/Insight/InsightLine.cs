using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// One priced piece of a timesheet for cost insight (OT-09): whose, which day, which status, and its measures.
/// </summary>
/// <remarks>
/// <para>
/// A line is plain data, so insight needs no repository and no calculator: a host (or a report job) builds lines from
/// entries and the amounts the calculator priced them at. It starts with <see cref="Create"/> and is completed with the
/// named <c>With…</c> steps, each returning a new line. Minutes and kilometres are never negative; amounts may be negative (a correction).
/// </para>
/// <para>Two lines are equal when all their values are equal.</para>
/// </remarks>
public sealed record InsightLine
{
    private InsightLine(EmployeeId employee, LocalDate date, TimesheetEntryStatus status)
    {
        Employee = employee;
        Date = date;
        Status = status;
    }

    /// <summary>Gets the employee (medewerker).</summary>
    public EmployeeId Employee { get; }

    /// <summary>Gets the local date of the line in the employee's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the status of the entry the line comes from.</summary>
    public TimesheetEntryStatus Status { get; }

    /// <summary>Gets the hour type code (uursoort); empty for a line without hours.</summary>
    public string HourType { get; private init; } = string.Empty;

    /// <summary>Gets the worked minutes (work and travel).</summary>
    public int Minutes { get; private init; }

    /// <summary>Gets a value indicating whether the minutes are billable (declarabel) to a customer.</summary>
    public bool IsBillable { get; private init; }

    /// <summary>Gets a value indicating whether the minutes are travel time (reistijd).</summary>
    public bool IsTravel { get; private init; }

    /// <summary>Gets the minutes of this line that are overtime (overuren), at most <see cref="Minutes"/>.</summary>
    public int OvertimeMinutes { get; private init; }

    /// <summary>Gets the cost (kostprijs).</summary>
    public Money Cost { get; private init; }

    /// <summary>Gets the revenue (omzet).</summary>
    public Money Revenue { get; private init; }

    /// <summary>Gets the kilometres driven.</summary>
    public decimal Kilometres { get; private init; }

    /// <summary>Gets the kilometre allowance (kilometervergoeding).</summary>
    public Money KilometreAllowance { get; private init; }

    /// <summary>Gets the expenses (onkosten).</summary>
    public Money Expenses { get; private init; }

    /// <summary>Gets the work order (werkbon) the line links to, if any.</summary>
    public WorkOrderId? WorkOrder { get; private init; }

    /// <summary>Gets the project the line links to, if any.</summary>
    public ProjectId? Project { get; private init; }

    /// <summary>Gets the customer (klant) the line links to, if any.</summary>
    public CustomerId? Customer { get; private init; }

    /// <summary>Starts a line without measures.</summary>
    /// <param name="employee">The employee.</param>
    /// <param name="date">The local date.</param>
    /// <param name="status">The status of the entry.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentException"><paramref name="employee"/> is empty or <paramref name="status"/> undefined.</exception>
    public static InsightLine Create(EmployeeId employee, LocalDate date, TimesheetEntryStatus status)
    {
        Guard.Against.Default(employee);
        Guard.Against.EnumOutOfRange(status);
        return new InsightLine(employee, date, status);
    }

    /// <summary>Returns this line with billable work of an hour type.</summary>
    /// <param name="hourType">The hour type code.</param>
    /// <param name="minutes">The minutes, zero or more.</param>
    /// <returns>A new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minutes"/> is negative.</exception>
    public InsightLine WithBillableMinutes(string hourType, int minutes) => WithMinutes(hourType, minutes, billable: true);

    /// <summary>Returns this line with non-billable work of an hour type.</summary>
    /// <param name="hourType">The hour type code.</param>
    /// <param name="minutes">The minutes, zero or more.</param>
    /// <returns>A new line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hourType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minutes"/> is negative.</exception>
    public InsightLine WithNonBillableMinutes(string hourType, int minutes) => WithMinutes(hourType, minutes, billable: false);

    /// <summary>Returns this line marked as travel time (reistijd).</summary>
    /// <returns>A new line.</returns>
    public InsightLine AsTravel() => this with { IsTravel = true };

    /// <summary>Returns this line with part of its minutes counted as overtime.</summary>
    /// <param name="minutes">The overtime minutes, from zero to <see cref="Minutes"/>.</param>
    /// <returns>A new line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is negative or more than <see cref="Minutes"/>.</exception>
    public InsightLine WithOvertimeMinutes(int minutes) => this with { OvertimeMinutes = Guard.Against.OutOfRange(minutes, nameof(minutes), 0, Minutes) };

    /// <summary>Returns this line with its cost and revenue.</summary>
    /// <param name="cost">The cost.</param>
    /// <param name="revenue">The revenue.</param>
    /// <returns>A new line.</returns>
    public InsightLine WithAmounts(Money cost, Money revenue) => this with { Cost = cost, Revenue = revenue };

    /// <summary>Returns this line with kilometres and their allowance.</summary>
    /// <param name="kilometres">The distance, zero or more.</param>
    /// <param name="allowance">The allowance.</param>
    /// <returns>A new line.</returns>
    /// <exception cref="ArgumentException"><paramref name="kilometres"/> is negative.</exception>
    public InsightLine WithKilometres(decimal kilometres, Money allowance) =>
        this with { Kilometres = Guard.Against.Negative(kilometres), KilometreAllowance = allowance };

    /// <summary>Returns this line with expenses.</summary>
    /// <param name="amount">The expenses.</param>
    /// <returns>A new line.</returns>
    public InsightLine WithExpenses(Money amount) => this with { Expenses = amount };

    /// <summary>Returns this line linked to a work order, project and/or customer.</summary>
    /// <param name="workOrder">The work order, or null.</param>
    /// <param name="project">The project, or null.</param>
    /// <param name="customer">The customer, or null.</param>
    /// <returns>A new line.</returns>
    /// <exception cref="ArgumentException">A given id is the default, empty id.</exception>
    public InsightLine WithLinks(WorkOrderId? workOrder, ProjectId? project, CustomerId? customer)
    {
        if (workOrder is { IsEmpty: true } || project is { IsEmpty: true } || customer is { IsEmpty: true })
        {
            throw new ArgumentException("A link must not be the default, empty id.", workOrder is { IsEmpty: true } ? nameof(workOrder) : project is { IsEmpty: true } ? nameof(project) : nameof(customer));
        }
        return this with { WorkOrder = workOrder, Project = project, Customer = customer };
    }

    private InsightLine WithMinutes(string hourType, int minutes, bool billable)
    {
        Guard.Against.Null(hourType);
        Guard.Against.Negative(minutes);
        return this with { HourType = hourType, Minutes = minutes, IsBillable = billable, OvertimeMinutes = Math.Min(OvertimeMinutes, minutes) };
    }
}
