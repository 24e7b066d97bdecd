using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets;

/// <summary>
/// When an employee is expected to work (<i>beschikbaarheid</i>): effective-dated <see cref="WeeklyHours"/>, minus
/// public holidays and absences (OT-01).
/// </summary>
/// <remarks>
/// <para>The first weekly hours apply to every date until a later version takes over (<see cref="WithHoursFrom"/>),
/// because contracts change. On a holiday of the calendar nothing is expected; an absence (leave, sickness) reduces the
/// expected hours of its date, never below zero.</para>
/// <para>Instances are immutable and thread-safe; changes return new values. <see cref="ExpectedOn"/> is cheap: a
/// binary search over the versions and one holiday look-up.</para>
/// </remarks>
public sealed class EmployeeAvailability
{
    private readonly ImmutableArray<LocalDate> _effectiveFrom;
    private readonly ImmutableArray<WeeklyHours> _versions;
    private readonly ImmutableDictionary<LocalDate, Duration> _absences;

    private EmployeeAvailability(ImmutableArray<LocalDate> effectiveFrom, ImmutableArray<WeeklyHours> versions, IHolidayCalendar holidays, ImmutableDictionary<LocalDate, Duration> absences)
    {
        _effectiveFrom = effectiveFrom;
        _versions = versions;
        Holidays = holidays;
        _absences = absences;
    }

    /// <summary>Gets the holiday calendar: on its days nothing is expected.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Creates availability with one version of weekly hours that applies to every date.</summary>
    /// <param name="hours">The weekly hours.</param>
    /// <param name="holidays">The holidays on which nothing is expected; <see cref="CustomHolidayCalendar.Empty"/> for none.</param>
    /// <returns>The availability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> or <paramref name="holidays"/> is null.</exception>
    public static EmployeeAvailability Create(WeeklyHours hours, IHolidayCalendar holidays)
    {
        Guard.Against.Null(hours);
        Guard.Against.Null(holidays);
        return new EmployeeAvailability([LocalDate.MinIsoValue], [hours], holidays, ImmutableDictionary<LocalDate, Duration>.Empty);
    }

    /// <summary>Returns availability in which <paramref name="hours"/> apply from <paramref name="effective"/> on (until a later version); this value does not change.</summary>
    /// <param name="effective">The first date of the new hours; a version on the same date is replaced.</param>
    /// <param name="hours">The weekly hours.</param>
    /// <returns>The new availability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    public EmployeeAvailability WithHoursFrom(LocalDate effective, WeeklyHours hours)
    {
        Guard.Against.Null(hours);
        int index = _effectiveFrom.BinarySearch(effective);
        if (index >= 0)
        {
            return new EmployeeAvailability(_effectiveFrom, _versions.SetItem(index, hours), Holidays, _absences);
        }
        index = ~index;
        return new EmployeeAvailability(_effectiveFrom.Insert(index, effective), _versions.Insert(index, hours), Holidays, _absences);
    }

    /// <summary>Returns availability with an absence of <paramref name="duration"/> on <paramref name="date"/>, added to any absence already there; this value does not change.</summary>
    /// <param name="date">The date of the absence.</param>
    /// <param name="duration">The length of the absence; zero or more.</param>
    /// <returns>The new availability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative.</exception>
    public EmployeeAvailability WithAbsence(LocalDate date, Duration duration)
    {
        if (duration < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "An absence cannot be negative.");
        }
        Duration total = _absences.TryGetValue(date, out Duration existing) ? existing + duration : duration;
        return new EmployeeAvailability(_effectiveFrom, _versions, Holidays, _absences.SetItem(date, total));
    }

    /// <summary>Returns the weekly hours that apply on <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The version in force on that date.</returns>
    public WeeklyHours HoursOn(LocalDate date)
    {
        if (_versions.Length == 1)
        {
            return _versions[0];
        }
        int index = _effectiveFrom.BinarySearch(date);
        return _versions[index >= 0 ? index : Math.Max(0, ~index - 1)];
    }

    /// <summary>Returns the hours expected on <paramref name="date"/>: the weekday's hours in force, zero on a holiday, minus any absence, never below zero.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The expected hours.</returns>
    public Duration ExpectedOn(LocalDate date)
    {
        if (Holidays.IsHoliday(date))
        {
            return Duration.Zero;
        }
        Duration expected = HoursOn(date).On(date.DayOfWeek);
        if (!_absences.IsEmpty && _absences.TryGetValue(date, out Duration absent))
        {
            expected = absent >= expected ? Duration.Zero : expected - absent;
        }
        return expected;
    }
}
