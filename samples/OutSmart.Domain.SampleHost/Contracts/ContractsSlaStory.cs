using System.Globalization;
using NodaTime;
using OutSmart.Domain.Contracts;
using OutSmart.Domain.Scheduling.Calendars;

namespace OutSmart.Domain.SampleHost.Contracts;

/// <summary>The SLA part of the contracts chapter: a breakdown's clock, paused while the customer is away, read twice.</summary>
internal static class ContractsSlaStory
{
    public static int Tell(TextWriter output)
    {
        DateTimeZone amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var hours = BusinessHours.Create(WeeklyWorkingHours.MondayToFriday(new LocalTime(8, 0), new LocalTime(17, 0)), DutchHolidayCalendar.Standard, amsterdam);
        SlaTargets urgent = SlaTargets.Create(0.75m, response: Duration.FromHours(4), resolution: Duration.FromHours(16)).AsT0;
        SlaPolicy policy = SlaPolicy.Empty.With(SlaPriority.Urgent, urgent);
        var clock = SlaClock.Create(hours, policy.GetTargets(SlaPriority.Urgent)!);

        Instant At(int month, int day, int hour) => new LocalDateTime(2026, month, day, hour, 0).InZoneLeniently(amsterdam).ToInstant();
        SlaEventLog log = SlaEventLog.Start(At(3, 27, 15)).Record(new SlaEvent(SlaEventKind.Paused, At(3, 30, 8))).AsT0;
        output.WriteLine("Urgent breakdown reported Friday 27 March 2026 15:00; working hours Monday to Friday 08:00-17:00, Dutch holidays.");
        output.WriteLine("Monday 08:00 the customer asks to wait: the clock is paused.");
        Show(output, clock, log, At(3, 30, 10), amsterdam);

        log = log.Record(new SlaEvent(SlaEventKind.Resumed, At(3, 30, 11))).AsT0
            .Record(new SlaEvent(SlaEventKind.Responded, At(3, 30, 13))).AsT0;
        output.WriteLine("Monday 11:00 the clock runs again; 13:00 the planner responds.");
        Show(output, clock, log, At(3, 31, 9), amsterdam);
        return ExitCodes.Success;
    }

    private static void Show(TextWriter output, SlaClock clock, SlaEventLog log, Instant now, DateTimeZone zone)
    {
        output.WriteLine($"  At {Readable(now, zone)}:");
        SlaReading reading = clock.Read(log, now).AsT0;
        foreach (SlaTargetReading target in reading.Targets)
        {
            string name = target.Kind == SlaTargetKind.Response ? "response" : target.Kind == SlaTargetKind.OnSite ? "on site" : "resolution";
            string deadline = target.Deadline is { } due ? $"due {Readable(due, zone)}" : "deadline not known while paused";
            string state = target.State switch
            {
                SlaState.OnTrack => "on track",
                SlaState.AtRisk => "at risk",
                SlaState.Paused => "paused",
                SlaState.Met => "met",
                _ => "breached",
            };
            output.WriteLine($"    {name,-10} within {target.Target.TotalHours.ToString(CultureInfo.InvariantCulture)} business hours: {deadline}, {state}");
        }
    }

    private static string Readable(Instant instant, DateTimeZone zone) =>
        instant.InZone(zone).ToString("ddd d MMMM HH:mm", CultureInfo.InvariantCulture);
}
