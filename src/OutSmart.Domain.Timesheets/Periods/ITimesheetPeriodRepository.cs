using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>Stores timesheet periods. Stored periods never overlap.</summary>
/// <remarks>Implementations compare <see cref="TimesheetPeriod.Version"/> on save, keep snapshots (a caller never holds
/// stored state), and honour the cancellation token before anything is stored.</remarks>
public interface ITimesheetPeriodRepository
{
    /// <summary>Loads a period.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A fresh period, or <see langword="null"/> when none is stored.</returns>
    Task<TimesheetPeriod?> GetAsync(TimesheetPeriodId id, CancellationToken cancellationToken);

    /// <summary>Adds a period that was never saved.</summary>
    /// <param name="period">The period, at <see cref="AggregateVersion.New"/>.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>; <see cref="ConcurrencyConflict"/> when the id is stored already; or
    /// <see cref="TimesheetPeriodOverlaps"/> when it shares a day with a stored period (checked atomically with the insert).</returns>
    Task<OneOf<Success, ConcurrencyConflict, TimesheetPeriodOverlaps>> AddAsync(TimesheetPeriod period, CancellationToken cancellationToken);

    /// <summary>Saves a changed period when the stored version is still the one it was loaded with.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    /// <returns><see cref="Success"/>, or <see cref="ConcurrencyConflict"/>.</returns>
    Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetPeriod period, CancellationToken cancellationToken);

    /// <summary>Returns the periods that share at least one day with <paramref name="days"/>, open or closed, ordered by
    /// their first day.</summary>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page.</returns>
    Task<Page<TimesheetPeriod>> FindOverlappingAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken);
}
