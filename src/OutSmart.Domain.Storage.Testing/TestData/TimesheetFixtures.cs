using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.Timesheets;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// Fixed ids, actors, days and builders of timesheet entries (urenregistraties), periods and export batches that the
/// timesheet port suites of the kit use; a host team may use them in tests of its own adapter too.
/// </summary>
/// <remarks>Every builder returns a new, never-saved aggregate at <see cref="AggregateVersion.New"/>; the same
/// arguments give equal snapshots. The week is the one of <see cref="Monday"/> (16 November 2026) in
/// <see cref="Amsterdam"/>.</remarks>
public static class TimesheetFixtures
{
    /// <summary>Gets the zone every fixture employee works in: Europe/Amsterdam.</summary>
    public static DateTimeZone Amsterdam { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Gets the technician whose hours the entries record.</summary>
    public static EmployeeId Technician { get; } = new(Guid.Parse("e0000000-0000-0000-0000-000000000001"));

    /// <summary>Gets the technician's team lead, who approves.</summary>
    public static EmployeeId TeamLead { get; } = new(Guid.Parse("e0000000-0000-0000-0000-000000000002"));

    /// <summary>Gets an administrator, who closes periods and exports.</summary>
    public static EmployeeId AdminId { get; } = new(Guid.Parse("e0000000-0000-0000-0000-000000000004"));

    /// <summary>Gets another employee, whose entries a query for the technician must leave out.</summary>
    public static EmployeeId Colleague { get; } = new(Guid.Parse("e0000000-0000-0000-0000-000000000005"));

    /// <summary>Gets the work order the entries link to and import from.</summary>
    public static WorkOrderId WorkOrder { get; } = new(Guid.Parse("f0000000-0000-0000-0000-000000000002"));

    /// <summary>Gets the project the entries link to.</summary>
    public static ProjectId Project { get; } = new(Guid.Parse("f0000000-0000-0000-0000-000000000001"));

    /// <summary>Gets the customer the entries link to.</summary>
    public static CustomerId Customer { get; } = new(Guid.Parse("f0000000-0000-0000-0000-000000000003"));

    /// <summary>Gets the technician as an actor on the mobile app.</summary>
    public static Actor Tech { get; } = Actor.Create(Technician, ActorChannel.MobileApp);

    /// <summary>Gets the team lead as an actor in the back office.</summary>
    public static Actor Lead { get; } = Actor.Create(TeamLead, ActorChannel.BackOffice);

    /// <summary>Gets the administrator with every timesheet permission.</summary>
    public static Actor Admin { get; } = Actor.Create(AdminId, ActorChannel.BackOffice, TimesheetPermissions.Admin, TimesheetPermissions.OverrideLock);

    /// <summary>Gets the system actor that imports hours from work orders.</summary>
    public static Actor Importer { get; } = Actor.Create(AdminId, ActorChannel.System);

    /// <summary>Gets the technician's timesheet settings: enabled, in <see cref="Amsterdam"/>.</summary>
    public static TimesheetEmployee TechnicianSettings { get; } = TimesheetEmployee.Enabled(Technician, Amsterdam);

    /// <summary>Gets the approvers: the technician reports to the team lead.</summary>
    public static TimesheetApprovers Org { get; } = TimesheetApprovers.Empty.WithTeamLead(Technician, TeamLead);

    /// <summary>Gets Monday 30 November 2026, 18:00 in Amsterdam: after the work of the week of <see cref="Monday"/> and the next.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 30, 17, 0);

    /// <summary>Gets Monday 16 November 2026.</summary>
    public static LocalDate Monday { get; } = new(2026, 11, 16);

    /// <summary>Gets the week of <see cref="Monday"/>, Monday to Sunday.</summary>
    public static DateInterval Week { get; } = new(Monday, Monday.PlusDays(6));

    /// <summary>Returns the id of entry number <paramref name="n"/>; ids sort by number.</summary>
    /// <param name="n">The number, at least 1.</param>
    /// <returns>The id.</returns>
    public static TimesheetEntryId EntryId(int n) => new(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]));

    /// <summary>Returns the id of period number <paramref name="n"/>; ids sort by number.</summary>
    /// <param name="n">The number, at least 1.</param>
    /// <returns>The id.</returns>
    public static TimesheetPeriodId PeriodId(int n) => new(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 2]));

    /// <summary>Returns the id of export batch number <paramref name="n"/>; ids sort by number.</summary>
    /// <param name="n">The number, at least 1.</param>
    /// <returns>The id.</returns>
    public static ExportBatchId BatchId(int n) => new(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 8]));

    /// <summary>Returns work on <paramref name="date"/> from one whole hour to another, in <see cref="Amsterdam"/>.</summary>
    /// <param name="date">The day.</param>
    /// <param name="fromHour">The first hour.</param>
    /// <param name="toHour">The hour the work ends, after <paramref name="fromHour"/>.</param>
    /// <returns>The content.</returns>
    public static TimesheetEntryContent WorkOn(LocalDate date, int fromHour, int toHour) =>
        TimesheetEntryContent.Work(EntryTime.BetweenLocal(date.At(new LocalTime(fromHour, 0)), date.At(new LocalTime(toHour, 0)), Amsterdam));

    /// <summary>Returns a draft entry registered by its employee at <see cref="Now"/>.</summary>
    /// <param name="id">The entry number (<see cref="EntryId"/>).</param>
    /// <param name="date">The day; <see cref="Monday"/> when null.</param>
    /// <param name="fromHour">The first hour of the work.</param>
    /// <param name="toHour">The hour the work ends.</param>
    /// <param name="employee">Whose entry it is; <see cref="Technician"/> when null.</param>
    /// <returns>The entry.</returns>
    public static TimesheetEntry Draft(int id, LocalDate? date = null, int fromHour = 8, int toHour = 12, EmployeeId? employee = null) =>
        Register(id, WorkOn(date ?? Monday, fromHour, toHour), employee);

    /// <summary>Returns a draft entry of any content (an expense, kilometres, hours without a start) registered by its
    /// employee at <see cref="Now"/>.</summary>
    /// <param name="id">The entry number (<see cref="EntryId"/>).</param>
    /// <param name="content">What it records.</param>
    /// <param name="employee">Whose entry it is; <see cref="Technician"/> when null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="InvalidOperationException">The domain refuses the content.</exception>
    public static TimesheetEntry Register(int id, TimesheetEntryContent content, EmployeeId? employee = null)
    {
        EmployeeId who = employee ?? Technician;
        return Value<TimesheetEntry>(TimesheetEntry.Register(
            EntryId(id),
            TimesheetEmployee.Enabled(who, Amsterdam),
            content,
            EntryLinks.Create(WorkOrder, Project, Customer),
            "Boiler service",
            TimesheetRules.Default,
            PeriodLocks.None,
            Actor.Create(who, ActorChannel.MobileApp),
            Now));
    }

    /// <summary>Returns an entry of the technician imported from <see cref="WorkOrder"/> under the source line
    /// <paramref name="line"/> (TS-13), on <see cref="Monday"/> from 8 to 12.</summary>
    /// <param name="id">The entry number (<see cref="EntryId"/>).</param>
    /// <param name="line">The work order's source line id.</param>
    /// <returns>The entry.</returns>
    public static TimesheetEntry Imported(int id, string line) => Value<TimesheetEntry>(TimesheetEntry.Import(
        EntryId(id), ImportKeyOf(line), TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.None, "",
        TimesheetRules.Default, PeriodLocks.None, Importer, Now));

    /// <summary>Returns the import key of the technician's hours on a source line of <see cref="WorkOrder"/>.</summary>
    /// <param name="line">The source line id.</param>
    /// <returns>The key.</returns>
    public static ImportKey ImportKeyOf(string line) => ImportKey.Create(WorkOrder, line, Technician);

    /// <summary>Returns a submitted entry of the technician (<see cref="Draft"/>, then submitted).</summary>
    /// <param name="id">The entry number.</param>
    /// <param name="date">The day; <see cref="Monday"/> when null.</param>
    /// <param name="fromHour">The first hour of the work.</param>
    /// <param name="toHour">The hour the work ends.</param>
    /// <returns>The entry.</returns>
    public static TimesheetEntry Submitted(int id, LocalDate? date = null, int fromHour = 8, int toHour = 12)
    {
        TimesheetEntry entry = Draft(id, date, fromHour, toHour);
        Value(entry.Submit(PeriodLocks.None, Tech, Now));
        return entry;
    }

    /// <summary>Returns an approved entry of the technician (submitted, then approved by the team lead).</summary>
    /// <param name="id">The entry number.</param>
    /// <param name="date">The day; <see cref="Monday"/> when null.</param>
    /// <param name="fromHour">The first hour of the work.</param>
    /// <param name="toHour">The hour the work ends.</param>
    /// <returns>The entry.</returns>
    public static TimesheetEntry Approved(int id, LocalDate? date = null, int fromHour = 8, int toHour = 12)
    {
        TimesheetEntry entry = Submitted(id, date, fromHour, toHour);
        Value(entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now));
        return entry;
    }

    /// <summary>Returns an approved entry of the technician exported in batch <see cref="BatchId"/>(1).</summary>
    /// <param name="id">The entry number.</param>
    /// <returns>The entry.</returns>
    public static TimesheetEntry Exported(int id)
    {
        TimesheetEntry entry = Approved(id);
        Value(entry.Export(BatchId(1), Admin, Now));
        return entry;
    }

    /// <summary>Returns an open period of seven days from <paramref name="start"/>.</summary>
    /// <param name="n">The period number (<see cref="PeriodId"/>).</param>
    /// <param name="start">The first day.</param>
    /// <returns>The period.</returns>
    public static TimesheetPeriod WeekPeriod(int n, LocalDate start) => TimesheetPeriod.Open(PeriodId(n), new DateInterval(start, start.PlusDays(6)));

    /// <summary>Returns an export batch of the seven days from <paramref name="start"/>, exported by the administrator
    /// <paramref name="minutesLater"/> minutes after <see cref="Now"/>.</summary>
    /// <param name="n">The batch number (<see cref="BatchId"/>); its one entry is entry number 100 + n.</param>
    /// <param name="start">The first day of the period.</param>
    /// <param name="minutesLater">How long after <see cref="Now"/> it was exported.</param>
    /// <returns>The batch.</returns>
    public static ExportBatch Batch(int n, LocalDate start, int minutesLater = 0) => ExportBatch.Record(
        BatchId(n), new DateInterval(start, start.PlusDays(6)), [EntryId(100 + n)], Admin, Now + Duration.FromMinutes(minutesLater));

    // The first case of a domain result, or an exception that names the refusal.
    private static T Value<T>(IOneOf result) =>
        result.Index == 0 ? (T)result.Value : throw new InvalidOperationException($"Test data: the domain refused: {result.Value}");

    private static void Value(IOneOf result) => Value<object>(result);
}
