using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts.Tests.TestData;

/// <summary>Business hours, targets and instants for SLA clock tests.</summary>
public static class SlaClocks
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Monday to Friday 08:00–17:00 in Amsterdam, Dutch public holidays off.</summary>
    public static BusinessHours OfficeHours { get; } = BusinessHours.Create(
        WeeklyWorkingHours.MondayToFriday(new LocalTime(8, 0), new LocalTime(17, 0)), DutchHolidayCalendar.Standard, Amsterdam);

    /// <summary>Every day around the clock in Amsterdam, no holidays.</summary>
    public static BusinessHours AroundTheClock { get; } = BusinessHours.Create(
        Enumerable.Range(1, 7).Aggregate(WeeklyWorkingHours.None, (hours, day) => hours.WithDay((IsoDayOfWeek)day, WorkingInterval.Between(LocalTime.Midnight, LocalTime.Midnight))),
        CustomHolidayCalendar.Empty, Amsterdam);

    /// <summary>A local time in Amsterdam as an instant.</summary>
    public static Instant At(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Amsterdam).ToInstant();

    public static SlaTargets Targets(decimal warning = 0.75m, double? responseHours = null, double? onSiteHours = null, double? resolutionHours = null) =>
        SlaTargets.Create(
            warning,
            responseHours is { } r ? Duration.FromMinutes((long)(r * 60)) : null,
            onSiteHours is { } o ? Duration.FromMinutes((long)(o * 60)) : null,
            resolutionHours is { } s ? Duration.FromMinutes((long)(s * 60)) : null).AsT0;

    public static SlaEventLog Log(Instant created, params (SlaEventKind Kind, Instant At)[] events) =>
        SlaEventLog.Create(created, events.Select(e => new SlaEvent(e.Kind, e.At))).AsT0;

    public static SlaReading Read(BusinessHours hours, SlaTargets targets, SlaEventLog log, Instant now) =>
        SlaClock.Create(hours, targets).Read(log, now).AsT0;
}
