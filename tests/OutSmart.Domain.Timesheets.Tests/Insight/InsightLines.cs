using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.Insight;

internal static class InsightLines
{
    public static readonly EmployeeId Anna = new(Guid.Parse("a0000000-0000-0000-0000-000000000001"));
    public static readonly EmployeeId Bram = new(Guid.Parse("b0000000-0000-0000-0000-000000000002"));
    public static readonly CustomerId Bakkerij = new(Guid.Parse("c0000000-0000-0000-0000-000000000003"));
    public static readonly ProjectId Renovatie = new(Guid.Parse("d0000000-0000-0000-0000-000000000004"));
    public static readonly WorkOrderId Werkbon = new(Guid.Parse("e0000000-0000-0000-0000-000000000005"));
    public static readonly LocalDate Monday = new(2026, 11, 16);

    public static InsightLine Work(EmployeeId employee, LocalDate date, int minutes, TimesheetEntryStatus status = TimesheetEntryStatus.Approved) =>
        InsightLine.Create(employee, date, status).WithBillableMinutes("work", minutes);
}
