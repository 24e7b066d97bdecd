using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Timesheets;

/// <summary>The days that closed timesheet periods lock (TS-16): the entry commands take this value and refuse to
/// create or change anything on a locked date.</summary>
/// <remarks>
/// <para>Build it from the periods that cover the dates a command touches (<see cref="From"/>);
/// <see cref="TimesheetCommands"/> does so for every command, so the lock cannot be bypassed through that service.
/// <see cref="None"/> locks nothing: for tests and for hosts that do not close periods.</para>
/// <para>Instances are immutable; two values are equal when they lock the same intervals in the same order.</para>
/// </remarks>
public sealed record PeriodLocks
{
    private readonly ImmutableArray<DateInterval> _locked;

    private PeriodLocks(ImmutableArray<DateInterval> locked) => _locked = locked;

    /// <summary>Gets a value that locks nothing.</summary>
    public static PeriodLocks None { get; } = new([]);

    /// <summary>Gets the locked day ranges (both ends included), in the order given.</summary>
    public ImmutableArray<DateInterval> Locked => _locked;

    /// <summary>Creates the locks of the closed periods among <paramref name="periods"/>; open ones lock nothing.</summary>
    /// <param name="periods">Periods, open or closed.</param>
    /// <returns>The locks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or one of them is null.</exception>
    public static PeriodLocks From(IEnumerable<TimesheetPeriod> periods)
    {
        Guard.Against.Null(periods);
        var locked = ImmutableArray.CreateBuilder<DateInterval>();
        foreach (TimesheetPeriod period in periods)
        {
            Guard.Against.Null(period, nameof(periods));
            if (period.IsClosed)
            {
                locked.Add(period.Days);
            }
        }
        return new PeriodLocks(locked.ToImmutable());
    }

    /// <summary>Tells whether a date lies in a closed period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when a locked interval contains it.</returns>
    public bool IsLocked(LocalDate date)
    {
        foreach (DateInterval interval in _locked)
        {
            if (interval.Contains(date))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc />
    public bool Equals(PeriodLocks? other) => other is not null && _locked.SequenceEqual(other._locked);

    /// <inheritdoc />
    public override int GetHashCode() => _locked.Length;
}
