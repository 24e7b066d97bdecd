using System.Collections.Immutable;

namespace OutSmart.Domain.Timesheets.Csv;

/// <summary>The one documented column set of the payroll CSV (salarisexport), in the order they are written.</summary>
/// <remarks>
/// The header row holds these names. Ids are GUIDs in the "D" format, the date is ISO 8601 (<c>yyyy-MM-dd</c>), numbers
/// use a point as decimal separator and no thousands separator; an absent link is an empty cell.
/// </remarks>
public static class PayrollCsvColumns
{
    /// <summary>The export batch id (<see cref="PayrollRow.Batch"/>).</summary>
    public const string Batch = "batch_id";

    /// <summary>The timesheet entry id (<see cref="PayrollRow.Entry"/>).</summary>
    public const string Entry = "entry_id";

    /// <summary>The employee id (<see cref="PayrollRow.Employee"/>).</summary>
    public const string Employee = "employee_id";

    /// <summary>The entry's local date, <c>yyyy-MM-dd</c> (<see cref="PayrollRow.Date"/>).</summary>
    public const string Date = "date";

    /// <summary>The hour type code (<see cref="PayrollRow.HourType"/>).</summary>
    public const string HourType = "hour_type";

    /// <summary>The paid minutes, a whole number (<see cref="PayrollRow.Minutes"/>).</summary>
    public const string Minutes = "minutes";

    /// <summary>The paid hours with two decimals (<see cref="PayrollRow.Hours"/>).</summary>
    public const string Hours = "hours";

    /// <summary>The kilometres driven, as registered (<see cref="PayrollRow.Kilometres"/>).</summary>
    public const string Kilometres = "kilometres";

    /// <summary>The kilometre allowance in euros, two decimals (<see cref="PayrollRow.KilometreAllowance"/>).</summary>
    public const string KilometreAllowance = "km_allowance";

    /// <summary>The expense to reimburse in euros, two decimals (<see cref="PayrollRow.Expense"/>).</summary>
    public const string Expense = "expense";

    /// <summary>The expense category (<see cref="PayrollRow.ExpenseCategory"/>).</summary>
    public const string ExpenseCategory = "expense_category";

    /// <summary>The cost in euros, two decimals (<see cref="PayrollRow.Cost"/>).</summary>
    public const string Cost = "cost";

    /// <summary>The revenue in euros, two decimals (<see cref="PayrollRow.Revenue"/>).</summary>
    public const string Revenue = "revenue";

    /// <summary>The work order id, or empty (<see cref="PayrollRow.WorkOrder"/>).</summary>
    public const string WorkOrder = "work_order_id";

    /// <summary>The project id, or empty (<see cref="PayrollRow.Project"/>).</summary>
    public const string Project = "project_id";

    /// <summary>The customer id, or empty (<see cref="PayrollRow.Customer"/>).</summary>
    public const string Customer = "customer_id";

    /// <summary>The description (<see cref="PayrollRow.Description"/>).</summary>
    public const string Description = "description";

    /// <summary>Gets all column names in the order they are written.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        Batch, Entry, Employee, Date, HourType, Minutes, Hours, Kilometres, KilometreAllowance, Expense, ExpenseCategory,
        Cost, Revenue, WorkOrder, Project, Customer, Description,
    ];
}
