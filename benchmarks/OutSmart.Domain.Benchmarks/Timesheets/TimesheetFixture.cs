using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Benchmarks.Timesheets;

/// <summary>One week of 500 employees: 200 lines each over Monday 16 to Sunday 22 November 2026.</summary>
internal static class TimesheetFixture
{
    public const int Employees = 500;

    public static readonly LocalDate Monday = new(2026, 11, 16);

    public static EmployeeId Employee(int i) => new(new Guid(i % Employees + 1, 0, 0, [2, 0, 0, 0, 0, 0, 0, 0]));

    public static PayrollRow[] PayrollRows(int count)
    {
        var batch = new ExportBatchId(new Guid(1, 0, 0, [3, 0, 0, 0, 0, 0, 0, 0]));
        var customer = new CustomerId(new Guid(1, 0, 0, [4, 0, 0, 0, 0, 0, 0, 0]));
        var rows = new PayrollRow[count];
        for (int i = 0; i < count; i++)
        {
            var row = PayrollRow.Create(batch, new TimesheetEntryId(new Guid(i + 1, 0, 0, [5, 0, 0, 0, 0, 0, 0, 0])), Employee(i), Monday.PlusDays(i % 7))
                .WithHours(i % 5 == 0 ? "evening" : "work", 30 + (i % 8) * 30)
                .WithAmounts(Money.FromEuros(25m + (i % 8) * 25), Money.FromEuros(40m + (i % 8) * 40))
                .WithLinks(null, null, customer)
                .WithDescription(i % 50 == 0 ? "=1+1, \"odd\" text" : "Boiler service");
            rows[i] = i % 10 == 0 ? row.WithKilometres(12.5m, Money.FromEuros(2.88m)) : row;
        }
        return rows;
    }

    public static InsightLine[] InsightLines(int count)
    {
        var lines = new InsightLine[count];
        for (int i = 0; i < count; i++)
        {
            var status = (i % 10) switch { 0 => TimesheetEntryStatus.Draft, 1 => TimesheetEntryStatus.Submitted, 2 => TimesheetEntryStatus.Exported, _ => TimesheetEntryStatus.Approved };
            lines[i] = InsightLine.Create(Employee(i), Monday.PlusDays(i % 7), status)
                .WithBillableMinutes("work", 30 + (i % 8) * 30)
                .WithAmounts(Money.FromEuros(25m + (i % 8) * 25), Money.FromEuros(40m + (i % 8) * 40))
                .WithKilometres(i % 3, Money.FromEuros(0.23m * (i % 3)));
        }
        return lines;
    }
}
