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
/// <para>The paged queries return entries in one fixed order: by <see cref="TimesheetEntry.Date"/>, then by start
/// (entries without a start first), then by <see cref="TimesheetEntry.CreatedAt"/>, then by id.</para>
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
}
