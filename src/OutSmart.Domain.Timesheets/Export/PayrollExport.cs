using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// Exports the approved hours of a period to payroll (salarisexport, TS-24): marks each entry exported with a batch id,
/// stores the batch and returns the payroll rows; exporting again exports nothing new unless a re-export is asked for.
/// </summary>
/// <remarks>
/// <para>
/// Idempotent: only entries that are approved and not exported are picked up, and exporting marks them exported, so a
/// second run over the same period finds nothing (<see cref="NothingToExport"/>) and exporting twice leaves the store
/// as exporting once. Hours approved after an export go into the next batch. A lost file is written again with
/// <see cref="ReExportAsync"/>, which changes no entry and records the re-export as a batch of its own.
/// </para>
/// <para>
/// The approved entries are streamed (<see cref="ITimesheetEntryRepository.StreamByStatusAsync"/>, never paged or held
/// whole), marked in groups of <see cref="SaveBatchSize"/> saved with one
/// <see cref="ITimesheetEntryRepository.SaveManyAsync"/> each, and then the batch is stored: an entry that changed
/// meanwhile is skipped and reported (never exported twice). Should the process stop between marking and storing the
/// batch, the marked entries still carry the batch id, which is where payroll reads it.
/// </para>
/// <para>Registered by <see cref="TimesheetsServiceCollectionExtensions.AddOutSmartTimesheets"/> as transient; thread-safe
/// when the repositories are.</para>
/// </remarks>
public sealed class PayrollExport
{
    /// <summary>The permission that allows exporting hours to payroll; <see cref="TimesheetPermissions.Admin"/> allows it too.</summary>
    public const string Permission = "timesheets.export";

    /// <summary>How many marked entries one <see cref="ITimesheetEntryRepository.SaveManyAsync"/> call saves.</summary>
    public const int SaveBatchSize = 500;

    private readonly ITimesheetEntryRepository _entries;
    private readonly IExportBatchRepository _batches;
    private readonly PayrollRates _rates;
    private readonly KilometreAllowanceRates _allowances;

    /// <summary>Creates the service.</summary>
    /// <param name="entries">Where entries are stored.</param>
    /// <param name="batches">Where export batches are stored.</param>
    /// <param name="rates">The rates hours are priced at.</param>
    /// <param name="allowances">The kilometre allowance per year.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PayrollExport(ITimesheetEntryRepository entries, IExportBatchRepository batches, PayrollRates rates, KilometreAllowanceRates allowances)
    {
        _entries = Guard.Against.Null(entries);
        _batches = Guard.Against.Null(batches);
        _rates = Guard.Against.Null(rates);
        _allowances = Guard.Against.Null(allowances);
    }

    /// <summary>Exports the approved, not yet exported entries dated in <paramref name="period"/>.</summary>
    /// <param name="batchId">The new batch's id, chosen by the caller.</param>
    /// <param name="period">The dates to export, both ends included (for example an ISO week).</param>
    /// <param name="actor">Who exports; needs <see cref="Permission"/> or <see cref="TimesheetPermissions.Admin"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and storing.</param>
    /// <returns>
    /// The result with the batch and its rows; <see cref="NothingToExport"/> when no entry is left to export (also when
    /// every one changed meanwhile); <see cref="ExportNotAllowed"/>; or <see cref="ConcurrencyConflict"/> when a batch
    /// with <paramref name="batchId"/> exists (nothing is marked then).
    /// </returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="batchId"/> is empty.</exception>
    public async Task<OneOf<PayrollExportResult, NothingToExport, ExportNotAllowed, ConcurrencyConflict>> ExportAsync(
        ExportBatchId batchId, DateInterval period, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Default(batchId);
        Guard.Against.Null(period);
        Guard.Against.Null(actor);
        if (!MayExport(actor))
        {
            return new ExportNotAllowed(actor.EmployeeId);
        }
        if (await _batches.GetAsync(batchId, cancellationToken).ConfigureAwait(false) is { } taken)
        {
            return Taken(taken);
        }
        var rows = new List<PayrollRow>();
        var skipped = ImmutableArray.CreateBuilder<TimesheetEntryId>();
        var marked = new List<TimesheetEntry>(SaveBatchSize);
        await foreach (var entry in _entries.StreamByStatusAsync(TimesheetEntryStatus.Approved, period, cancellationToken).ConfigureAwait(false))
        {
            if (entry.ExportBatch is null && entry.Export(batchId, actor, now).IsT0)
            {
                marked.Add(entry);
                if (marked.Count == SaveBatchSize)
                {
                    await SaveMarkedAsync(marked, rows, skipped, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                skipped.Add(entry.Id);
            }
        }
        await SaveMarkedAsync(marked, rows, skipped, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return new NothingToExport(period);
        }
        var sorted = Sorted([.. rows]);
        var batch = ExportBatch.Record(batchId, period, sorted.Select(r => r.Entry), actor, now);
        var added = await _batches.AddAsync(batch, cancellationToken).ConfigureAwait(false);
        if (added.TryPickT1(out var conflict, out _))
        {
            return conflict;
        }
        return new PayrollExportResult(batch, sorted, skipped.DrainToImmutable());
    }

    /// <summary>Exports a batch again, as explicitly asked for: the same entries and rows, recorded as a new batch.</summary>
    /// <param name="batchId">The re-export's own id.</param>
    /// <param name="original">The batch to export again (a first export or a re-export of one).</param>
    /// <param name="actor">Who re-exports; needs <see cref="Permission"/> or <see cref="TimesheetPermissions.Admin"/>.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels loading and storing.</param>
    /// <returns>
    /// The result: the re-export batch and the rows, which carry the first export's batch id as the entries do;
    /// <see cref="ExportBatchNotFound"/>; <see cref="ExportNotAllowed"/>; or <see cref="ConcurrencyConflict"/> when a
    /// batch with <paramref name="batchId"/> exists. No entry changes.
    /// </returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, or both are the same.</exception>
    public async Task<OneOf<PayrollExportResult, ExportBatchNotFound, ExportNotAllowed, ConcurrencyConflict>> ReExportAsync(
        ExportBatchId batchId, ExportBatchId original, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        Guard.Against.Default(batchId);
        Guard.Against.Default(original);
        Guard.Against.Null(actor);
        if (batchId == original)
        {
            throw new ArgumentException("A re-export gets an id of its own.", nameof(batchId));
        }
        if (!MayExport(actor))
        {
            return new ExportNotAllowed(actor.EmployeeId);
        }
        if (await _batches.GetAsync(original, cancellationToken).ConfigureAwait(false) is not { } first)
        {
            return new ExportBatchNotFound(original);
        }
        if (await _batches.GetAsync(batchId, cancellationToken).ConfigureAwait(false) is { } taken)
        {
            return Taken(taken);
        }
        var entries = new List<TimesheetEntry>(first.Entries.Length);
        var skipped = ImmutableArray.CreateBuilder<TimesheetEntryId>();
        foreach (var id in first.Entries)
        {
            if (await _entries.GetAsync(id, cancellationToken).ConfigureAwait(false) is { ExportBatch: not null } entry)
            {
                entries.Add(entry);
            }
            else
            {
                skipped.Add(id);
            }
        }
        var batch = ExportBatch.RecordReExport(batchId, first, actor, now);
        var added = await _batches.AddAsync(batch, cancellationToken).ConfigureAwait(false);
        if (added.TryPickT1(out var conflict, out _))
        {
            return conflict;
        }
        return new PayrollExportResult(batch, RowsOf(entries), skipped.DrainToImmutable());
    }

    private static bool MayExport(Actor actor) => actor.HasPermission(Permission) || actor.HasPermission(TimesheetPermissions.Admin);

    private static ConcurrencyConflict Taken(ExportBatch taken) =>
        new(nameof(ExportBatch), taken.Id.Value, AggregateVersion.New, AggregateVersion.New.Next());

    // Saves the marked entries in one batch: a written one becomes a row, a conflicting one is skipped.
    private async Task SaveMarkedAsync(
        List<TimesheetEntry> marked, List<PayrollRow> rows, ImmutableArray<TimesheetEntryId>.Builder skipped, CancellationToken cancellationToken)
    {
        if (marked.Count == 0)
        {
            return;
        }
        var saved = await _entries.SaveManyAsync(marked, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < marked.Count; i++)
        {
            if (saved[i].IsT0)
            {
                rows.Add(PayrollRow.FromEntry(marked[i], _rates, _allowances));
            }
            else
            {
                skipped.Add(marked[i].Id);
            }
        }
        marked.Clear();
    }

    private ImmutableArray<PayrollRow> RowsOf(List<TimesheetEntry> entries)
    {
        var rows = new PayrollRow[entries.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = PayrollRow.FromEntry(entries[i], _rates, _allowances);
        }
        return Sorted(rows);
    }

    private static ImmutableArray<PayrollRow> Sorted(PayrollRow[] rows)
    {
        Array.Sort(rows, static (a, b) =>
        {
            int byEmployee = string.CompareOrdinal(a.Employee.ToString(), b.Employee.ToString());
            int byDate = a.Date.CompareTo(b.Date);
            return byEmployee != 0 ? byEmployee : byDate != 0 ? byDate : string.CompareOrdinal(a.Entry.ToString(), b.Entry.ToString());
        });
        return [.. rows];
    }
}
