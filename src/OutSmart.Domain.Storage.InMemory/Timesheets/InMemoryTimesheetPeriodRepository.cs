using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.InMemory;

/// <summary>A thread-safe, in-memory <see cref="ITimesheetPeriodRepository"/>: the reference adapter for tests, samples and prototypes.</summary>
/// <remarks>
/// <para>Periods are kept as <see cref="TimesheetPeriodSnapshot"/>s. An add checks that no stored period shares a day
/// with the new one under the store's lock (O(n)); queries scan a moment-in-time copy, ordered by first day, then id.</para>
/// <para>Nothing survives the process: use it for tests and demos, not production.</para>
/// </remarks>
public sealed class InMemoryTimesheetPeriodRepository : ITimesheetPeriodRepository
{
    private readonly SnapshotStore<TimesheetPeriodId, TimesheetPeriodSnapshot> _store = new(
        nameof(TimesheetPeriod),
        idOf: static s => s.Id,
        guidOf: static id => id.Value,
        versionOf: static s => s.Version,
        withVersion: static (s, version) => s.WithVersion(version),
        order: static (a, b) => a.Days.Start.CompareTo(b.Days.Start));

    /// <summary>Gets how many periods are stored.</summary>
    public int Count => _store.Count;

    /// <inheritdoc />
    public Task<TimesheetPeriod?> GetAsync(TimesheetPeriodId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Find(id) is { } snapshot ? TimesheetPeriod.Rehydrate(snapshot) : null);
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict, TimesheetPeriodOverlaps>> AddAsync(TimesheetPeriod period, CancellationToken cancellationToken)
    {
        Guard.Against.Null(period);
        if (period.Version != AggregateVersion.New)
        {
            throw new ArgumentException("Only a period that was never saved can be added; use SaveAsync.", nameof(period));
        }
        return Task.FromResult(_store.Add(period.ToSnapshot(), ClaimDays, period.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<OneOf<Success, ConcurrencyConflict>> SaveAsync(TimesheetPeriod period, CancellationToken cancellationToken)
    {
        Guard.Against.Null(period);
        return Task.FromResult(_store.Save(period.ToSnapshot(), period.MarkSaved, cancellationToken));
    }

    /// <inheritdoc />
    public Task<Page<TimesheetPeriod>> FindOverlappingAsync(DateInterval days, PageRequest page, CancellationToken cancellationToken)
    {
        Guard.Against.Null(days);
        return Task.FromResult(_store.Query(s => Overlap(s.Days, days), page, TimesheetPeriod.Rehydrate, cancellationToken));
    }

    private static bool Overlap(DateInterval a, DateInterval b) => a.Start <= b.End && b.Start <= a.End;

    // Runs under the store's lock: refuses a period that shares a day with a stored one.
    private TimesheetPeriodOverlaps? ClaimDays(TimesheetPeriodSnapshot snapshot)
    {
        foreach (TimesheetPeriodSnapshot stored in _store.Snapshots)
        {
            if (Overlap(stored.Days, snapshot.Days))
            {
                return new TimesheetPeriodOverlaps(snapshot.Days, stored.Id);
            }
        }
        return null;
    }
}
