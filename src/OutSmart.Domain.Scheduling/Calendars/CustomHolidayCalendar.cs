using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>A holiday calendar made of explicit dates: company closing days, regional holidays, bridge days.</summary>
/// <remarks>
/// Instances are immutable and thread-safe. Two calendars are equal when they hold the same holidays, in any order.
/// Exact duplicates (same date, name and local name) are kept once; different holidays on one date are all kept.
/// </remarks>
public sealed class CustomHolidayCalendar : IHolidayCalendar, IEquatable<CustomHolidayCalendar>
{
    private readonly FrozenDictionary<int, ImmutableArray<Holiday>> _byYear;
    private readonly FrozenSet<LocalDate> _dates;

    private CustomHolidayCalendar(ImmutableArray<Holiday> holidays)
    {
        Holidays = holidays;
        _byYear = holidays.GroupBy(h => h.Date.Year).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _dates = holidays.Select(h => h.Date).ToFrozenSet();
    }

    /// <summary>Gets a calendar without any holiday.</summary>
    public static CustomHolidayCalendar Empty { get; } = new([]);

    /// <summary>Gets every holiday of the calendar, ordered by date and then by ordinal name.</summary>
    public ImmutableArray<Holiday> Holidays { get; }

    /// <summary>Creates a calendar holding <paramref name="holidays"/>.</summary>
    /// <param name="holidays">The holidays, in any order; none may be <see langword="null"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is or contains <see langword="null"/>.</exception>
    public static CustomHolidayCalendar Create(IEnumerable<Holiday> holidays)
    {
        Guard.Against.Null(holidays);
        var list = holidays.ToList();
        if (list.Exists(h => h is null))
        {
            throw new ArgumentNullException(nameof(holidays), "A holiday in the list is null.");
        }
        list.Sort(HolidayOrder.Instance);
        return new CustomHolidayCalendar([.. list.Distinct()]);
    }

    /// <summary>Returns a calendar that also holds <paramref name="holiday"/>; this calendar does not change.</summary>
    /// <param name="holiday">The holiday to add.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holiday"/> is <see langword="null"/>.</exception>
    public CustomHolidayCalendar With(Holiday holiday)
    {
        Guard.Against.Null(holiday);
        return Create(Holidays.Add(holiday));
    }

    /// <inheritdoc/>
    public bool IsHoliday(LocalDate day) => _dates.Contains(day);

    /// <inheritdoc/>
    public ImmutableArray<Holiday> GetHolidays(int year) =>
        _byYear.TryGetValue(year, out ImmutableArray<Holiday> holidays) ? holidays : [];

    /// <inheritdoc/>
    public bool Equals(CustomHolidayCalendar? other) =>
        other is not null && (ReferenceEquals(this, other) || Holidays.SequenceEqual(other.Holidays));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CustomHolidayCalendar);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (Holiday holiday in Holidays)
        {
            hash.Add(holiday);
        }
        return hash.ToHashCode();
    }
}
