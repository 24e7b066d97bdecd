using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts;

/// <summary>
/// A yearly-orders agreement (<i>jaarorders</i>): a fixed number of work orders per calendar year, spread evenly over the
/// year, at least a minimum number of days apart, each on a working day.
/// </summary>
/// <remarks>
/// <para>The dates of a year are a pure function of the year, the number, the spacing and the business calendar:
/// planning the same year again gives the same dates. The year is cut into <see cref="CountPerYear"/> equal parts and
/// each work order aims at the middle of its part (one a year aims at 2 July, four a year at mid-February, mid-May,
/// mid-August and mid-November); it lands on the working day nearest to that aim (the earlier one on a tie) that keeps
/// every work order, before and after it, on a working day at least <see cref="MinimumSpacingDays"/> after the one
/// before. When the year has no such arrangement, <see cref="PlanYear"/> says how many do fit.</para>
/// <para>The spacing holds between the work orders of one year; across New Year the middle-of-the-part aims keep the
/// last and the first about a part apart, but the spacing is not enforced there.</para>
/// <para>Two values are equal when the number and the spacing are equal.</para>
/// </remarks>
public sealed record YearlyOrders
{
    /// <summary>The largest number of work orders per year: one a day in a leap year.</summary>
    public const int MaxCountPerYear = 366;

    /// <summary>The largest minimum spacing in days.</summary>
    public const int MaxSpacingDays = 366;

    private YearlyOrders(int countPerYear, int minimumSpacingDays)
    {
        CountPerYear = countPerYear;
        MinimumSpacingDays = minimumSpacingDays;
    }

    /// <summary>Gets the number of work orders in each calendar year, 1 to <see cref="MaxCountPerYear"/>.</summary>
    public int CountPerYear { get; }

    /// <summary>Gets the least number of days between two work orders of one year, 1 to <see cref="MaxSpacingDays"/> (1 means on different days).</summary>
    public int MinimumSpacingDays { get; }

    /// <summary>Creates a yearly-orders agreement.</summary>
    /// <param name="countPerYear">The number of work orders per calendar year.</param>
    /// <param name="minimumSpacingDays">The least number of days between two of them.</param>
    /// <returns>The agreement, or <see cref="YearlyOrdersInvalid"/> when a number lies outside its range.</returns>
    public static OneOf<YearlyOrders, YearlyOrdersInvalid> Create(int countPerYear, int minimumSpacingDays)
    {
        if (countPerYear is < 1 or > MaxCountPerYear || minimumSpacingDays is < 1 or > MaxSpacingDays)
        {
            return new YearlyOrdersInvalid(countPerYear, minimumSpacingDays);
        }
        return new YearlyOrders(countPerYear, minimumSpacingDays);
    }

    /// <summary>Plans the work orders of <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year, 1 to 9999.</param>
    /// <param name="calendar">The working days: a working week (usually Monday to Friday) minus the holidays.</param>
    /// <returns>
    /// Exactly <see cref="CountPerYear"/> dates in ascending order, all in <paramref name="year"/>, all working days,
    /// consecutive ones at least <see cref="MinimumSpacingDays"/> apart; or <see cref="YearlyOrdersDoNotFit"/> when no
    /// such dates exist in that year.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> lies outside 1 to 9999.</exception>
    public OneOf<ImmutableArray<LocalDate>, YearlyOrdersDoNotFit> PlanYear(int year, BusinessCalendar calendar)
    {
        Guard.Against.Null(calendar);
        Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        var first = new LocalDate(year, 1, 1);
        int days = CalendarSystem.Iso.GetDaysInYear(year);
        bool[] working = new bool[days];
        for (int day = 0; day < days; day++)
        {
            working[day] = calendar.IsWorkingDay(first.PlusDays(day));
        }
        int count = CountPerYear;
        int spacing = MinimumSpacingDays;

        // Earliest[i]: the earliest day the i-th order can take when every order before it is as early as it can be.
        int[] earliest = new int[count];
        int fitted = 0;
        for (int day = 0; day < days && fitted < count; day++)
        {
            if (working[day] && (fitted == 0 || day - earliest[fitted - 1] >= spacing))
            {
                earliest[fitted++] = day;
            }
        }
        if (fitted < count)
        {
            return new YearlyOrdersDoNotFit(year, count, spacing, fitted);
        }

        // Latest[i]: the latest day the i-th order can take and still leave room for every order after it.
        int[] latest = new int[count];
        int placed = count;
        for (int day = days - 1; day >= 0 && placed > 0; day--)
        {
            if (working[day] && (placed == count || latest[placed] - day >= spacing))
            {
                latest[--placed] = day;
            }
        }

        var dates = ImmutableArray.CreateBuilder<LocalDate>(count);
        int previous = int.MinValue / 2;
        for (int i = 0; i < count; i++)
        {
            // The middle of the i-th of count equal parts of the year.
            int aim = (int)((((2L * i) + 1) * days) / (2L * count));
            int low = Math.Max(earliest[i], previous + spacing);
            int chosen = Nearest(working, aim, low, latest[i]);
            dates.Add(first.PlusDays(chosen));
            previous = chosen;
        }
        return dates.MoveToImmutable();
    }

    /// <summary>The working day in [<paramref name="low"/>, <paramref name="high"/>] nearest <paramref name="aim"/>, the earlier on a tie; <paramref name="high"/> is a working day.</summary>
    private static int Nearest(bool[] working, int aim, int low, int high)
    {
        int target = Math.Clamp(aim, low, high);
        for (int distance = 0; ; distance++)
        {
            if (target - distance >= low && working[target - distance])
            {
                return target - distance;
            }
            if (target + distance <= high && working[target + distance])
            {
                return target + distance;
            }
        }
    }
}
