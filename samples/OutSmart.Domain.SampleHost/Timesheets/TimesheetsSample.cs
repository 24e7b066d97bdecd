using System.CommandLine;
using System.Globalization;
using System.Text;
using NodaTime;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.SampleHost.Timesheets;

/// <summary>
/// The timesheets sample: <c>timesheets calculate</c> prices work entries and counts overtime in bulk as JSON Lines
/// from standard input; the story prints one calculated week.
/// </summary>
internal sealed class TimesheetsSample : ISample
{
    /// <summary>The help text of <c>timesheets calculate</c>: the JSON Lines format in full.</summary>
    internal static readonly string CalculateDescription = string.Join(Environment.NewLine,
        "Prices work entries and counts overtime, one employee per line (JSON Lines).",
        "",
        "Each line of standard input is one case and gets exactly one answer line on standard output, in order; blank",
        "lines are skipped.",
        "  Input:  {\"id\": \"t1\", \"zone\": \"Europe/Amsterdam\", \"holidays\": \"nl\", \"rate\": \"60.00\",",
        "           \"windows\": [{\"name\": \"evening\", \"days\": [\"mo\", \"tu\"], \"from\": \"17:00\", \"to\": \"24:00\", \"multiplier\": \"1.25\"},",
        "                       {\"name\": \"holiday\", \"holidays\": true, \"multiplier\": \"2\"}],",
        "           \"expected\": {\"mo\": \"8:00\", \"tu\": \"8:00\", \"we\": \"8:00\", \"th\": \"8:00\", \"fr\": \"8:00\", \"sa\": \"0:00\", \"su\": \"0:00\"},",
        "           \"overtime\": {\"mode\": \"daily-then-weekly\", \"toleranceMinutes\": 0},",
        "           \"entries\": [{\"start\": \"2026-11-16T07:30\", \"end\": \"2026-11-16T18:15\"}]}",
        "          every field is required (windows may be empty); holidays is nl or none; rate and multiplier are",
        "          decimal strings, multipliers above 1; a window has days (mo..su) or \"holidays\": true, and optionally",
        "          from and to (HH:mm, to may be 24:00); mode is daily, weekly or daily-then-weekly; entries are local",
        "          yyyy-MM-ddTHH:mm in zone (a DST gap moves forward, an ambiguous time takes the earlier instant).",
        "  Output: {\"id\": \"t1\", \"lines\": [{\"entry\": 0, \"from\": \"2026-11-16T07:30:00+01:00\", \"to\": ..., \"window\": null,",
        "           \"multiplier\": \"1\", \"minutes\": 570, \"amount\": \"570.00\"}, ...], \"days\": [{\"date\": ..., \"workedMinutes\": ...,",
        "           \"expectedMinutes\": ..., \"overtimeMinutes\": ...}], \"weeks\": [{\"week\": \"2026-W47\", ...}], \"totalAmount\": \"...\"}",
        "  Error:  {\"id\": \"t1\", \"error\": {\"code\": \"TS_OVERLAP\", \"message\": \"...\"}} (id null when unreadable)",
        "          codes: TS_END_BEFORE_START, TS_ZERO_DURATION, TS_ENTRY_TOO_LONG (over 720 minutes), TS_OVERLAP,",
        "          FIELD_REQUIRED, FIELD_INVALID, ZONE_UNKNOWN, RATE_WINDOW_*, MULTIPLIER_INVALID, JSON_INVALID,",
        "          LINE_TOO_LONG (over 1048576 characters), FIELD_DUPLICATE, CASE_FAILED.",
        "  A refused line does not stop the run: the exit code is 0 unless reading or writing fails (then 1).");

    public string Title => "Timesheets: an evening, a Saturday and overtime, priced";

    public Command CreateCommand()
    {
        var calculate = new Command("calculate", CalculateDescription);
        calculate.SetAction(parseResult => RunJsonLines(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        var timesheets = new Command("timesheets", "Timesheets (urenregistratie): hours priced with rate windows, and overtime.");
        timesheets.Subcommands.Add(calculate);
        return timesheets;
    }

    public int TellStory(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        DateTimeZone zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        RateWindow evening = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], 1.25m)
            .AsT0.WithHours(new LocalTime(17, 0), LocalTime.Midnight).AsT0;
        RateWindow saturday = RateWindow.OnWeekdays("saturday", [IsoDayOfWeek.Saturday], 1.5m).AsT0;
        RateCard rates = RateCard.Create(Money.FromEuros(60m), [evening, saturday], DutchHolidayCalendar.Standard).AsT0;
        var availability = EmployeeAvailability.Create(WeeklyHours.MondayToFriday(Duration.FromHours(8)), DutchHolidayCalendar.Standard);
        var calculator = new TimesheetCalculator(zone, rates, availability, OvertimePolicy.DailyThenWeekly);
        Interval[] entries =
        [
            Entry(zone, new LocalDateTime(2026, 11, 16, 7, 30), new LocalDateTime(2026, 11, 16, 18, 15)),
            Entry(zone, new LocalDateTime(2026, 11, 17, 8, 0), new LocalDateTime(2026, 11, 17, 16, 0)),
            Entry(zone, new LocalDateTime(2026, 11, 21, 9, 0), new LocalDateTime(2026, 11, 21, 13, 0)),
        ];

        TimesheetCalculation week = calculator.Calculate(entries);

        output.WriteLine("Jan's week 47 of 2026 at EUR 60.00 an hour, evenings x1.25, Saturdays x1.5, overtime daily then weekly:");
        foreach (PricedLine line in week.Lines)
        {
            LocalDateTime from = line.Start.InZone(zone).LocalDateTime;
            LocalDateTime to = line.End.InZone(zone).LocalDateTime;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {from:ddd uuuu-MM-dd HH:mm}-{to:HH:mm}  {line.Window?.Name ?? "normal",-8} x{line.Multiplier,-4} {line.Minutes,4} min  EUR {line.Amount.Amount,8:F2}"));
        }
        foreach (WeekTotal total in week.Weeks)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {total}: worked {Hours(total.Worked)}, expected {Hours(total.Expected)}, overtime {Hours(total.Overtime)}; total EUR {week.TotalAmount.Amount:F2}"));
        }
        return ExitCodes.Success;
    }

    private static Interval Entry(DateTimeZone zone, LocalDateTime start, LocalDateTime end) =>
        new(zone.AtLeniently(start).ToInstant(), zone.AtLeniently(end).ToInstant());

    private static string Hours(Duration duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}:{duration.Minutes:D2}");

    private static int RunJsonLines(TextWriter output, TextWriter error)
    {
        var lines = new TimesheetsCalculateJsonLines(DateTimeZoneProviders.Tzdb);
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
            error.WriteLine($"IO_FAILED: timesheets calculate: reading or writing failed: {exception.Message}");
            return ExitCodes.Refused;
        }
    }
}
