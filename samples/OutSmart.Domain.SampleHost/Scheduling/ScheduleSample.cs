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

    /// <summary>The help text of <c>schedule expand</c>: both modes, and the JSON Lines format in full.</summary>
    internal static readonly string ExpandDescription = string.Join(Environment.NewLine,
        "Expands a recurrence rule, readably or in bulk.",
        "",
        "Readable: --rule with --start (and optionally --zone, --max, --holidays, --adjust) prints the occurrences.",
        "",
        "JSON Lines: without --rule (and without the options that go with it), each line of standard input is one case",
        "and gets exactly one answer line on standard output, in order; blank lines are skipped.",
        "  Input:  {\"id\": \"a1\", \"dtstart\": \"2026-01-05T08:00\", \"rrule\": \"FREQ=WEEKLY;BYDAY=MO\", \"max\": 10,",
        "           \"zone\": \"Europe/Amsterdam\", \"rdate\": [\"2026-01-07T08:00\"], \"exdate\": [\"2026-01-12T08:00\"]}",
        "          dtstart and rrule are required; dtstart, rdate and exdate are local yyyy-MM-ddTHH:mm[:ss] (hour 0-23);",
        "          id is a string or number, echoed back; max is 0 to 100000 (default 100); zone is an IANA id",
        "          (without it, floating local time); other fields are ignored; no field may appear twice.",
        "  Output: {\"id\": \"a1\", \"occurrences\": [\"2026-01-05T08:00:00+01:00\", ...]} (the offset only with a zone)",
        "  Error:  {\"id\": \"a1\", \"error\": {\"code\": \"DTSTART_INVALID\", \"message\": \"...\"}} (id null when unreadable)",
        "          codes: JSON_INVALID, LINE_TOO_LONG (over 1048576 characters), FIELD_DUPLICATE, FIELD_INVALID,",
        "          DTSTART_INVALID, RRULE_*, ZONE_UNKNOWN, MAX_INVALID, DATE_INVALID, CASE_FAILED.",
        "  A refused line does not stop the run: the exit code is 0 unless reading or writing fails (then 1).");

    public string Title => "Scheduling: contract visits, Dutch holidays and business hours";

    public Command CreateCommand()
    {
        var start = new Option<string>("--start") { Description = "With --rule: the first date-time of the schedule (local), such as 2026-01-05T08:00." };
        var rule = new Option<string>("--rule") { Description = "An RFC 5545 RRULE such as \"FREQ=WEEKLY;BYDAY=MO\"; needs --start. Without it, JSON Lines are read from standard input." };
        var zone = new Option<string>("--zone") { Description = "With --rule: an IANA time zone such as Europe/Amsterdam; without it the schedule is floating local time." };
        var max = new Option<int>("--max") { Description = "With --rule: the number of occurrences to show.", DefaultValueFactory = _ => 20 };
        var holidays = new Option<string>("--holidays") { Description = "With --rule: a holiday calendar, nl (Dutch public holidays) or none." };
        holidays.AcceptOnlyFromAmong("nl", "none");
        var adjust = new Option<string>("--adjust") { Description = "With --rule: what to do with an occurrence on a weekend day or holiday (default next-working-day when --holidays is given)." };
        adjust.AcceptOnlyFromAmong(AdjustNames);

        var expand = new Command("expand", ExpandDescription);
        expand.Options.Add(start);
        expand.Options.Add(rule);
        expand.Options.Add(zone);
        expand.Options.Add(max);
        expand.Options.Add(holidays);
        expand.Options.Add(adjust);
        expand.Validators.Add(result =>
        {
            bool hasRule = result.GetResult(rule) is not null;
            if (hasRule && result.GetResult(start) is null)
            {
                result.AddError("--rule needs --start: the first date-time of the schedule, such as --start 2026-01-05T08:00.");
            }
            if (!hasRule)
            {
                foreach (Option readableOnly in (Option[])[start, zone, max, holidays, adjust])
                {
                    if (result.GetResult(readableOnly) is { Implicit: false })
                    {
                        result.AddError($"{readableOnly.Name} goes with --rule; without --rule each JSON line carries its own fields.");
                    }
                }
            }
        });
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

    public int TellStory(StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextWriter output = context.Output;
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
                return ExitCodes.Success;
            },
            notFound =>
            {
                output.WriteLine($"{notFound.Code}: {notFound.Message}");
                return ExitCodes.Refused;
            });
    }

    /// <summary>Writes the occurrences of one rule for people to read; returns the exit code.</summary>
    internal static int WriteReadable(ReadableRequest request, TextWriter output, TextWriter error)
    {
        if (!ScheduleText.TryParse(request.Start, out LocalDateTime start))
        {
            error.WriteLine(request.Start is null
                ? "DTSTART_INVALID: --start is required with --rule, for example --start 2026-01-05T08:00."
                : $"DTSTART_INVALID: --start '{request.Start}' is not a valid local date-time (yyyy-MM-ddTHH:mm[:ss], hour 0-23).");
            return ExitCodes.Refused;
        }
        if (RecurrenceRule.Parse(request.Rule).TryPickT1(out InvalidRecurrenceRule invalid, out RecurrenceRule rule))
        {
            error.WriteLine($"{invalid.Code}: --rule: {invalid.Message}");
            return ExitCodes.Refused;
        }
        DateTimeZone? zone = null;
        if (request.Zone is not null && (zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(request.Zone)) is null)
        {
            error.WriteLine($"ZONE_UNKNOWN: --zone '{request.Zone}' is not a known IANA time zone id.");
            return ExitCodes.Refused;
        }
        if (request.Max is < 0 or > ScheduleJsonLines.MaxMax)
        {
            error.WriteLine($"MAX_INVALID: --max must be 0 to {ScheduleJsonLines.MaxMax}, not {request.Max}.");
            return ExitCodes.Refused;
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
        return ExitCodes.Success;
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
            return ExitCodes.Success;
        }
        catch (IOException exception)
        {
            error.WriteLine($"IO_FAILED: schedule expand: reading or writing failed: {exception.Message}");
            return ExitCodes.Refused;
        }
    }

    /// <summary>The options of the readable mode.</summary>
    internal sealed record ReadableRequest(string? Start, string Rule, string? Zone, int Max, string? Holidays, string? Adjust);
}
