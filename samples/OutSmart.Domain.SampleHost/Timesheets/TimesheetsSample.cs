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

    public string Title => "Timesheets: a week of hours, reviewed, locked and exported to payroll";

    public Command CreateCommand()
    {
        var calculate = new Command("calculate", CalculateDescription);
        calculate.SetAction(parseResult => RunJsonLines(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        var timesheets = new Command("timesheets", "Timesheets (urenregistratie): hours priced with rate windows, overtime, and the payroll export.");
        timesheets.Subcommands.Add(calculate);
        timesheets.Subcommands.Add(CreateExportCommand());
        return timesheets;
    }

    public int TellStory(StoryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TextWriter output = context.Output;
        return TellStoryAsync(output, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The story's chapter: a week of a small team, from imported hours to the payroll export, run twice.</summary>
    internal static async Task<int> TellStoryAsync(TextWriter output, CancellationToken cancellationToken)
    {
        DateInterval week = TimesheetsWeek.ParseIsoWeek("2026-W47")!;
        await using var team = new TimesheetsWeek();
        output.WriteLine("Week 47 of 2026 for Anna's team (Bram and Chris, technicians):");
        await team.RegisterAndReviewAsync(week, output, cancellationToken);
        var rows = await team.ExportAsync(week, output, cancellationToken);
        if (rows is { } exported)
        {
            string csv = TimesheetsWeek.Csv(exported);
            string formula = csv.Split("\r\n").Single(line => line.Contains("SUM(A1:A9)", StringComparison.Ordinal));
            output.WriteLine($"    {csv.Split("\r\n").Length - 2} CSV rows; the '=' description is written as text: {formula[formula.LastIndexOf(',')..]}");
        }
        await team.ExportAsync(week, output, cancellationToken);
        return ExitCodes.Success;
    }

    private static Command CreateExportCommand()
    {
        var period = new Option<string>("--period") { Description = "The ISO week to export, YYYY-Www (for example 2026-W47).", Required = true };
        var file = new Option<string>("--out") { Description = "The CSV file to write (RFC 4180, UTF-8, the columns of PayrollCsvColumns).", Required = true };
        var demo = new Option<bool>("--demo") { Description = "First register, submit and review the story's week in that ISO week." };
        var command = new Command("export", string.Join(Environment.NewLine,
            "Exports the approved hours of an ISO week from the host's store to a payroll CSV file, and marks them exported.",
            "Running it again on the same store exports nothing new and says so (the file is then not written).",
            "The store is in memory for now, so without --demo there is nothing to export.",
            "Columns: " + string.Join(",", OutSmart.Domain.Timesheets.Csv.PayrollCsvColumns.All) + "."))
        {
            period,
            file,
            demo,
        };
        command.SetAction(parseResult => RunExport(
            parseResult.GetValue(period)!,
            parseResult.GetValue(file)!,
            parseResult.GetValue(demo),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs <c>timesheets export</c> on a fresh in-memory store.</summary>
    internal static int RunExport(string period, string file, bool demo, TextWriter output, TextWriter error)
    {
        var team = new TimesheetsWeek();
        try
        {
            return RunExportAsync(team, period, file, demo, output, error, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            team.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Runs <c>timesheets export</c> on a given store, so that a test can run it twice on the same one.</summary>
    internal static async Task<int> RunExportAsync(TimesheetsWeek team, string period, string file, bool demo, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (TimesheetsWeek.ParseIsoWeek(period) is not { } week)
        {
            error.WriteLine($"PERIOD_INVALID: --period must be an ISO week YYYY-Www, such as 2026-W47; got \"{period}\".");
            return ExitCodes.Refused;
        }
        if (demo)
        {
            await team.RegisterAndReviewAsync(week, output, cancellationToken);
        }
        var rows = await team.ExportAsync(week, output, cancellationToken);
        if (rows is not { } exported)
        {
            output.WriteLine($"  {file} was not written.");
            return ExitCodes.Success;
        }
        try
        {
            await using var stream = File.Create(file);
            await OutSmart.Domain.Timesheets.Csv.PayrollCsvWriter.WriteAsync(exported, stream, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"IO_FAILED: timesheets export: could not write {file}: {exception.Message}");
            return ExitCodes.Refused;
        }
        output.WriteLine($"  Wrote {exported.Length} rows to {file}.");
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
