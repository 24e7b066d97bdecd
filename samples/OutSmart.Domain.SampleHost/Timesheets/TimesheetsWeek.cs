using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Calendars;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Scheduling.Calendars;
using OutSmart.Domain.Storage.InMemory;
using OutSmart.Domain.Timesheets;
using OutSmart.Domain.Timesheets.Csv;

namespace OutSmart.Domain.SampleHost.Timesheets;

/// <summary>
/// The story's week for a small team, in any ISO week: Bram and Chris (technicians) and Anna (their team lead, who
/// also keeps the payroll). Registers, imports, submits and reviews the hours, locks the week and exports it.
/// It works on the host's store (the in-memory adapter through DI), so a second export on it finds nothing.
/// </summary>
internal sealed class TimesheetsWeek : IAsyncDisposable
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly EmployeeId Anna = AddressBook.Anna;
    private static readonly EmployeeId Bram = AddressBook.Bram;
    private static readonly EmployeeId Chris = AddressBook.Chris;
    private static readonly Actor AnnaAsLead = Actor.Create(Anna, ActorChannel.BackOffice);
    private static readonly Actor AnnaAsAdmin = Actor.Create(Anna, ActorChannel.BackOffice, TimesheetPermissions.Admin, TimesheetPermissions.OverrideLock, PayrollExport.Permission);
    private static readonly Actor BramOnPhone = Actor.Create(Bram, ActorChannel.MobileApp);
    private static readonly Actor ChrisOnPhone = Actor.Create(Chris, ActorChannel.MobileApp);
    private static readonly Actor AnnaOnPhone = Actor.Create(Anna, ActorChannel.MobileApp);
    private static readonly Actor Importer = Actor.Create(Anna, ActorChannel.System);

    private readonly ServiceProvider _provider;
    private int _exports;

    public TimesheetsWeek()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimesheetApprovers.Empty.WithTeamLead(Bram, Anna).WithTeamLead(Chris, Anna));
        services.AddSingleton(PayrollRates.None
            .WithRate(TimesheetEntryKind.Work, Work.ToRateSnapshot())
            .WithRate(TimesheetEntryKind.Travel, Travel.ToRateSnapshot()));
        services.AddOutSmartTimesheets();
        services.AddOutSmartInMemoryStorage();
        _provider = services.BuildServiceProvider();
    }

    public static HourType Work { get; } = HourType.Create("WORK", "Work", Money.FromEuros(65m), Money.FromEuros(38m)).AsT0;

    public static HourType Travel { get; } = HourType.Create("TRAVEL", "Travel", Money.FromEuros(45m), Money.FromEuros(38m)).AsT0;

    public static HourType Evening { get; } = HourType.Create("EVENING", "Evening", Money.FromEuros(65m), Money.FromEuros(38m)).AsT0.WithMultiplier(1.25m).AsT0;

    /// <summary>Parses an ISO week <c>YYYY-Www</c> into its Monday to Sunday, or null when it is not one.</summary>
    public static DateInterval? ParseIsoWeek(string text)
    {
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week)
            || year < 1900 || year > 9998 || week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            return null;
        }
        LocalDate monday = LocalDate.FromWeekYearWeekAndDay(year, week, IsoDayOfWeek.Monday);
        return new DateInterval(monday, monday.PlusDays(6));
    }

    /// <summary>Registers, submits and reviews the story's week in <paramref name="week"/>, telling what happens.</summary>
    public async Task RegisterAndReviewAsync(DateInterval week, TextWriter output, CancellationToken cancellationToken)
    {
        var commands = _provider.GetRequiredService<TimesheetCommands>();
        var employees = _provider.GetRequiredService<ITimesheetEmployeeRepository>();
        foreach (EmployeeId who in new[] { Anna, Bram, Chris })
        {
            await employees.SaveAsync(TimesheetEmployee.Enabled(who, Amsterdam), cancellationToken);
        }
        LocalDate monday = week.Start;
        // Every act happens the next Monday morning, after the week: nothing is registered in the future.
        Instant now = Amsterdam.AtStrictly(monday.PlusDays(7).At(new LocalTime(9, 0))).ToInstant();
        int next = 1;
        TimesheetEntryId NewId() => new(new Guid(next++, 0, 0, [7, 0, 0, 0, 0, 0, 0, (byte)(monday.DayOfYear % 256)]));
        Instant At(LocalDate date, int hour, int minute = 0) => Amsterdam.AtStrictly(date.At(new LocalTime(hour, minute))).ToInstant();
        EntryTime Between(LocalDate date, int fromHour, int fromMinute, int toHour, int toMinute) =>
            EntryTime.BetweenLocal(date.At(new LocalTime(fromHour, fromMinute)), date.At(new LocalTime(toHour, toMinute)), Amsterdam);

        output.WriteLine("  The work order for Jansen is sent; its hours become Bram's entry (imported twice, kept once).");
        var import = ImportFromWorkOrder.Create(NewId(), AddressBook.BoilerOrder, "line-1", Bram, TimesheetEntryKind.Work, At(monday, 8, 0), At(monday, 12, 30),
            customerId: AddressBook.Jansen, description: "=SUM(A1:A9) boiler replaced", hourType: Work);
        var imported = (await commands.ImportFromWorkOrderAsync(import, Importer, now, cancellationToken)).AsT0;
        var again = ImportFromWorkOrder.Create(NewId(), AddressBook.BoilerOrder, "line-1", Bram, TimesheetEntryKind.Work, At(monday, 8, 0), At(monday, 12, 30),
            customerId: AddressBook.Jansen, description: "=SUM(A1:A9) boiler replaced", hourType: Work);
        var reimported = (await commands.ImportFromWorkOrderAsync(again, Importer, now, cancellationToken)).AsT0;
        output.WriteLine($"    imported once: {reimported.Id == imported.Id}; the description starts with '=': \"{imported.Description}\"");

        var links = EntryLinks.Create(AddressBook.BoilerOrder, null, AddressBook.Jansen);
        var bramTravel = await Register(commands, NewId(), Bram, TimesheetEntryContent.Travel(Between(monday, 7, 30, 8, 0)).WithHourType(Travel), links, "Drive to Jansen", BramOnPhone, now, cancellationToken);
        var bramKm = await Register(commands, NewId(), Bram, TimesheetEntryContent.ForKilometres(monday, KilometreClaim.Create(42m, "van 12-ABC-3", "Utrecht - Zeist - Utrecht")), links, "Kilometres to Jansen", BramOnPhone, now, cancellationToken);
        var bramLong = await Register(commands, NewId(), Bram, TimesheetEntryContent.Work(Between(monday.PlusDays(3), 7, 0, 18, 0)).WithHourType(Work), EntryLinks.None, "Emergency repairs, long day", BramOnPhone, now, cancellationToken);
        var chrisParking = await Register(commands, NewId(), Chris, TimesheetEntryContent.ForExpense(monday.PlusDays(1), ExpenseClaim.Create(Money.FromEuros(12.50m), "parking", "receipt 0412")), links, "Parking at Jansen", ChrisOnPhone, now, cancellationToken);
        var chrisDay = await Register(commands, NewId(), Chris, TimesheetEntryContent.Work(Between(monday.PlusDays(1), 8, 0, 16, 0)).WithHourType(Work), EntryLinks.None, "Maintenance round", ChrisOnPhone, now, cancellationToken);
        // The call-out of Wednesday 15:30-19:30 is registered as the two lines the evening window splits it into.
        var chrisAfternoon = await Register(commands, NewId(), Chris, TimesheetEntryContent.Work(Between(monday.PlusDays(2), 15, 30, 17, 0)).WithHourType(Work), links, "Call-out", ChrisOnPhone, now, cancellationToken);
        var chrisEvening = await Register(commands, NewId(), Chris, TimesheetEntryContent.Work(Between(monday.PlusDays(2), 17, 0, 19, 30)).WithHourType(Evening), links, "Call-out, evening", ChrisOnPhone, now, cancellationToken);
        var annaOwn = await Register(commands, NewId(), Anna, TimesheetEntryContent.Work(Between(monday.PlusDays(4), 9, 0, 12, 0)).WithHourType(Work), EntryLinks.None, "Planning", AnnaOnPhone, now, cancellationToken);
        output.WriteLine("  Bram, Chris and Anna register travel, 42 km, a long Thursday, parking, a day, a call-out into the evening and planning.");

        ShowEveningSplit(week, output);

        foreach (var (id, who) in new[] { (imported.Id, BramOnPhone), (bramTravel, BramOnPhone), (bramKm, BramOnPhone), (bramLong, BramOnPhone), (chrisParking, ChrisOnPhone), (chrisDay, ChrisOnPhone), (chrisAfternoon, ChrisOnPhone), (chrisEvening, ChrisOnPhone), (annaOwn, AnnaOnPhone) })
        {
            await commands.SubmitAsync(id, who, now, cancellationToken);
        }
        output.WriteLine("  Everyone submits their week.");

        var reason = TimesheetReason.Create("Parking belongs to the work order, not to the day; please add the receipt number.").AsT0;
        var rejected = await commands.RejectAsync([chrisParking], reason, AnnaAsLead, now, cancellationToken);
        output.WriteLine($"  Anna rejects Chris's parking ({rejected.DoneCount} rejected) with the reason \"{reason.Text}\"");
        await commands.EditAsync(chrisParking, TimesheetEntryContent.ForExpense(monday.PlusDays(1), ExpenseClaim.Create(Money.FromEuros(12.50m), "parking", "receipt 0412")), links, "Parking at Jansen, work order 2", ChrisOnPhone, now, cancellationToken);
        await commands.SubmitAsync(chrisParking, ChrisOnPhone, now, cancellationToken);
        output.WriteLine("  Chris corrects it and submits it again.");

        TimesheetEntryId[] all = [imported.Id, bramTravel, bramKm, bramLong, chrisParking, chrisDay, chrisAfternoon, chrisEvening, annaOwn];
        var review = await commands.ApproveAsync(all, AnnaAsLead, now, cancellationToken);
        output.WriteLine($"  Anna approves the week in bulk: {review.DoneCount} approved, {review.RefusedCount} refused.");
        foreach (EntryReview refused in review.Reviews.Where(r => r.Refusal is not null))
        {
            output.WriteLine($"    refused {AddressBook.NameOf(refused.EmployeeId)}'s entry: {refused.Refusal!.Code}: {refused.Refusal.Message}");
        }

        var periods = _provider.GetRequiredService<ITimesheetPeriodRepository>();
        var period = TimesheetPeriod.Open(new TimesheetPeriodId(new Guid(1, 0, 0, [8, 0, 0, 0, 0, 0, 0, (byte)(monday.DayOfYear % 256)])), week);
        period.Close(AnnaAsAdmin, now);
        await periods.AddAsync(period, cancellationToken);
        output.WriteLine($"  Anna closes the week {IsoWeek(monday)}.");
        var late = await commands.RegisterAsync(NewId(), Bram, TimesheetEntryContent.Work(Between(monday.PlusDays(4), 13, 0, 14, 0)).WithHourType(Work), EntryLinks.None, "Forgot Friday", BramOnPhone, now, cancellationToken);
        output.WriteLine($"  Bram tries to add Friday afternoon late: {(late.Value is IDomainError error ? $"{error.Code}: {error.Message}" : "accepted")}");
    }

    /// <summary>Exports the approved, not yet exported hours of <paramref name="week"/> as Anna (payroll), telling what happens.</summary>
    /// <returns>The rows to write, or null when there was nothing new (said on <paramref name="output"/>).</returns>
    public async Task<ImmutableArray<PayrollRow>?> ExportAsync(DateInterval week, TextWriter output, CancellationToken cancellationToken)
    {
        var export = _provider.GetRequiredService<PayrollExport>();
        _exports++;
        Instant now = Amsterdam.AtStrictly(week.Start.PlusDays(7).At(new LocalTime(10, _exports % 60))).ToInstant();
        var batchId = new ExportBatchId(new Guid(_exports, 0, 0, [9, 0, 0, 0, 0, 0, 0, (byte)(week.Start.DayOfYear % 256)]));
        var result = await export.ExportAsync(batchId, week, AnnaAsAdmin, now, cancellationToken);
        if (result.TryPickT0(out var done, out var refused))
        {
            output.WriteLine($"  Anna exports {IsoWeek(week.Start)} to payroll: {done.Rows.Length} approved entries, now marked exported.");
            return done.Rows;
        }
        var error = (IDomainError)refused.Value;
        output.WriteLine($"  Anna exports {IsoWeek(week.Start)} again: nothing new to export ({error.Code}: {error.Message})");
        return null;
    }

    /// <summary>Gets the exported week's payroll rows as CSV text, for the story to show.</summary>
    public static string Csv(IEnumerable<PayrollRow> rows) => PayrollCsvWriter.Write(rows);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private static string IsoWeek(LocalDate date) => string.Create(
        CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(date):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date):D2}");

    private static async Task<TimesheetEntryId> Register(
        TimesheetCommands commands, TimesheetEntryId id, EmployeeId who, TimesheetEntryContent content, EntryLinks links, string description, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        var result = await commands.RegisterAsync(id, who, content, links, description, actor, now, cancellationToken);
        return result.TryPickT0(out var entry, out var refused)
            ? entry.Id
            : throw new InvalidOperationException($"The story's entry was refused: {((IDomainError)refused.Value).Code}: {((IDomainError)refused.Value).Message}");
    }

    private static void ShowEveningSplit(DateInterval week, TextWriter output)
    {
        RateWindow evening = RateWindow.OnWeekdays("evening", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], 1.25m)
            .AsT0.WithHours(new LocalTime(17, 0), LocalTime.Midnight).AsT0;
        RateCard rates = RateCard.Create(Work.BillRate, [evening], DutchHolidayCalendar.Standard).AsT0;
        var availability = EmployeeAvailability.Create(WeeklyHours.MondayToFriday(Duration.FromHours(8)), DutchHolidayCalendar.Standard);
        var calculator = new TimesheetCalculator(Amsterdam, rates, availability, OvertimePolicy.DailyThenWeekly);
        LocalDate wednesday = week.Start.PlusDays(2);
        LocalDate thursday = week.Start.PlusDays(3);
        var chris = calculator.Calculate([new Interval(Amsterdam.AtLeniently(wednesday.At(new LocalTime(15, 30))).ToInstant(), Amsterdam.AtLeniently(wednesday.At(new LocalTime(19, 30))).ToInstant())]);
        output.WriteLine("  Chris's call-out on Wednesday 15:30-19:30 is split at 17:00, where the evening window (x1.25) starts:");
        foreach (PricedLine line in chris.Lines)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {line.Start.InZone(Amsterdam):HH:mm}-{line.End.InZone(Amsterdam):HH:mm}  {line.Window?.Name ?? "normal",-8} x{line.Multiplier,-4} {line.Minutes,4} min  EUR {line.Amount.Amount,7:F2}"));
        }
        var bram = calculator.Calculate([new Interval(Amsterdam.AtLeniently(thursday.At(new LocalTime(7, 0))).ToInstant(), Amsterdam.AtLeniently(thursday.At(new LocalTime(18, 0))).ToInstant())]);
        DayTotal day = bram.Days.Single(d => d.Date == thursday);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Bram's Thursday 07:00-18:00: worked {day.Worked.TotalMinutes} min, expected {day.Expected.TotalMinutes}, overtime {day.Overtime.TotalMinutes} min."));
    }
}
