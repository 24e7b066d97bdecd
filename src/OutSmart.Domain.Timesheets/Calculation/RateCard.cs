using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OneOf;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// How work is priced: an hourly rate and the <see cref="RateWindow"/>s that raise it, with the holiday calendar that
/// holiday windows follow (OT-04, OT-05).
/// </summary>
/// <remarks>
/// <para>At every moment the covering window with the highest multiplier wins, the first listed on a tie; where none
/// covers, the multiplier is 1. Multipliers never compound.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RateCard
{
    private RateCard(Money rate, ImmutableArray<RateWindow> windows, IHolidayCalendar holidays)
    {
        Rate = rate;
        Windows = windows;
        Holidays = holidays;
    }

    /// <summary>Gets the hourly rate before any window's multiplier; zero or more.</summary>
    public Money Rate { get; }

    /// <summary>Gets the windows, in the order given: on a tie of multipliers the first listed wins.</summary>
    public ImmutableArray<RateWindow> Windows { get; }

    /// <summary>Gets the calendar whose days holiday windows cover.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Creates a rate card.</summary>
    /// <param name="rate">The hourly rate; zero or more.</param>
    /// <param name="windows">The windows, in order of precedence on a tie; may be empty.</param>
    /// <param name="holidays">The holiday calendar; <see cref="CustomHolidayCalendar.Empty"/> for none.</param>
    /// <returns>The rate card, or <see cref="RateNegative"/> when <paramref name="rate"/> is negative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> or <paramref name="holidays"/> is or holds null.</exception>
    public static OneOf<RateCard, RateNegative> Create(Money rate, IEnumerable<RateWindow> windows, IHolidayCalendar holidays)
    {
        Guard.Against.Null(windows);
        Guard.Against.Null(holidays);
        ImmutableArray<RateWindow> list = [.. windows];
        if (list.Any(w => w is null))
        {
            throw new ArgumentNullException(nameof(windows), "A rate window in the list is null.");
        }
        if (rate.Amount < 0)
        {
            return new RateNegative("bill", rate);
        }
        return new RateCard(rate, list, holidays);
    }
}
