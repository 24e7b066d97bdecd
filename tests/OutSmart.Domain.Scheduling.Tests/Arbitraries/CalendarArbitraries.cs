using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;
using Interval = NodaTime.Interval;

namespace OutSmart.Domain.Scheduling.Tests.Arbitraries;

/// <summary>An ordered list of occurrences, a business calendar and a policy to adjust them with.</summary>
public sealed record AdjustmentScenario(BusinessCalendar Calendar, IReadOnlyList<LocalDateTime> Occurrences, OccurrenceAdjustment Adjustment)
{
    public override string ToString() =>
        $"{Adjustment} on [{string.Join(", ", Calendar.Week.Days)}] + {((CompositeHolidayCalendar)Calendar.Holidays).Calendars.Length} calendars: {string.Join(", ", Occurrences)}";
}

/// <summary>Business hours and a few instants and durations to measure with them.</summary>
public sealed record BusinessTimeScenario(BusinessHours Hours, Instant Start, Duration Amount, Duration Split, IReadOnlyList<Interval> Pauses)
{
    public override string ToString() =>
        $"{Hours.Zone.Id} start {Start} amount {Amount} split {Split} pauses [{string.Join(", ", Pauses)}] hours {Describe(Hours.Hours)}";

    private static string Describe(WeeklyWorkingHours hours) =>
        string.Join(" ", Enumerable.Range(1, 7).Select(d => $"{(IsoDayOfWeek)d}:{string.Join("+", hours.GetIntervals((IsoDayOfWeek)d).Select(i => $"{i.Start:HH:mm}-{i.End:HH:mm}"))}"));
}

/// <summary>Business hours in a zone with daylight saving time, a start near a transition and an amount to add.</summary>
public sealed record DstBusinessTimeScenario(BusinessHours Hours, Instant Start, Duration Amount)
{
    public override string ToString() =>
        $"{Hours.Zone.Id} start {Start} amount {Amount} hours " + string.Join(" ", Enumerable.Range(1, 7).Select(d =>
            $"{(IsoDayOfWeek)d}:{string.Join("+", Hours.Hours.GetIntervals((IsoDayOfWeek)d).Select(i => $"{i.Start:HH:mm}-{i.End:HH:mm}"))}"));
}

public static class CalendarArbitraries
{
    private static readonly LocalDate FirstDay = new(2023, 12, 1);
    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "America/New_York", "UTC", "Australia/Lord_Howe", "Asia/Kolkata"];

    public static Arbitrary<AdjustmentScenario> Adjustments() =>
        (from calendar in Calendars()
         from count in Gen.Choose(0, 40)
         from steps in Gen.ArrayOf(Gen.Choose(0, 5 * 24 * 60), count)
         from startMinutes in Gen.Choose(0, 24 * 60 * 300)
         from adjustment in Gen.Elements(Enum.GetValues<OccurrenceAdjustment>())
         select new AdjustmentScenario(calendar, Accumulate(startMinutes, steps), adjustment)).ToArbitrary();

    public static Arbitrary<BusinessTimeScenario> BusinessTimes() =>
        (from hours in WorkingHours()
         from zoneId in Gen.Elements(ZoneIds)
         from dutch in Gen.Elements(true, false)
         from startMinutes in Gen.Choose(0, 24 * 60 * 800)
         from amountMinutes in Gen.Choose(0, 60 * 200)
         from splitPercent in Gen.Choose(0, 100)
         from pauseCount in Gen.Choose(0, 4)
         from pauseStarts in Gen.ArrayOf(Gen.Choose(-24 * 60, 24 * 60 * 20), pauseCount)
         from pauseLengths in Gen.ArrayOf(Gen.Choose(0, 24 * 60 * 2), pauseCount)
         let start = Instant.FromUtc(2023, 12, 1, 0, 0) + Duration.FromMinutes(startMinutes)
         select new BusinessTimeScenario(
             BusinessHours.Create(
                 hours,
                 dutch ? DutchHolidayCalendar.Standard : CustomHolidayCalendar.Empty,
                 DateTimeZoneProviders.Tzdb[zoneId]),
             start,
             Duration.FromMinutes(amountMinutes),
             Duration.FromMinutes(amountMinutes * (long)splitPercent / 100),
             [.. pauseStarts.Zip(pauseLengths, (s, l) => new Interval(start + Duration.FromMinutes(s), start + Duration.FromMinutes(s + l)))])).ToArbitrary();

    /// <summary>
    /// Business time around daylight-saving transitions of Europe/Amsterdam (gap 02:00–03:00) and Pacific/Chatham (gap
    /// 02:45–03:45), with interval bounds on a quarter-hour grid that ends and starts intervals in and just after the
    /// gap, where an interval end moved forward out of the gap can pass the start of the next interval.
    /// </summary>
    public static Arbitrary<DstBusinessTimeScenario> DstBusinessTimes() =>
        (from zoneId in Gen.Elements("Europe/Amsterdam", "Pacific/Chatham")
         from year in Gen.Choose(2024, 2030)
         from spring in Gen.Elements(true, false)
         from cuts in Gen.SubListOf(Enumerable.Range(0, 25).ToArray())
         from sameEveryDay in Gen.Elements(true, false)
         from otherCuts in Gen.ArrayOf(Gen.SubListOf(Enumerable.Range(0, 25).ToArray()), 7)
         from offsetMinutes in Gen.Choose(-36 * 60, 12 * 60)
         from amountMinutes in Gen.Choose(0, 60 * 30)
         let zone = DateTimeZoneProviders.Tzdb[zoneId]
         let transition = Transition(zone, year, spring)
         let hours = Enumerable.Range(1, 7).Aggregate(
             WeeklyWorkingHours.None,
             (week, day) => week.WithDay((IsoDayOfWeek)day, GapIntervals(sameEveryDay ? cuts : otherCuts[day - 1])))
         where hours.HasWorkingTime
         select new DstBusinessTimeScenario(
             BusinessHours.Create(hours, CustomHolidayCalendar.Empty, zone),
             transition + Duration.FromMinutes(offsetMinutes),
             Duration.FromMinutes(amountMinutes))).ToArbitrary();

    private static Gen<BusinessCalendar> Calendars() =>
        from days in Gen.SubListOf(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        where days.Count > 0
        from dutch in Gen.Elements(true, false)
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 400))
        let custom = CustomHolidayCalendar.Create(holidayOffsets.Select(o => Holiday.On(FirstDay.PlusDays(o), "Closing day")))
        select BusinessCalendar.Create(
            WorkingWeek.Of(days),
            dutch ? CompositeHolidayCalendar.Combine(DutchHolidayCalendar.Standard, custom) : CompositeHolidayCalendar.Combine(custom));

    private static Gen<WeeklyWorkingHours> WorkingHours() =>
        from perDay in Gen.ArrayOf(DayIntervals(), 7)
        where perDay.Any(d => d.Length > 0)
        select perDay.Select((intervals, index) => (intervals, day: (IsoDayOfWeek)(index + 1)))
            .Aggregate(WeeklyWorkingHours.None, (hours, d) => hours.WithDay(d.day, d.intervals));

    /// <summary>Zero to three disjoint intervals on a half-hour grid, sometimes through midnight and the DST hours.</summary>
    private static Gen<WorkingInterval[]> DayIntervals() =>
        from cuts in Gen.SubListOf(Enumerable.Range(0, 49).ToArray())
        let ordered = cuts.Distinct().Order().ToArray()
        select Enumerable.Range(0, ordered.Length / 2)
            .Select(i => WorkingInterval.Between(HalfHours(ordered[2 * i]), HalfHours(ordered[(2 * i) + 1])))
            .Take(3)
            .ToArray();

    /// <summary>Up to three disjoint intervals between cut points from 00:00 to 06:00 in quarter hours, the last one sometimes running to 24:00.</summary>
    private static WorkingInterval[] GapIntervals(IList<int> cuts)
    {
        int[] ordered = [.. cuts.Distinct().Order()];
        return [.. Enumerable.Range(0, ordered.Length / 2)
            .Select(i => WorkingInterval.Between(
                LocalTime.FromMinutesSinceMidnight(ordered[2 * i] * 15),
                ordered[(2 * i) + 1] == 24 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(ordered[(2 * i) + 1] * 15)))
            .Take(3)];
    }

    /// <summary>The first transition of <paramref name="year"/> that moves the clocks forward (or back).</summary>
    private static Instant Transition(DateTimeZone zone, int year, bool forward) =>
        zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Skip(1)
            .First(interval => forward == (interval.WallOffset > zone.GetUtcOffset(interval.Start - Duration.Epsilon)))
            .Start;

    private static LocalTime HalfHours(int count) =>
        count == 48 ? LocalTime.Midnight : LocalTime.FromMinutesSinceMidnight(count * 30);

    private static LocalDateTime[] Accumulate(int startMinutes, int[] steps)
    {
        LocalDateTime current = FirstDay.AtMidnight().PlusMinutes(startMinutes);
        var result = new LocalDateTime[steps.Length];
        for (int i = 0; i < steps.Length; i++)
        {
            current = current.PlusMinutes(steps[i]);
            result[i] = current;
        }
        return result;
    }
}
