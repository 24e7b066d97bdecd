using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OutSmart.Domain.Scheduling.Calendars;

/// <summary>The union of several holiday calendars: a day is a holiday when any of them says so.</summary>
/// <remarks>
/// Typical use: the Dutch public holidays plus a company's own closing days. Nested composites are flattened.
/// Instances are immutable and thread-safe when their parts are. Two composites are equal when they hold equal parts
/// in the same order.
/// </remarks>
public sealed class CompositeHolidayCalendar : IHolidayCalendar, IEquatable<CompositeHolidayCalendar>
{
    private CompositeHolidayCalendar(ImmutableArray<IHolidayCalendar> calendars) => Calendars = calendars;

    /// <summary>Gets the calendars whose union this is, in the order given; never a composite itself.</summary>
    public ImmutableArray<IHolidayCalendar> Calendars { get; }

    /// <summary>Creates the union of <paramref name="calendars"/>.</summary>
    /// <param name="calendars">The calendars to combine; none may be <see langword="null"/>. None gives a calendar without holidays.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> is or contains <see langword="null"/>.</exception>
    public static CompositeHolidayCalendar Combine(params IEnumerable<IHolidayCalendar> calendars)
    {
        Guard.Against.Null(calendars);
        ImmutableArray<IHolidayCalendar>.Builder parts = ImmutableArray.CreateBuilder<IHolidayCalendar>();
        foreach (IHolidayCalendar calendar in calendars)
        {
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendars), "A calendar in the list is null.");
            }
            if (calendar is CompositeHolidayCalendar composite)
            {
                parts.AddRange(composite.Calendars);
            }
            else
            {
                parts.Add(calendar);
            }
        }
        return new CompositeHolidayCalendar(parts.ToImmutable());
    }

    /// <inheritdoc/>
    public bool IsHoliday(LocalDate day)
    {
        foreach (IHolidayCalendar calendar in Calendars)
        {
            if (calendar.IsHoliday(day))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    /// <remarks>A holiday found in several parts (same date, name and local name) is listed once.</remarks>
    public ImmutableArray<Holiday> GetHolidays(int year)
    {
        var all = new List<Holiday>();
        foreach (IHolidayCalendar calendar in Calendars)
        {
            all.AddRange(calendar.GetHolidays(year));
        }
        all.Sort(HolidayOrder.Instance);
        return [.. all.Distinct()];
    }

    /// <inheritdoc/>
    public bool Equals(CompositeHolidayCalendar? other) =>
        other is not null && (ReferenceEquals(this, other) || Calendars.SequenceEqual(other.Calendars));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CompositeHolidayCalendar);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (IHolidayCalendar calendar in Calendars)
        {
            hash.Add(calendar);
        }
        return hash.ToHashCode();
    }
}
