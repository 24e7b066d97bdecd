using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>An export found no approved, not yet exported entry in the period (TS-24): running it again exports nothing new.</summary>
/// <param name="Period">The period asked for.</param>
public sealed record NothingToExport(DateInterval Period) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_NOTHING_TO_EXPORT";

    /// <inheritdoc />
    public string Message => $"There are no approved hours from {Period.Start:yyyy-MM-dd} to {Period.End:yyyy-MM-dd} that were not exported yet.";
}

/// <summary>The actor may not export hours to payroll: it needs <see cref="PayrollExport.Permission"/> or <see cref="TimesheetPermissions.Admin"/>.</summary>
/// <param name="EmployeeId">Who tried.</param>
public sealed record ExportNotAllowed(EmployeeId EmployeeId) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_EXPORT_NOT_ALLOWED";

    /// <inheritdoc />
    public string Message => "Only payroll administrators can export hours.";
}

/// <summary>A re-export asked for a batch that does not exist.</summary>
/// <param name="Batch">The batch asked for.</param>
public sealed record ExportBatchNotFound(ExportBatchId Batch) : IDomainError
{
    /// <inheritdoc />
    public string Code => "TS_EXPORT_BATCH_NOT_FOUND";

    /// <inheritdoc />
    public string Message => $"There is no export batch {Batch}.";
}
