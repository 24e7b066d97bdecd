using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

public sealed partial record PayrollRow
{
    /// <summary>Builds the payroll row of an exported entry.</summary>
    /// <param name="entry">The entry; it must be exported (it carries the batch id).</param>
    /// <param name="rates">The rates to price work and travel at when the entry has no rate snapshot of its own (OT-06).</param>
    /// <param name="allowances">The kilometre allowance per year.</param>
    /// <returns>
    /// The row: work, travel and break entries carry their hour type (the code of the entry's rate snapshot, else of <paramref name="rates"/>, else <c>WORK</c>, <c>TRAVEL</c>,
    /// <c>BREAK</c>) and whole minutes, priced for work and travel; a break is never priced. An expense entry carries its
    /// amount and category, a kilometre entry its distance and the allowance of the entry's year. Links and description
    /// come from the entry.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entry"/> is not exported.</exception>
    public static PayrollRow FromEntry(TimesheetEntry entry, PayrollRates rates, KilometreAllowanceRates allowances)
    {
        Guard.Against.Null(entry);
        Guard.Against.Null(rates);
        Guard.Against.Null(allowances);
        if (entry.ExportBatch is not { } batch)
        {
            throw new ArgumentException("Only an exported entry has a payroll row.", nameof(entry));
        }
        var content = entry.Content;
        var row = Create(batch, entry.Id, entry.EmployeeId, entry.Date)
            .WithLinks(entry.Links.WorkOrderId, entry.Links.ProjectId, entry.Links.CustomerId)
            .WithDescription(entry.Description);
        if (content.Time is { } time)
        {
            var rate = content.Kind == TimesheetEntryKind.Break ? null : content.Rate ?? rates.For(content.Kind);
            var worked = Duration.FromMinutes((long)time.Duration.TotalMinutes);
            row = row.WithHours(rate?.HourTypeCode ?? KindCode(content.Kind), (int)worked.TotalMinutes);
            if (rate is not null)
            {
                row = row.WithAmounts(rate.CostAmount(worked), rate.BillAmount(worked));
            }
        }
        if (content.Expense is { } expense)
        {
            row = row.WithExpense(expense.Amount.RoundToCents(), expense.Category);
        }
        if (content.Kilometres is { } kilometres)
        {
            row = row.WithKilometres(kilometres.Distance, kilometres.AllowanceFor(allowances, entry.Date.Year).RoundToCents());
        }
        return row;
    }

    private static string KindCode(TimesheetEntryKind kind) => kind switch
    {
        TimesheetEntryKind.Work => "WORK",
        TimesheetEntryKind.Travel => "TRAVEL",
        _ => "BREAK",
    };
}
