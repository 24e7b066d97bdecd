using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// The record of one payroll export run (exportbatch, TS-24): which approved entries of which period were handed to
/// payroll, when and by whom.
/// </summary>
/// <remarks>
/// <para>
/// A batch never changes once stored. An explicit re-export of a batch (the file was lost, payroll asks again) is
/// itself a batch: it lists the same entries, points to the original with <see cref="ReExportOf"/>, and its rows carry
/// the original batch id, the one on the entries. So the audit trail shows every file that left the system.
/// </para>
/// <para>Two batches are equal when all their values are equal, entries in the same order.</para>
/// </remarks>
public sealed record ExportBatch
{
    private ExportBatch(ExportBatchId id, DateInterval period, ImmutableArray<TimesheetEntryId> entries, ExportBatchId? reExportOf, EmployeeId exportedBy, Instant exportedAt)
    {
        Id = id;
        Period = period;
        Entries = entries;
        ReExportOf = reExportOf;
        ExportedBy = exportedBy;
        ExportedAt = exportedAt;
    }

    /// <summary>Gets the batch id.</summary>
    public ExportBatchId Id { get; }

    /// <summary>Gets the exported period (for example an ISO week), both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the exported entries in the order of the file; never empty, no duplicates.</summary>
    public ImmutableArray<TimesheetEntryId> Entries { get; }

    /// <summary>Gets the batch this one re-exports, or null for a first export.</summary>
    public ExportBatchId? ReExportOf { get; }

    /// <summary>Gets the employee who exported.</summary>
    public EmployeeId ExportedBy { get; }

    /// <summary>Gets when the batch was exported.</summary>
    public Instant ExportedAt { get; }

    /// <summary>Gets the batch id the rows of this batch carry: <see cref="ReExportOf"/> for a re-export, else <see cref="Id"/>.</summary>
    public ExportBatchId RowBatch => ReExportOf ?? Id;

    /// <summary>Records a first export of entries.</summary>
    /// <param name="id">The new batch's id.</param>
    /// <param name="period">The exported period.</param>
    /// <param name="entries">The exported entries, at least one, no duplicates.</param>
    /// <param name="actor">Who exported.</param>
    /// <param name="now">When.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, <paramref name="entries"/> is empty or holds a duplicate.</exception>
    public static ExportBatch Record(ExportBatchId id, DateInterval period, IEnumerable<TimesheetEntryId> entries, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        return Restore(id, period, entries, null, actor.EmployeeId, now);
    }

    /// <summary>Records an explicit re-export of <paramref name="original"/>: the same period and entries, a new id.</summary>
    /// <param name="id">The re-export's id, not the original's.</param>
    /// <param name="original">The batch to export again.</param>
    /// <param name="actor">Who re-exported.</param>
    /// <param name="now">When.</param>
    /// <returns>The re-export batch; its <see cref="RowBatch"/> is the first export's id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or the original's id.</exception>
    public static ExportBatch RecordReExport(ExportBatchId id, ExportBatch original, Actor actor, Instant now)
    {
        Guard.Against.Null(original);
        Guard.Against.Null(actor);
        if (id == original.Id)
        {
            throw new ArgumentException("A re-export gets an id of its own.", nameof(id));
        }
        return Restore(id, original.Period, original.Entries, original.RowBatch, actor.EmployeeId, now);
    }

    /// <summary>Rebuilds a stored batch, validating it as <see cref="Record"/> does (for storage adapters).</summary>
    /// <param name="id">The batch id.</param>
    /// <param name="period">The exported period.</param>
    /// <param name="entries">The exported entries, at least one, no duplicates.</param>
    /// <param name="reExportOf">The re-exported batch, or null.</param>
    /// <param name="exportedBy">Who exported.</param>
    /// <param name="exportedAt">When.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, <paramref name="entries"/> is empty or holds a duplicate,
    /// or <paramref name="reExportOf"/> is the batch itself.</exception>
    public static ExportBatch Restore(
        ExportBatchId id, DateInterval period, IEnumerable<TimesheetEntryId> entries, ExportBatchId? reExportOf, EmployeeId exportedBy, Instant exportedAt)
    {
        Guard.Against.Default(id);
        Guard.Against.Null(period);
        Guard.Against.Null(entries);
        Guard.Against.Default(exportedBy);
        var list = entries.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A batch exports at least one entry.", nameof(entries));
        }
        var seen = new HashSet<TimesheetEntryId>(list.Length);
        foreach (var entry in list)
        {
            if (entry.IsEmpty || !seen.Add(entry))
            {
                throw new ArgumentException($"A batch lists each entry once and no empty id: {entry}.", nameof(entries));
            }
        }
        if (reExportOf is { } of && (of.IsEmpty || of == id))
        {
            throw new ArgumentException("A re-export points to another, non-empty batch.", nameof(reExportOf));
        }
        return new ExportBatch(id, period, list, reExportOf, exportedBy, exportedAt);
    }

    /// <inheritdoc />
    public bool Equals(ExportBatch? other) =>
        other is not null && Id == other.Id && Period == other.Period && ReExportOf == other.ReExportOf && ExportedBy == other.ExportedBy
        && ExportedAt == other.ExportedAt && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Period, ExportedAt, Entries.Length);
}
