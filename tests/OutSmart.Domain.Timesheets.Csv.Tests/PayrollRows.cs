using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Csv.Tests;

internal static class PayrollRows
{
    public static readonly ExportBatchId Batch = new(Guid.Parse("0b000000-0000-0000-0000-000000000001"));
    public static readonly TimesheetEntryId Entry = new(Guid.Parse("0e000000-0000-0000-0000-000000000002"));
    public static readonly EmployeeId Employee = new(Guid.Parse("0a000000-0000-0000-0000-000000000003"));
    public static readonly WorkOrderId WorkOrder = new(Guid.Parse("0d000000-0000-0000-0000-000000000004"));
    public static readonly ProjectId Project = new(Guid.Parse("0f000000-0000-0000-0000-000000000005"));
    public static readonly CustomerId Customer = new(Guid.Parse("0c000000-0000-0000-0000-000000000006"));

    public static PayrollRow Bare() => PayrollRow.Create(Batch, Entry, Employee, new LocalDate(2026, 11, 16));

    public static PayrollRow Complete() => Bare()
        .WithHours("evening", 75)
        .WithKilometres(42.5m, Money.FromEuros(9.78m))
        .WithExpense(Money.FromEuros(12.95m), "parking")
        .WithAmounts(Money.FromEuros(56.25m), Money.FromEuros(93.75m))
        .WithLinks(WorkOrder, Project, Customer)
        .WithDescription("Boiler service, Kerkstraat 1");
}
