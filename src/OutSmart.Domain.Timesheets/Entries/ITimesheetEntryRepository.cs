using System.Collections.Immutable;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Stores timesheet entries. An import key identifies at most one stored entry (TS-13).</summary>
/// <remarks>
/// <para>Implementations compare <see cref="TimesheetEntry.Version"/> on save, keep snapshots (a caller never holds
/// stored state), check the import key atomically with the insert, and honour the cancellation token before anything
/// is stored.</para>
/// <para>The paged queries and <see cref="StreamByStatusAsync"/> return entries in one fixed order: by
/// <see cref="TimesheetEntry.Date"/>, then by start (entries without a start first), then by
/// <see cref="TimesheetEntry.CreatedAt"/>, then by id.</para>
/// </remarks>
public interface ITimesheetEntryRepository
{
    /// <summary>Loads an entry.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A fresh entry, or <see langword="null"/> when none is stored.</returns>
    Task<TimesheetEntry?> GetAsync(TimesheetEntryId id, CancellationToken cancellationToken);

    /// <summary>Loads the entry imported under a key.</summary>
    /// <param name="key">The import key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A fresh entry, or <see langword="null"/> when no entry has the key.</returns>
    Task<TimesheetEntry?> FindByImportKeyAsync(ImportKey key, CancellationToken cancellationToken);

    /// <summary>Adds an entry that was never saved.</summary>
    /// <param name="entry">The entry, at <see cref="AggregateVersion.New"/>.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>; <see cref="ConcurrencyConflict"/> when the id is stored already; or
    /// <see cref="ImportKeyTaken"/> when another entry has its import key.</returns>
    Task<OneOf<Success, ConcurrencyConflict, ImportKeyTaken>> AddAsync(TimesheetEntry entry, CancellationToken cancellationToken);

    /// <summary>Saves a changed entry when the stored version is still the one it was loaded with.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/>.</returns>
    Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetEntry entry, CancellationToken cancellationToken);

    /// <summary>Returns an employee's entries whose date lies in <paramref name="days"/>, in the fixed order.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page.</returns>
    Task<Page<TimesheetEntry>> FindByEmployeeAsync(EmployeeId employeeId, DateInterval days, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Returns the entries of all employees with a status whose date lies in <paramref name="days"/>, in the fixed order.</summary>
    /// <param name="status">The status.</param>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page.</returns>
    Task<Page<TimesheetEntry>> FindByStatusAsync(TimesheetEntryStatus status, DateInterval days, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Streams every entry with a status whose date lies in <paramref name="days"/>, in the fixed order, without
    /// paging: for a pass over all of them (a payroll export of 100,000 entries), where offset paging would read the
    /// table again for every page.</summary>
    /// <param name="status">The status.</param>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="cancellationToken">Cancels the query and the enumeration.</param>
    /// <returns>The entries, each freshly rehydrated, as the store yields them: a database adapter reads its rows one
    /// by one as the caller enumerates and never holds the whole result. The entries are those stored when the
    /// enumeration starts (writes made while it runs, by the caller or others, may or may not be seen); the caller may
    /// save entries while it enumerates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    IAsyncEnumerable<TimesheetEntry> StreamByStatusAsync(TimesheetEntryStatus status, DateInterval days, CancellationToken cancellationToken);

    /// <summary>Saves a batch of changed entries in one transaction: each one only when its stored version is still the
    /// one it was loaded with.</summary>
    /// <param name="entries">The entries, each loaded from this store; an entry appears at most once.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns>One result per entry, in input order: <see cref="Success"/> for an entry that was written (and is now
    /// marked saved at its next version), or <see cref="ConcurrencyConflict"/> for one whose stored version differs or
    /// that was never added (it is not written; the others still are). The whole batch is one transaction: a failure
    /// or cancellation stores none of it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of its items is null.</exception>
    Task<ImmutableArray<OneOf<Success, ConcurrencyConflict>>> SaveManyAsync(IReadOnlyList<TimesheetEntry> entries, CancellationToken cancellationToken);
}
