using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// A time window with a higher rate (<i>toeslagvenster</i>): evenings after 17:00, Saturdays, Sundays or public
/// holidays, with the multiplier that work inside it earns (OT-04).
/// </summary>
/// <remarks>
/// <para>A window covers either the given days of the week (<see cref="OnWeekdays"/>) or the days of a holiday calendar
/// (<see cref="OnHolidays"/>), and on those days either the whole day or the local hours
/// [<see cref="From"/>, <see cref="To"/>) (<see cref="WithHours"/>). Windows never cross midnight; whether a moment is
/// inside one is judged on its local wall-clock time in the employee's zone.</para>
/// <para>Instances are immutable and thread-safe. Two windows are equal when name, days, holiday flag, hours and
/// multiplier are equal.</para>
/// </remarks>
public sealed record RateWindow
{
    private const long NanosecondsPerDay = 86_400L * 1_000_000_000L;

    private RateWindow(string name, ImmutableArray<IsoDayOfWeek> days, bool onHolidays, LocalTime from, LocalTime to, decimal multiplier)
    {
        Name = name;
        Days = days;
        OnHolidayDays = onHolidays;
        From = from;
        To = to;
        Multiplier = multiplier;
        FromNanosecondOfDay = from.NanosecondOfDay;
        ToNanosecondOfDay = to == LocalTime.Midnight ? NanosecondsPerDay : to.NanosecondOfDay;
        int mask = 0;
        foreach (IsoDayOfWeek day in days)
        {
            mask |= 1 << (int)day;
        }
        DayMask = mask;
    }

    /// <summary>Gets the window's name, such as <c>evening</c>; never blank.</summary>
    public string Name { get; }

    /// <summary>Gets the days of the week the window covers, Monday first, without repeats; empty for a holiday window.</summary>
    public ImmutableArray<IsoDayOfWeek> Days { get; }

    /// <summary>Gets a value indicating whether the window covers the days of the holiday calendar instead of days of the week.</summary>
    public bool OnHolidayDays { get; }

    /// <summary>Gets the local time the window starts each covered day (included); midnight for a whole-day window.</summary>
    public LocalTime From { get; }

    /// <summary>Gets the local time the window ends each covered day (excluded); <see cref="LocalTime.Midnight"/> means the end of the day (24:00).</summary>
    public LocalTime To { get; }

    /// <summary>Gets the multiplier of the rate inside the window; always greater than 1.</summary>
    public decimal Multiplier { get; }

    /// <summary>Gets a value indicating whether the window covers whole days (00:00–24:00).</summary>
    public bool IsWholeDay => FromNanosecondOfDay == 0 && ToNanosecondOfDay == NanosecondsPerDay;

    internal long FromNanosecondOfDay { get; }

    internal long ToNanosecondOfDay { get; }

    internal int DayMask { get; }

    /// <summary>Creates a whole-day window on the given days of the week; narrow it with <see cref="WithHours"/>.</summary>
    /// <param name="name">The window's name; leading and trailing white space is removed.</param>
    /// <param name="days">The days of the week, in any order; repeats are ignored.</param>
    /// <param name="multiplier">The multiplier inside the window; greater than 1.</param>
    /// <returns>The window, or the rule the input breaks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="days"/> holds a value that is not a day of the week.</exception>
    public static OneOf<RateWindow, RateWindowNameRequired, RateWindowDaysRequired, MultiplierInvalid> OnWeekdays(
        string name, IEnumerable<IsoDayOfWeek> days, decimal multiplier)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(days);
        int mask = 0;
        foreach (IsoDayOfWeek day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"'{day}' is not a day of the week.", nameof(days));
            }
            mask |= 1 << (int)day;
        }
        string trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return new RateWindowNameRequired();
        }
        if (mask == 0)
        {
            return new RateWindowDaysRequired(trimmed);
        }
        if (multiplier <= 1)
        {
            return new MultiplierInvalid(multiplier, 1);
        }
        var ordered = ImmutableArray.CreateBuilder<IsoDayOfWeek>(7);
        for (int day = 1; day <= 7; day++)
        {
            if ((mask & (1 << day)) != 0)
            {
                ordered.Add((IsoDayOfWeek)day);
            }
        }
        return new RateWindow(trimmed, ordered.ToImmutable(), false, LocalTime.Midnight, LocalTime.Midnight, multiplier);
    }

    /// <summary>Creates a whole-day window on the days of the holiday calendar the calculation uses; narrow it with <see cref="WithHours"/>.</summary>
    /// <param name="name">The window's name; leading and trailing white space is removed.</param>
    /// <param name="multiplier">The multiplier inside the window; greater than 1.</param>
    /// <returns>The window, or the rule the input breaks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static OneOf<RateWindow, RateWindowNameRequired, MultiplierInvalid> OnHolidays(string name, decimal multiplier)
    {
        Guard.Against.Null(name);
        string trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return new RateWindowNameRequired();
        }
        if (multiplier <= 1)
        {
            return new MultiplierInvalid(multiplier, 1);
        }
        return new RateWindow(trimmed, [], true, LocalTime.Midnight, LocalTime.Midnight, multiplier);
    }

    /// <summary>Returns this window limited to the local hours [<paramref name="from"/>, <paramref name="to"/>) of each covered day; this value does not change.</summary>
    /// <param name="from">The local time the window starts (included).</param>
    /// <param name="to">The local time it ends (excluded); <see cref="LocalTime.Midnight"/> for 24:00.</param>
    /// <returns>The new window, or <see cref="RateWindowHoursInvalid"/> when <paramref name="from"/> is not before <paramref name="to"/>.</returns>
    public OneOf<RateWindow, RateWindowHoursInvalid> WithHours(LocalTime from, LocalTime to)
    {
        long end = to == LocalTime.Midnight ? NanosecondsPerDay : to.NanosecondOfDay;
        if (from.NanosecondOfDay >= end)
        {
            return new RateWindowHoursInvalid(Name, from, to);
        }
        return new RateWindow(Name, Days, OnHolidayDays, from, to, Multiplier);
    }

    /// <summary>Tells whether the window covers the local moment <paramref name="time"/> on <paramref name="date"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="time">The local wall-clock time.</param>
    /// <param name="isHoliday">Whether <paramref name="date"/> is a holiday in the calendar the calculation uses.</param>
    /// <returns><see langword="true"/> when the day is covered and <paramref name="time"/> is in [<see cref="From"/>, <see cref="To"/>).</returns>
    public bool Covers(LocalDate date, LocalTime time, bool isHoliday) =>
        CoversDay(date.DayOfWeek, isHoliday) && time.NanosecondOfDay >= FromNanosecondOfDay && time.NanosecondOfDay < ToNanosecondOfDay;

    internal bool CoversDay(IsoDayOfWeek day, bool isHoliday) => OnHolidayDays ? isHoliday : (DayMask & (1 << (int)day)) != 0;

    /// <inheritdoc/>
    public bool Equals(RateWindow? other) =>
        other is not null && (ReferenceEquals(this, other) || (Name == other.Name && DayMask == other.DayMask
            && OnHolidayDays == other.OnHolidayDays && From == other.From && To == other.To && Multiplier == other.Multiplier));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, DayMask, OnHolidayDays, From, To, Multiplier);
}
