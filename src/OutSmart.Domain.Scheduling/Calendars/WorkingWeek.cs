using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>The days of the week on which work is done, before holidays are taken into account.</summary>
/// <remarks>A working week always has at least one working day. Two weeks are equal when they hold the same days.</remarks>
public sealed record WorkingWeek
{
    private readonly byte _mask;

    private WorkingWeek(byte mask) => _mask = mask;

    /// <summary>Gets the usual working week: Monday to Friday.</summary>
    public static WorkingWeek MondayToFriday { get; } = Of(
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

    /// <summary>Gets the working days, ordered from Monday to Sunday.</summary>
    public ImmutableArray<IsoDayOfWeek> Days
    {
        get
        {
            byte mask = _mask;
            return [.. Enumerable.Range(1, 7).Where(d => (mask & (1 << d)) != 0).Select(d => (IsoDayOfWeek)d)];
        }
    }

    /// <summary>Creates a working week of <paramref name="days"/>.</summary>
    /// <param name="days">One or more days of the week; repeats are ignored.</param>
    /// <returns>The working week.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty or holds <see cref="IsoDayOfWeek.None"/> or an undefined value.</exception>
    public static WorkingWeek Of(params IEnumerable<IsoDayOfWeek> days)
    {
        Guard.Against.Null(days);
        byte mask = 0;
        foreach (IsoDayOfWeek day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(days));
            }
            mask |= (byte)(1 << (int)day);
        }
        if (mask == 0)
        {
            throw new ArgumentException("A working week needs at least one working day.", nameof(days));
        }
        return new WorkingWeek(mask);
    }

    /// <summary>Returns whether <paramref name="day"/> is a working day of this week.</summary>
    /// <param name="day">A day of the week; <see cref="IsoDayOfWeek.None"/> is never a working day.</param>
    /// <returns><see langword="true"/> when work is done on that day of the week.</returns>
    public bool IsWorkingDay(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday && (_mask & (1 << (int)day)) != 0;
}
