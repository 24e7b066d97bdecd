using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// The hours an employee is expected to work on each day of the week (<i>contracturen per weekdag</i>), such as
/// 8:00 on Monday to Friday and nothing at the weekend (OT-01).
/// </summary>
/// <remarks>
/// Each day holds a duration from zero to 24 hours. Instances are immutable and thread-safe; changes return new
/// values. Two instances are equal when every day holds the same duration.
/// </remarks>
public sealed class WeeklyHours : IEquatable<WeeklyHours>
{
    private static readonly Duration MaxPerDay = Duration.FromDays(1);

    private readonly ImmutableArray<Duration> _days;

    private WeeklyHours(ImmutableArray<Duration> days) => _days = days;

    /// <summary>Gets a week without expected hours on any day.</summary>
    public static WeeklyHours None { get; } = new([.. Enumerable.Repeat(Duration.Zero, 8)]);

    /// <summary>Gets the expected hours of the whole week.</summary>
    public Duration Total
    {
        get
        {
            Duration total = Duration.Zero;
            for (int day = 1; day <= 7; day++)
            {
                total += _days[day];
            }
            return total;
        }
    }

    /// <summary>Creates a week with <paramref name="perDay"/> on Monday to Friday and nothing on Saturday and Sunday.</summary>
    /// <param name="perDay">The expected hours of each working day; zero to 24 hours.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perDay"/> is negative or longer than a day.</exception>
    public static WeeklyHours MondayToFriday(Duration perDay)
    {
        WeeklyHours hours = None;
        for (int day = 1; day <= 5; day++)
        {
            hours = hours.WithDay((IsoDayOfWeek)day, perDay);
        }
        return hours;
    }

    /// <summary>Creates the week that working hours imply: each day's expected hours are the length of its working intervals.</summary>
    /// <param name="workingHours">The working hours, from the scheduling package.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workingHours"/> is null.</exception>
    public static WeeklyHours FromWorkingHours(WeeklyWorkingHours workingHours)
    {
        Guard.Against.Null(workingHours);
        WeeklyHours hours = None;
        for (int day = 1; day <= 7; day++)
        {
            Duration length = Duration.Zero;
            foreach (WorkingInterval interval in workingHours.GetIntervals((IsoDayOfWeek)day))
            {
                length += interval.NominalLength;
            }
            hours = hours.WithDay((IsoDayOfWeek)day, length);
        }
        return hours;
    }

    /// <summary>Returns a week in which <paramref name="day"/> holds <paramref name="expected"/>; this value does not change.</summary>
    /// <param name="day">A day of the week.</param>
    /// <param name="expected">The expected hours; zero to 24 hours.</param>
    /// <returns>The new week.</returns>
    /// <exception cref="ArgumentException"><paramref name="day"/> is not a day of the week.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expected"/> is negative or longer than a day.</exception>
    public WeeklyHours WithDay(IsoDayOfWeek day, Duration expected)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentException($"'{day}' is not a day of the week.", nameof(day));
        }
        Guard.Against.OutOfRange(expected, nameof(expected), Duration.Zero, MaxPerDay);
        return new WeeklyHours(_days.SetItem((int)day, expected));
    }

    /// <summary>Returns the expected hours of <paramref name="day"/>.</summary>
    /// <param name="day">A day of the week.</param>
    /// <returns>The duration; zero for <see cref="IsoDayOfWeek.None"/>.</returns>
    public Duration On(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday ? _days[(int)day] : Duration.Zero;

    /// <inheritdoc/>
    public bool Equals(WeeklyHours? other) => other is not null && _days.AsSpan().SequenceEqual(other._days.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeeklyHours);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (Duration day in _days)
        {
            hash.Add(day);
        }
        return hash.ToHashCode();
    }
}
