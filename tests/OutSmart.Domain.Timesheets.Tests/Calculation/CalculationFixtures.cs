using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets.Tests.Calculation;

/// <summary>The example rules: €60 an hour, evenings ×1.25, Saturday ×1.5, Sunday ×2, holidays ×2, 8 hours Monday to Friday.</summary>
internal static class CalculationFixtures
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static readonly RateWindow Evening = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], 1.25m)
        .AsT0.WithHours(new LocalTime(17, 0), LocalTime.Midnight).AsT0;

    public static readonly RateWindow Saturday = RateWindow.OnWeekdays("saturday", [IsoDayOfWeek.Saturday], 1.5m).AsT0;

    public static readonly RateWindow Sunday = RateWindow.OnWeekdays("sunday", [IsoDayOfWeek.Sunday], 2m).AsT0;

    public static readonly RateWindow HolidayWindow = RateWindow.OnHolidays("holiday", 2m).AsT0;

    public static RateCard Card(params RateWindow[] windows) =>
        RateCard.Create(Money.FromEuros(60m), windows.Length == 0 ? [Evening, Saturday, Sunday, HolidayWindow] : windows, DutchHolidayCalendar.Standard).AsT0;

    public static EmployeeAvailability FullTime { get; } =
        EmployeeAvailability.Create(WeeklyHours.MondayToFriday(Duration.FromHours(8)), DutchHolidayCalendar.Standard);

    public static TimesheetCalculator Calculator(OvertimePolicy? overtime = null, RateCard? card = null, EmployeeAvailability? availability = null) =>
        new(Amsterdam, card ?? Card(), availability ?? FullTime, overtime ?? OvertimePolicy.DailyThenWeekly);

    public static Interval Entry(string start, string end) =>
        new(Resolve(start), Resolve(end));

    public static Instant Resolve(string local) =>
        Amsterdam.AtLeniently(NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(local + ":00").Value).ToInstant();

    public static string Local(Instant instant) =>
        instant.InZone(Amsterdam).ToString("uuuu-MM-dd'T'HH:mmo<+HH:mm>", System.Globalization.CultureInfo.InvariantCulture);
}
