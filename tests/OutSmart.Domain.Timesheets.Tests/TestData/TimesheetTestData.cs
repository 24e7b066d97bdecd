using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.Timesheets.Tests.TestData;

/// <summary>Fixed ids, actors, zones, instants and entry builders shared by the timesheet tests.</summary>
public static class TimesheetTestData
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static readonly EmployeeId Technician = new(Guid.Parse("e0000000-0000-0000-0000-000000000001"));
    public static readonly EmployeeId TeamLead = new(Guid.Parse("e0000000-0000-0000-0000-000000000002"));
    public static readonly EmployeeId Manager = new(Guid.Parse("e0000000-0000-0000-0000-000000000003"));
    public static readonly EmployeeId AdminId = new(Guid.Parse("e0000000-0000-0000-0000-000000000004"));
    public static readonly EmployeeId Stranger = new(Guid.Parse("e0000000-0000-0000-0000-000000000005"));

    public static readonly ProjectId Project = new(Guid.Parse("f0000000-0000-0000-0000-000000000001"));
    public static readonly WorkOrderId WorkOrder = new(Guid.Parse("f0000000-0000-0000-0000-000000000002"));
    public static readonly CustomerId Customer = new(Guid.Parse("f0000000-0000-0000-0000-000000000003"));

    public static readonly Actor Tech = Actor.Create(Technician, ActorChannel.MobileApp);
    public static readonly Actor Lead = Actor.Create(TeamLead, ActorChannel.BackOffice);
    public static readonly Actor Boss = Actor.Create(Manager, ActorChannel.BackOffice);
    public static readonly Actor Admin = Actor.Create(AdminId, ActorChannel.BackOffice, TimesheetPermissions.Admin, TimesheetPermissions.OverrideLock);
    public static readonly Actor Outsider = Actor.Create(Stranger, ActorChannel.BackOffice);
    public static readonly Actor Importer = Actor.Create(AdminId, ActorChannel.System);

    public static readonly TimesheetEmployee TechnicianSettings = TimesheetEmployee.Enabled(Technician, Amsterdam);

    /// <summary>The technician reports to the team lead and the manager.</summary>
    public static readonly TimesheetApprovers Org = TimesheetApprovers.Empty.WithTeamLead(Technician, TeamLead).WithManager(Technician, Manager);

    /// <summary>Friday 20 November 2026, 18:00 in Amsterdam (17:00 UTC): after the work of the week.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 17, 0);

    /// <summary>Monday 16 November 2026.</summary>
    public static readonly LocalDate Monday = new(2026, 11, 16);

    public static TimesheetEntryId EntryId(int n) => new(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]));

    public static LocalDateTime At(LocalDate date, int hour, int minute = 0) => date.At(new LocalTime(hour, minute));

    public static TimesheetEntryContent WorkOn(LocalDate date, int fromHour, int toHour) =>
        TimesheetEntryContent.Work(EntryTime.BetweenLocal(At(date, fromHour), At(date, toHour), Amsterdam));

    /// <summary>A draft work entry of the technician, registered at <see cref="Now"/>.</summary>
    public static TimesheetEntry Draft(int id, LocalDate? date = null, int fromHour = 8, int toHour = 12, EmployeeId? employee = null) =>
        TimesheetEntry.Register(
            EntryId(id),
            employee is { } e ? TimesheetEmployee.Enabled(e, Amsterdam) : TechnicianSettings,
            WorkOn(date ?? Monday, fromHour, toHour),
            EntryLinks.Create(WorkOrder, Project, Customer),
            "Boiler service",
            TimesheetRules.Default,
            PeriodLocks.None,
            Tech,
            Now).AsT0;

    public static TimesheetEntry Submitted(int id, LocalDate? date = null, int fromHour = 8, int toHour = 12)
    {
        TimesheetEntry entry = Draft(id, date, fromHour, toHour);
        Assert.True(entry.Submit(PeriodLocks.None, Tech, Now).IsT0);
        return entry;
    }

    public static TimesheetEntry Approved(int id, LocalDate? date = null)
    {
        TimesheetEntry entry = Submitted(id, date);
        Assert.True(entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now).IsT0);
        return entry;
    }

    public static TimesheetEntry Exported(int id)
    {
        TimesheetEntry entry = Approved(id);
        Assert.True(entry.Export(new ExportBatchId(Guid.Parse("b0000000-0000-0000-0000-000000000001")), Admin, Now).IsT0);
        return entry;
    }

    public static TimesheetReason Reason(string text) => TimesheetReason.Create(text).AsT0;

    public static PeriodLocks Locked(LocalDate first, LocalDate last)
    {
        var period = TimesheetPeriod.Open(new TimesheetPeriodId(Guid.Parse("c0000000-0000-0000-0000-000000000001")), new DateInterval(first, last));
        Assert.True(period.Close(Admin, Now).IsT0);
        return PeriodLocks.From([period]);
    }
}
