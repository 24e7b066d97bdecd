using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>The working hours of each day of the week, in local time: Monday to Friday 08:00–12:00 and 12:30–17:00.</summary>
/// <remarks>
/// Each day holds zero or more <see cref="WorkingInterval"/>s, ordered and without overlap (touching intervals are
/// merged). A day without intervals is not a working day. Instances are immutable and thread-safe; two are equal
/// when every day holds equal intervals.
/// </remarks>
public sealed class WeeklyWorkingHours : IEquatable<WeeklyWorkingHours>
{
    private readonly ImmutableArray<ImmutableArray<WorkingInterval>> _days;

    private WeeklyWorkingHours(ImmutableArray<ImmutableArray<WorkingInterval>> days) => _days = days;

    /// <summary>Gets working hours without any working time; business time never advances in them.</summary>
    public static WeeklyWorkingHours None { get; } = new([.. Enumerable.Repeat(ImmutableArray<WorkingInterval>.Empty, 8)]);

    /// <summary>Gets a value indicating whether at least one day of the week has working time.</summary>
    public bool HasWorkingTime => _days.Any(d => !d.IsEmpty);

    /// <summary>Creates working hours of <paramref name="start"/>–<paramref name="end"/> on Monday to Friday.</summary>
    /// <param name="start">The local time work starts.</param>
    /// <param name="end">The local time work stops; <see cref="LocalTime.Midnight"/> for the end of the day.</param>
    /// <returns>The working hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not later than <paramref name="start"/> and is not midnight.</exception>
    public static WeeklyWorkingHours MondayToFriday(LocalTime start, LocalTime end)
    {
        WorkingInterval interval = WorkingInterval.Between(start, end);
        WeeklyWorkingHours hours = None;
        foreach (IsoDayOfWeek day in WorkingWeek.MondayToFriday.Days)
        {
            hours = hours.WithDay(day, interval);
        }
        return hours;
    }

    /// <summary>Returns working hours in which <paramref name="day"/> holds <paramref name="intervals"/>; this value does not change.</summary>
    /// <param name="day">The day of the week to set.</param>
    /// <param name="intervals">The day's working intervals, in any order, without overlap; none makes the day a day off.</param>
    /// <returns>The new working hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is or contains <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not a day of the week, or two intervals overlap.</exception>
    public WeeklyWorkingHours WithDay(IsoDayOfWeek day, params IEnumerable<WorkingInterval> intervals)
    {
        Guard.Against.Null(intervals);
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentException($"'{day}' is not a day of the week.", nameof(day));
        }
        var sorted = intervals.ToList();
        if (sorted.Exists(i => i is null))
        {
            throw new ArgumentNullException(nameof(intervals), "A working interval in the list is null.");
        }
        sorted.Sort((a, b) => a.StartNanosecondOfDay.CompareTo(b.StartNanosecondOfDay));
        var merged = new List<WorkingInterval>(sorted.Count);
        foreach (WorkingInterval interval in sorted)
        {
            if (merged.Count > 0 && merged[^1].EndNanosecondOfDay > interval.StartNanosecondOfDay)
            {
                throw new ArgumentException($"Working intervals overlap on {day}: {merged[^1].Start:HH:mm}–{merged[^1].End:HH:mm} and {interval.Start:HH:mm}–{interval.End:HH:mm}.", nameof(intervals));
            }
            if (merged.Count > 0 && merged[^1].EndNanosecondOfDay == interval.StartNanosecondOfDay)
            {
                merged[^1] = WorkingInterval.Between(merged[^1].Start, interval.End);
            }
            else
            {
                merged.Add(interval);
            }
        }
        return new WeeklyWorkingHours(_days.SetItem((int)day, [.. merged]));
    }

    /// <summary>Returns the working intervals of <paramref name="day"/>.</summary>
    /// <param name="day">A day of the week.</param>
    /// <returns>The intervals, ordered and without overlap; empty on a day off or for <see cref="IsoDayOfWeek.None"/>.</returns>
    public ImmutableArray<WorkingInterval> GetIntervals(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? _days[(int)day] : [];

    /// <summary>Returns the working week these hours imply: the days that have working time.</summary>
    /// <returns>The working week, or <see langword="null"/> when no day has working time.</returns>
    public WorkingWeek? ToWorkingWeek()
    {
        var days = Enumerable.Range(1, 7).Where(d => !_days[d].IsEmpty).Select(d => (IsoDayOfWeek)d).ToList();
        return days.Count == 0 ? null : WorkingWeek.Of(days);
    }

    /// <inheritdoc/>
    public bool Equals(WeeklyWorkingHours? other) =>
        other is not null && (ReferenceEquals(this, other) || _days.Zip(other._days).All(p => p.First.SequenceEqual(p.Second)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeeklyWorkingHours);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (ImmutableArray<WorkingInterval> day in _days)
        {
            hash.Add(day.Length);
            foreach (WorkingInterval interval in day)
            {
                hash.Add(interval);
            }
        }
        return hash.ToHashCode();
    }
}
