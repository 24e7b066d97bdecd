using BenchmarkDotNet.Attributes;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Benchmarks.Timesheets;

/// <summary>
/// Week totals for 100,000 entries of 500 employees: each employee works 20 ISO weeks (October 2026 to February 2027,
/// across the fall-back night, Christmas and New Year) with two entries per working day, some running into the
/// evening, and a Saturday morning every fourth week. Every entry is split and priced under four windows (evening,
/// Saturday, Sunday, holiday), and days and weeks are totalled with daily-then-weekly overtime.
/// </summary>
/// <remarks>
/// <see cref="Calculator"/> is <see cref="TimesheetCalculator"/>; <see cref="NaivePeer"/> is the straightforward
/// version a host would write with NodaTime's zoned types, LINQ and a dictionary per employee, and gives the same
/// totals (checked in the setup).
/// </remarks>
[MemoryDiagnoser]
public class WeekTotalsBenchmarks
{
    private const int Employees = 500;
    private const int EntriesPerEmployee = 200;

    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private TimesheetCalculator[] _calculators = [];
    private Interval[][] _entries = [];

    /// <summary>Builds the entries and checks that both implementations agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        RateWindow evening = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], 1.25m)
            .AsT0.WithHours(new LocalTime(17, 0), LocalTime.Midnight).AsT0;
        RateWindow[] windows =
        [
            evening,
            RateWindow.OnWeekdays("saturday", [IsoDayOfWeek.Saturday], 1.5m).AsT0,
            RateWindow.OnWeekdays("sunday", [IsoDayOfWeek.Sunday], 2m).AsT0,
            RateWindow.OnHolidays("holiday", 2m).AsT0,
        ];
        _calculators = new TimesheetCalculator[Employees];
        _entries = new Interval[Employees][];
        for (int e = 0; e < Employees; e++)
        {
            RateCard card = RateCard.Create(Money.FromEuros(45m + (e % 30)), windows, DutchHolidayCalendar.Standard).AsT0;
            var availability = EmployeeAvailability.Create(WeeklyHours.MondayToFriday(Duration.FromHours(e % 5 == 0 ? 6 : 8)), DutchHolidayCalendar.Standard);
            _calculators[e] = new TimesheetCalculator(Amsterdam, card, availability, OvertimePolicy.DailyThenWeekly.WithTolerance(Duration.FromMinutes(15)));
            _entries[e] = CreateEntries(e);
        }
        (long minutes, decimal amount) fast = Calculator();
        (long minutes, decimal amount) naive = NaivePeer();
        if (fast != naive)
        {
            throw new InvalidOperationException($"The implementations disagree: {fast} and {naive}.");
        }
    }

    /// <summary>The calculator: lines, days and weeks for every employee.</summary>
    [Benchmark(Baseline = true)]
    public (long OvertimeMinutes, decimal Amount) Calculator()
    {
        long overtime = 0;
        decimal amount = 0;
        for (int e = 0; e < Employees; e++)
        {
            TimesheetCalculation calculation = _calculators[e].Calculate(_entries[e]);
            foreach (WeekTotal week in calculation.Weeks)
            {
                overtime += (long)week.Overtime.TotalMinutes;
            }
            amount += calculation.TotalAmount.Amount;
        }
        return (overtime, amount);
    }

    /// <summary>The straightforward peer: zoned date-times, LINQ over the windows, a dictionary of days.</summary>
    [Benchmark]
    public (long OvertimeMinutes, decimal Amount) NaivePeer()
    {
        long overtime = 0;
        decimal amount = 0;
        for (int e = 0; e < Employees; e++)
        {
            TimesheetCalculator rules = _calculators[e];
            RateCard card = rules.Rates;
            var worked = new Dictionary<LocalDate, Duration>();
            foreach (Interval entry in _entries[e])
            {
                ZonedDateTime current = entry.Start.InZone(Amsterdam);
                while (current.ToInstant() < entry.End)
                {
                    LocalDate date = current.Date;
                    bool holiday = card.Holidays.IsHoliday(date);
                    var today = card.Windows.Where(w => w.OnHolidayDays ? holiday : w.Days.Contains(date.DayOfWeek)).ToList();
                    RateWindow? winner = today.Where(w => w.Covers(date, current.TimeOfDay, holiday)).OrderByDescending(w => w.Multiplier).FirstOrDefault();
                    LocalDateTime next = today
                        .SelectMany(w => new[] { date + w.From, w.To == LocalTime.Midnight ? date.PlusDays(1).AtMidnight() : date + w.To })
                        .Append(date.PlusDays(1).AtMidnight())
                        .Where(b => b > current.LocalDateTime)
                        .Min();
                    Instant end = Instant.Min(entry.End, Amsterdam.AtLeniently(next).ToInstant());
                    Instant zoneEnd = current.GetZoneInterval().End;
                    if (current.GetZoneInterval().HasEnd && zoneEnd < end)
                    {
                        end = zoneEnd;
                    }
                    Duration length = end - current.ToInstant();
                    amount += decimal.Round(card.Rate.Amount * (winner?.Multiplier ?? 1m) * (decimal)length.TotalMinutes / 60m, 2, MidpointRounding.AwayFromZero);
                    worked[date] = worked.GetValueOrDefault(date) + length;
                    current = end.InZone(Amsterdam);
                }
            }
            foreach (var week in worked.Keys.GroupBy(d => d.PlusDays(1 - (int)d.DayOfWeek)).OrderBy(g => g.Key))
            {
                Duration daily = Duration.Zero;
                Duration weekWorked = Duration.Zero;
                Duration weekExpected = Duration.Zero;
                for (int d = 0; d < 7; d++)
                {
                    LocalDate date = week.Key.PlusDays(d);
                    Duration day = worked.GetValueOrDefault(date);
                    Duration expected = rules.Availability.ExpectedOn(date);
                    Duration excess = day - expected - rules.Overtime.Tolerance;
                    daily += excess > Duration.Zero ? excess : Duration.Zero;
                    weekWorked += day;
                    weekExpected += expected;
                }
                Duration weekly = weekWorked - weekExpected - rules.Overtime.Tolerance - daily;
                overtime += (long)(daily + (weekly > Duration.Zero ? weekly : Duration.Zero)).TotalMinutes;
            }
        }
        return (overtime, amount);
    }

    private static Interval[] CreateEntries(int employee)
    {
        var entries = new List<Interval>(EntriesPerEmployee);
        LocalDate monday = new(2026, 10, 5);
        for (int week = 0; entries.Count < EntriesPerEmployee; week++)
        {
            for (int day = 0; day < 5 && entries.Count < EntriesPerEmployee; day++)
            {
                LocalDate date = monday.PlusWeeks(week).PlusDays(day);
                int late = (employee + week + day) % 7 == 0 ? 150 : (employee + day) % 3 * 20;
                entries.Add(Entry(date.At(new LocalTime(7, 30)).PlusMinutes((employee % 4) * 15), date.At(new LocalTime(12, 0))));
                entries.Add(Entry(date.At(new LocalTime(12, 30)), date.At(new LocalTime(16, 30)).PlusMinutes(late)));
            }
            if ((employee + week) % 4 == 0 && entries.Count < EntriesPerEmployee)
            {
                LocalDate saturday = monday.PlusWeeks(week).PlusDays(5);
                entries[^1] = Entry(saturday.At(new LocalTime(8, 0)), saturday.At(new LocalTime(12, 0)));
            }
        }
        return [.. entries];
    }

    private static Interval Entry(LocalDateTime start, LocalDateTime end) =>
        new(Amsterdam.AtLeniently(start).ToInstant(), Amsterdam.AtLeniently(end).ToInstant());
}
