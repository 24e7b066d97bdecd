using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Interval = NodaTime.Interval;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Timesheets.Tests.Calculation;

/// <summary>One employee's work and rules, as the calculator takes them.</summary>
public sealed record CalculationCase(DateTimeZone Zone, RateCard Card, EmployeeAvailability Availability, OvertimeMode Mode, Duration Tolerance, Interval[] Entries)
{
    public TimesheetCalculator Calculator(OvertimeMode? mode = null) =>
        new(Zone, Card, Availability, Policy(mode ?? Mode).WithTolerance(Tolerance));

    private static OvertimePolicy Policy(OvertimeMode mode) => mode switch
    {
        OvertimeMode.Weekly => OvertimePolicy.Weekly,
        OvertimeMode.DailyThenWeekly => OvertimePolicy.DailyThenWeekly,
        _ => OvertimePolicy.Daily,
    };

    public override string ToString() =>
        $"{Zone.Id} rate {Card.Rate} windows [{string.Join("; ", Card.Windows.Select(w => $"{w.Name} {string.Join(",", w.Days)}{(w.OnHolidayDays ? "holidays" : "")} {w.From:HH:mm}-{w.To:HH:mm} x{w.Multiplier}"))}] " +
        $"{Mode} tol {Tolerance.TotalMinutes} entries [{string.Join(", ", Entries.Select(e => $"{e.Start.InZone(Zone).LocalDateTime:uuuu-MM-ddTHH:mm}+{e.Duration.TotalMinutes}"))}]";
}

/// <summary>
/// Random realistic cases: zones with DST changes (one of them by 30 minutes), weeks around a DST night, Christmas and
/// New Year, windows that overlap and tie, entries that overlap, cross midnight and last up to 12 hours.
/// </summary>
public static class CalculationArbitraries
{
    private static readonly string[] Zones = ["Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe", "UTC"];
    private static readonly LocalDateTime[] Bases =
    [
        new(2026, 3, 23, 0, 0), new(2026, 10, 19, 0, 0), new(2026, 12, 21, 0, 0), new(2026, 3, 2, 0, 0), new(2026, 4, 1, 0, 0),
    ];

    private static readonly decimal[] Multipliers = [1.25m, 1.5m, 1.5m, 1.75m, 2m];
    private static readonly decimal[] Rates = [0m, 0.30m, 41.15m, 60m, 87.33m];

    public static Arbitrary<CalculationCase> Cases() =>
        (from zoneId in Gen.Elements(Zones)
         from baseTime in Gen.Elements(Bases)
         from rate in Gen.Elements(Rates)
         from windows in Gen.ListOf(Window()).Select(w => w.Take(5).ToArray())
         from expected in Gen.ArrayOf(Gen.Choose(0, 40).Select(q => Duration.FromMinutes(q * 15)), 7)
         from mode in Gen.Elements(OvertimeMode.Daily, OvertimeMode.Weekly, OvertimeMode.DailyThenWeekly)
         from tolerance in Gen.Elements(0, 0, 15, 60)
         from entries in Gen.ListOf(Gen.Zip(Gen.Choose(0, 20 * 24 * 4), Gen.Choose(1, 720))).Select(e => e.Take(12).ToArray())
         let zone = DateTimeZoneProviders.Tzdb[zoneId]
         select new CalculationCase(
             zone,
             RateCard.Create(Money.FromEuros(rate), windows, DutchHolidayCalendar.Standard).AsT0,
             EmployeeAvailability.Create(Week(expected), DutchHolidayCalendar.Standard),
             mode,
             Duration.FromMinutes(tolerance),
             [.. entries.Select(e =>
             {
                 Instant start = zone.AtLeniently(baseTime.PlusMinutes(e.Item1 * 15L)).ToInstant();
                 return new Interval(start, start + Duration.FromMinutes(e.Item2));
             })])).ToArbitrary();

    private static WeeklyHours Week(Duration[] days)
    {
        WeeklyHours week = WeeklyHours.None;
        for (int i = 0; i < 7; i++)
        {
            week = week.WithDay((IsoDayOfWeek)(i + 1), days[i]);
        }
        return week;
    }

    private static Gen<RateWindow> Window() =>
        from holidays in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from mask in Gen.Choose(1, 127)
        from multiplier in Gen.Elements(Multipliers)
        from hours in Gen.Frequency(
            (1, Gen.Constant((From: 0, To: 0))),
            (3, from a in Gen.Choose(0, 95) from b in Gen.Choose(1, 96) where a < b select (From: a, To: b)))
        let name = $"w{mask}x{multiplier}"
        let window = holidays
            ? RateWindow.OnHolidays(name, multiplier).AsT0
            : RateWindow.OnWeekdays(name, Enumerable.Range(1, 7).Where(d => (mask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d), multiplier).AsT0
        select hours.To == 0 ? window : window.WithHours(LocalTime.FromMinutesSinceMidnight(hours.From * 15), hours.To == 96 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(hours.To * 15)).AsT0;
}
