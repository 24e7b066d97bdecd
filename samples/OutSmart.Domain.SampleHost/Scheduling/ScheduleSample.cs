using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Scheduling.Recurrence;

namespace OutSmart.Domain.SampleHost.Scheduling;

/// <summary>
/// The scheduling sample: <c>schedule expand</c> previews a recurrence rule readably, or checks cases in bulk as JSON
/// Lines from standard input; the story previews a maintenance contract with Dutch holidays and an SLA deadline.
/// </summary>
internal sealed class ScheduleSample : ISample
{
    private static readonly string[] AdjustNames = ["keep", "skip", "next-working-day", "previous-working-day", "nearest-working-day"];

    public string Title => "Scheduling: contract visits, Dutch holidays and business hours";

    public Command CreateCommand()
    {
        var start = new Option<string>("--start") { Description = "The first date-time of the schedule (local), such as 2026-01-05T08:00." };
        var rule = new Option<string>("--rule") { Description = "An RFC 5545 RRULE such as \"FREQ=WEEKLY;BYDAY=MO\". Without it, JSON Lines are read from standard input." };
        var zone = new Option<string>("--zone") { Description = "An IANA time zone such as Europe/Amsterdam; without it the schedule is floating local time." };
        var max = new Option<int>("--max") { Description = "The number of occurrences to show.", DefaultValueFactory = _ => 20 };
        var holidays = new Option<string>("--holidays") { Description = "A holiday calendar: nl (Dutch public holidays) or none." };
        holidays.AcceptOnlyFromAmong("nl", "none");
        var adjust = new Option<string>("--adjust") { Description = "What to do with an occurrence on a weekend day or holiday (default next-working-day when --holidays is given)." };
        adjust.AcceptOnlyFromAmong(AdjustNames);

        var expand = new Command("expand", "Expands a recurrence rule: readably with --rule, or as JSON Lines from standard input without it.");
        expand.Options.Add(start);
        expand.Options.Add(rule);
        expand.Options.Add(zone);
        expand.Options.Add(max);
        expand.Options.Add(holidays);
        expand.Options.Add(adjust);
        expand.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(rule) is not { } ruleText)
            {
                return RunJsonLines(output, error);
            }
            var request = new ReadableRequest(
                parseResult.GetValue(start),
                ruleText,
                parseResult.GetValue(zone),
                parseResult.GetValue(max),
                parseResult.GetValue(holidays),
                parseResult.GetValue(adjust));
            return WriteReadable(request, output, error);
        });

        var schedule = new Command("schedule", "Recurrence rules (RFC 5545), holiday calendars and business time.");
        schedule.Subcommands.Add(expand);
        return schedule;
    }

    public int TellStory(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("A maintenance contract visits the customer on the first Monday of every month at 08:00.");
        output.WriteLine("Visits that fall on a Dutch public holiday move to the next working day:");
        output.WriteLine();
        int exitCode = WriteReadable(
            new ReadableRequest("2026-01-05T08:00", "FREQ=MONTHLY;BYDAY=1MO", "Europe/Amsterdam", 12, "nl", "next-working-day"),
            output,
            output);
        if (exitCode != 0)
        {
            return exitCode;
        }

        DateTimeZone amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var office = BusinessHours.Create(
            WeeklyWorkingHours.MondayToFriday(new LocalTime(8, 0), new LocalTime(17, 0)),
            DutchHolidayCalendar.Standard,
            amsterdam);
        LocalDateTime raised = new(2026, 4, 3, 15, 30);
        Instant raisedAt = amsterdam.AtStrictly(raised).ToInstant();
        output.WriteLine();
        output.WriteLine("The contract promises a response within 8 business hours (Mon–Fri 08:00–17:00, Dutch holidays off).");
        return office.Add(raisedAt, Duration.FromHours(8)).Match(
            deadline =>
            {
                output.WriteLine($"A ticket raised on {ScheduleText.Readable(raised)} must be answered by {ScheduleText.Readable(deadline.InZone(amsterdam).LocalDateTime)}:");
                output.WriteLine("1.5 hours on Friday, the weekend and Easter Monday skipped, 6.5 hours on Tuesday.");
                return 0;
            },
            notFound =>
            {
                output.WriteLine(notFound.Message);
                return 1;
            });
    }

    /// <summary>Writes the occurrences of one rule for people to read; returns the exit code.</summary>
    internal static int WriteReadable(ReadableRequest request, TextWriter output, TextWriter error)
    {
        if (!ScheduleText.TryParse(request.Start, out LocalDateTime start))
        {
            error.WriteLine(request.Start is null
                ? "--start is required with --rule, for example --start 2026-01-05T08:00."
                : $"--start '{request.Start}' is not a valid local date-time (yyyy-MM-ddTHH:mm[:ss]).");
            return 1;
        }
        if (RecurrenceRule.Parse(request.Rule).TryPickT1(out InvalidRecurrenceRule invalid, out RecurrenceRule rule))
        {
            error.WriteLine($"--rule: {invalid.Message} ({invalid.Code})");
            return 1;
        }
        DateTimeZone? zone = null;
        if (request.Zone is not null && (zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.Zone)) is null)
        {
            error.WriteLine($"--zone '{request.Zone}' is not a known IANA time zone id.");
            return 1;
        }
        if (request.Max < 0)
        {
            error.WriteLine("--max cannot be negative.");
            return 1;
        }

        var set = RecurrenceSet.Create(start, rule);
        IEnumerable<LocalDateTime> originals = zone is null
            ? set.GetOccurrences()
            : set.InZone(zone).GetOccurrences().Select(o => o.LocalDateTime);
        IHolidayCalendar holidays = request.Holidays == "nl" ? DutchHolidayCalendar.Standard : CustomHolidayCalendar.Empty;
        OccurrenceAdjustment? adjustment = ToAdjustment(request.Adjust) ?? (request.Holidays is null or "none" ? null : OccurrenceAdjustment.NextWorkingDay);
        var calendar = BusinessCalendar.Create(WorkingWeek.MondayToFriday, holidays);

        var seen = new List<LocalDateTime>();
        IEnumerable<LocalDateTime> recorded = originals.Select(o =>
        {
            seen.Add(o);
            return o;
        });
        List<LocalDateTime> shown = [.. (adjustment is { } adjustWith ? calendar.Adjust(recorded, adjustWith) : recorded).Take(request.Max)];

        var heading = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{rule} from {ScheduleText.Readable(start)}");
        heading.Append(zone is null ? " (floating local time)" : $" in {zone.Id}");
        heading.Append(CultureInfo.InvariantCulture, $", first {request.Max}");
        if (adjustment is { } chosen)
        {
            heading.Append(CultureInfo.InvariantCulture, $", {(request.Holidays == "nl" ? "Dutch holidays" : "weekends")}: {AdjustNames[(int)chosen - 1]}");
        }
        output.WriteLine(heading.Append(':').ToString());
        if (shown.Count == 0)
        {
            output.WriteLine("  (no occurrences)");
        }
        var originalSet = seen.ToHashSet();
        for (int i = 0; i < shown.Count; i++)
        {
            LocalDateTime occurrence = shown[i];
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"  {i + 1,3}  {ScheduleText.Readable(occurrence)}");
            if (zone is not null)
            {
                line.Append(CultureInfo.InvariantCulture, $"  {zone.ResolveLocal(occurrence, RecurrenceSet.LocalTimeResolver).Offset.ToString("+HH:mm", CultureInfo.InvariantCulture)}");
            }
            if (adjustment is { } policy && !originalSet.Contains(occurrence))
            {
                LocalDateTime from = seen.First(o => o.TimeOfDay == occurrence.TimeOfDay && calendar.Adjust(o.Date, policy) == occurrence.Date);
                string reason = string.Join(", ", holidays.GetHolidays(from.Year).Where(h => h.Date == from.Date).Select(h => h.Name)) is { Length: > 0 } names ? names : "weekend";
                line.Append(CultureInfo.InvariantCulture, $"  moved from {ScheduleText.Readable(from)} ({reason})");
            }
            output.WriteLine(line.ToString());
        }
        return 0;
    }

    private static OccurrenceAdjustment? ToAdjustment(string? name) =>
        Array.IndexOf(AdjustNames, name) is var index and >= 0 ? (OccurrenceAdjustment)(index + 1) : null;

    private static int RunJsonLines(TextWriter output, TextWriter error)
    {
        var lines = new ScheduleJsonLines(DateTimeZoneProviders.Tzdb);
        try
        {
            using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            if (ReferenceEquals(output, Console.Out))
            {
                using Stream stdout = Console.OpenStandardOutput();
                lines.Run(input, stdout);
            }
            else
            {
                using var buffer = new MemoryStream();
                lines.Run(input, buffer);
                output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            return 0;
        }
        catch (IOException exception)
        {
            error.WriteLine($"schedule expand: reading or writing failed: {exception.Message}");
            return 1;
        }
    }

    /// <summary>The options of the readable mode.</summary>
    internal sealed record ReadableRequest(string? Start, string Rule, string? Zone, int Max, string? Holidays, string? Adjust);
}
