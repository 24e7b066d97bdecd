using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.Contracts.Tests.Arbitraries;

/// <summary>
/// A clock without target events: business hours (office hours or around the clock, in Amsterdam or New York, with
/// Dutch holidays or none), a creation instant in 2026 (DST changes included), a target, and pauses in time order,
/// the last possibly still open.
/// </summary>
public sealed record SlaScenario(BusinessHours Hours, Instant Created, Duration Target, IReadOnlyList<(Instant Start, Instant? End)> Pauses)
{
    /// <summary>The moment of reading: after the last pause starts or ends.</summary>
    public Instant Now => Pauses.Count == 0 ? Created : (Pauses[^1].End ?? Pauses[^1].Start) + Duration.FromMinutes(1);

    /// <summary>The log with only the pauses whose positions <paramref name="keep"/> allows.</summary>
    public SlaEventLog ToLog(Func<int, bool> keep) =>
        SlaEventLog.Create(
            Created,
            Pauses.Where((_, i) => keep(i)).SelectMany(p => p.End is { } end
                ? new[] { new SlaEvent(SlaEventKind.Paused, p.Start), new SlaEvent(SlaEventKind.Resumed, end) }
                : [new SlaEvent(SlaEventKind.Paused, p.Start)])).AsT0;

    public override string ToString() =>
        $"{Hours.Zone.Id} {(Hours.Hours.GetIntervals(IsoDayOfWeek.Saturday).IsEmpty ? "office" : "24/7")}, created {Created}, target {Target}, pauses [{string.Join(", ", Pauses.Select(p => $"{p.Start}..{p.End?.ToString() ?? "open"}"))}]";
}

public static class SlaArbitraries
{
    private static readonly BusinessHours[] Calendars =
    [
        .. new[] { "Europe/Amsterdam", "America/New_York" }.SelectMany(zone => new[]
        {
            BusinessHours.Create(WeeklyWorkingHours.MondayToFriday(new LocalTime(8, 0), new LocalTime(12, 0)).WithDay(IsoDayOfWeek.Monday, WorkingInterval.Between(new LocalTime(8, 0), new LocalTime(12, 0)), WorkingInterval.Between(new LocalTime(13, 0), new LocalTime(17, 0))), DutchHolidayCalendar.Standard, DateTimeZoneProviders.Tzdb[zone]),
            BusinessHours.Create(Enumerable.Range(1, 7).Aggregate(WeeklyWorkingHours.None, (hours, day) => hours.WithDay((IsoDayOfWeek)day, WorkingInterval.Between(LocalTime.Midnight, LocalTime.Midnight))), CustomHolidayCalendar.Empty, DateTimeZoneProviders.Tzdb[zone]),
        }),
    ];

    private static readonly Instant YearStart = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static Arbitrary<SlaScenario> Scenario() =>
        (from hours in Gen.Elements(Calendars)
         from createdMinute in Gen.Choose(0, 365 * 24 * 60)
         from targetMinutes in Gen.Choose(1, 60 * 60)
         from pauseCount in Gen.Choose(0, 4)
         from gaps in Gen.ArrayOf(Gen.Choose(0, 5 * 24 * 60), pauseCount)
         from lengths in Gen.ArrayOf(Gen.Choose(1, 3 * 24 * 60), pauseCount)
         from lastOpen in Gen.Elements(true, false)
         select Build(hours, YearStart + Duration.FromMinutes(createdMinute), Duration.FromMinutes(targetMinutes), gaps, lengths, lastOpen))
        .ToArbitrary();

    private static SlaScenario Build(BusinessHours hours, Instant created, Duration target, int[] gaps, int[] lengths, bool lastOpen)
    {
        var pauses = new List<(Instant Start, Instant? End)>();
        Instant cursor = created;
        for (int i = 0; i < gaps.Length; i++)
        {
            Instant start = cursor + Duration.FromMinutes(gaps[i]);
            Instant end = start + Duration.FromMinutes(lengths[i]);
            bool open = lastOpen && i == gaps.Length - 1;
            pauses.Add((start, open ? null : end));
            cursor = end;
        }
        return new SlaScenario(hours, created, target, pauses);
    }
}
