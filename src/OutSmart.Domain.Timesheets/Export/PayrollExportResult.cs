using System.Collections.Immutable;

namespace OutSmart.Domain.Timesheets;

/// <summary>What an export or re-export produced: the stored batch, the payroll rows to write, and what was left out.</summary>
/// <remarks>Two results are equal when their batches, rows and skipped ids are equal, in order.</remarks>
public sealed record PayrollExportResult
{
    internal PayrollExportResult(ExportBatch batch, ImmutableArray<PayrollRow> rows, ImmutableArray<TimesheetEntryId> skipped)
    {
        Batch = batch;
        Rows = rows;
        Skipped = skipped;
    }

    /// <summary>Gets the stored batch.</summary>
    public ExportBatch Batch { get; }

    /// <summary>Gets the rows, one per exported entry, ordered by employee id (as text), date and entry id (as text).</summary>
    public ImmutableArray<PayrollRow> Rows { get; }

    /// <summary>
    /// Gets the entries that were approved when read but changed before they could be marked (someone reopened or saved
    /// them meanwhile, a concurrency conflict); they stay as they are and a later export picks them up. For a re-export:
    /// entries of the batch that no longer exist.
    /// </summary>
    public ImmutableArray<TimesheetEntryId> Skipped { get; }

    /// <inheritdoc />
    public bool Equals(PayrollExportResult? other) =>
        other is not null && Batch == other.Batch && Rows.SequenceEqual(other.Rows) && Skipped.SequenceEqual(other.Skipped);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Batch, Rows.Length, Skipped.Length);
}
