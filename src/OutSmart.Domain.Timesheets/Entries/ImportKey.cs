using Ardalis.GuardClauses;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The key of an entry imported from a work order (TS-13): the work order, the line on it the hours came
/// from, and the employee. One key identifies at most one entry, so importing twice never creates a second entry.</summary>
/// <remarks>Two keys are equal when the work order, the source line (ordinal) and the employee are equal.</remarks>
public sealed record ImportKey
{
    /// <summary>The longest source line id, in UTF-16 code units.</summary>
    public const int MaxSourceLineLength = 100;

    private ImportKey(WorkOrderId workOrderId, string sourceLineId, EmployeeId employeeId)
    {
        WorkOrderId = workOrderId;
        SourceLineId = sourceLineId;
        EmployeeId = employeeId;
    }

    /// <summary>Gets the work order the hours came from.</summary>
    public WorkOrderId WorkOrderId { get; }

    /// <summary>Gets the line on the work order the hours came from, as the host names it; trimmed, not blank.</summary>
    public string SourceLineId { get; }

    /// <summary>Gets the employee whose hours they are.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Creates a key.</summary>
    /// <param name="workOrderId">Not empty.</param>
    /// <param name="sourceLineId">Not blank; at most <see cref="MaxSourceLineLength"/> characters after trimming.</param>
    /// <param name="employeeId">Not empty.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">An id is empty, or the source line is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="sourceLineId"/> is null.</exception>
    public static ImportKey Create(WorkOrderId workOrderId, string sourceLineId, EmployeeId employeeId)
    {
        Guard.Against.Default(workOrderId);
        Guard.Against.NullOrWhiteSpace(sourceLineId);
        Guard.Against.Default(employeeId);
        string trimmed = sourceLineId.Trim();
        Guard.Against.OutOfRange(trimmed.Length, nameof(sourceLineId), 1, MaxSourceLineLength);
        return new ImportKey(workOrderId, trimmed, employeeId);
    }

    /// <summary>Returns the key for logs, as <c>workorder/line/employee</c>.</summary>
    /// <returns>The three parts separated by slashes.</returns>
    public override string ToString() => $"{WorkOrderId}/{SourceLineId}/{EmployeeId}";
}
