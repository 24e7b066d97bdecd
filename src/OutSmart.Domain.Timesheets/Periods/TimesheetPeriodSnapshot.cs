using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets;

/// <summary>The complete state of a <see cref="TimesheetPeriod"/> as plain immutable data, for storage adapters.</summary>
/// <remarks>The constructor stores what it is given; <see cref="TimesheetPeriod.Rehydrate"/> checks it. Two snapshots
/// are equal when all values are equal, the history compared line by line.</remarks>
public sealed record TimesheetPeriodSnapshot
{
    /// <summary>Creates a snapshot; nothing is checked here.</summary>
    /// <param name="id">The period id.</param>
    /// <param name="version">The stored version.</param>
    /// <param name="days">The days, both ends included.</param>
    /// <param name="isClosed">Whether it is closed.</param>
    /// <param name="history">The audit trail, oldest first.</param>
    public TimesheetPeriodSnapshot(TimesheetPeriodId id, AggregateVersion version, DateInterval days, bool isClosed, ImmutableArray<TimesheetPeriodHistoryEntry> history)
    {
        Id = id;
        Version = version;
        Days = days;
        IsClosed = isClosed;
        History = history;
    }

    /// <summary>Gets the period id.</summary>
    public TimesheetPeriodId Id { get; }

    /// <summary>Gets the stored version.</summary>
    public AggregateVersion Version { get; }

    /// <summary>Gets the days, both ends included.</summary>
    public DateInterval Days { get; }

    /// <summary>Gets a value indicating whether the period is closed.</summary>
    public bool IsClosed { get; }

    /// <summary>Gets the audit trail, oldest first.</summary>
    public ImmutableArray<TimesheetPeriodHistoryEntry> History { get; }

    /// <summary>Returns the same snapshot with another version.</summary>
    /// <param name="version">The version to store.</param>
    /// <returns>The copy.</returns>
    public TimesheetPeriodSnapshot WithVersion(AggregateVersion version) => new(Id, version, Days, IsClosed, History);

    /// <inheritdoc />
    public bool Equals(TimesheetPeriodSnapshot? other) =>
        other is not null && Id == other.Id && Version == other.Version && Days == other.Days && IsClosed == other.IsClosed
        && (History.IsDefault || other.History.IsDefault ? History.IsDefault && other.History.IsDefault : History.SequenceEqual(other.History));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, IsClosed);
}
