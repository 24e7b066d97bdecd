using NodaTime;
using OutSmart.Domain.Timesheets.Tests.TestData;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Entries;

public sealed partial class TimesheetEntryTests
{
    [Fact]
    public void Register_WhenValid_CreatesADraftWithHistoryAndEvent()
    {
        var result = TimesheetEntry.Register(
            EntryId(1), TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.Create(WorkOrder, Project, Customer), "  Boiler  ",
            TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        var entry = Assert.IsType<TimesheetEntry>(result.Value);
        Assert.Equal(TimesheetEntryStatus.Draft, entry.Status);
        Assert.Equal("Boiler", entry.Description);
        Assert.Equal(Monday, entry.Date);
        Assert.Equal(Duration.FromHours(4), entry.Content.Time!.Duration);
        var line = Assert.Single(entry.History);
        Assert.Equal(TimesheetEntryAction.Registered, line.Action);
        Assert.Equal(Technician, line.Actor);
        Assert.Equal(Now, line.At);
        Assert.IsType<TimesheetEntryRegistered>(Assert.Single(entry.DomainEvents));
    }

    [Fact]
    public void Register_WhenTimesheetSwitchedOff_ReturnsTimesheetDisabled()
    {
        var result = TimesheetEntry.Register(
            EntryId(1), TechnicianSettings.WithEnabled(false), WorkOn(Monday, 8, 12), EntryLinks.None, "",
            TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        var refusal = Assert.IsType<TimesheetDisabled>(result.Value);
        Assert.Equal("TS_DISABLED", refusal.Code);
    }

    [Fact]
    public void Register_WhenDateIsInAClosedPeriod_ReturnsTimesheetPeriodLocked()
    {
        var result = TimesheetEntry.Register(
            EntryId(1), TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.None, "",
            TimesheetRules.Default, Locked(Monday, Monday.PlusDays(6)), Tech, Now);

        var refusal = Assert.IsType<TimesheetPeriodLocked>(result.Value);
        Assert.Equal(Monday, refusal.Date);
    }

    [Fact]
    public void Register_WhenEndBeforeStart_ReturnsTimesheetEntryInvalid()
    {
        var content = TimesheetEntryContent.Work(EntryTime.BetweenLocal(At(Monday, 12), At(Monday, 8), Amsterdam));

        var result = TimesheetEntry.Register(EntryId(1), TechnicianSettings, content, EntryLinks.None, "", TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        var invalid = Assert.IsType<TimesheetEntryInvalid>(result.Value);
        Assert.Equal("TS_END_BEFORE_START", Assert.Single(invalid.Violations).Code);
    }

    [Fact]
    public void Register_WhenKilometresAndExpenseAreInvalid_ReportsThemAsErrors()
    {
        var km = TimesheetEntryContent.ForKilometres(Monday, KilometreClaim.Create(1200m, "AB-123-C"));
        var expense = TimesheetEntryContent.ForExpense(Monday, ExpenseClaim.Create(Money.FromEuros(12.345m), "parking"));

        var kmResult = TimesheetEntry.Register(EntryId(1), TechnicianSettings, km, EntryLinks.None, "", TimesheetRules.Default, PeriodLocks.None, Tech, Now);
        var expenseResult = TimesheetEntry.Register(EntryId(2), TechnicianSettings, expense, EntryLinks.None, "", TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        Assert.Equal("TS_KM_INVALID", Assert.Single(Assert.IsType<TimesheetEntryInvalid>(kmResult.Value).Violations).Code);
        Assert.Equal("TS_EXPENSE_INVALID", Assert.Single(Assert.IsType<TimesheetEntryInvalid>(expenseResult.Value).Violations).Code);
    }

    [Fact]
    public void Import_WhenValid_LinksTheKeysWorkOrderAndRecordsImported()
    {
        var key = ImportKey.Create(WorkOrder, "line-1", Technician);

        var result = TimesheetEntry.Import(
            EntryId(1), key, TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.Create(null, Project, null), "", TimesheetRules.Default, PeriodLocks.None, Importer, Now);

        var entry = Assert.IsType<TimesheetEntry>(result.Value);
        Assert.Equal(key, entry.ImportKey);
        Assert.Equal(WorkOrder, entry.Links.WorkOrderId);
        Assert.Equal(Project, entry.Links.ProjectId);
        Assert.Equal(TimesheetEntryAction.Imported, Assert.Single(entry.History).Action);
    }

    [Fact]
    public void Import_WhenKeyBelongsToAnotherEmployee_Throws()
    {
        var key = ImportKey.Create(WorkOrder, "line-1", Stranger);

        Assert.Throws<ArgumentException>(() => TimesheetEntry.Import(
            EntryId(1), key, TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.None, "", TimesheetRules.Default, PeriodLocks.None, Importer, Now));
    }

    [Fact]
    public void Reimport_WhenDraft_UpdatesTheHours()
    {
        var entry = TimesheetEntry.Import(
            EntryId(1), ImportKey.Create(WorkOrder, "line-1", Technician), TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.None, "",
            TimesheetRules.Default, PeriodLocks.None, Importer, Now).AsT0;

        var result = entry.Reimport(WorkOn(Monday, 8, 13), TimesheetRules.Default, PeriodLocks.None, Importer, Now);

        Assert.True(result.IsT0);
        Assert.Equal(Duration.FromHours(5), entry.Content.Time!.Duration);
        Assert.Equal(TimesheetEntryAction.Reimported, entry.History[^1].Action);
    }

    [Fact]
    public void Reimport_WhenSubmitted_ReturnsDuplicateImportSource()
    {
        var entry = TimesheetEntry.Import(
            EntryId(1), ImportKey.Create(WorkOrder, "line-1", Technician), TechnicianSettings, WorkOn(Monday, 8, 12), EntryLinks.None, "",
            TimesheetRules.Default, PeriodLocks.None, Importer, Now).AsT0;
        entry.Submit(PeriodLocks.None, Tech, Now);

        var result = entry.Reimport(WorkOn(Monday, 8, 13), TimesheetRules.Default, PeriodLocks.None, Importer, Now);

        var refusal = Assert.IsType<DuplicateImportSource>(result.Value);
        Assert.Equal("TS_DUPLICATE_SOURCE", refusal.Code);
        Assert.Equal(Duration.FromHours(4), entry.Content.Time!.Duration);
    }

    [Fact]
    public void Edit_WhenSubmitted_ReturnsTimesheetEntryLocked()
    {
        var entry = Submitted(1);

        var result = entry.Edit(WorkOn(Monday, 9, 12), entry.Links, "", TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        Assert.Equal("TS_LOCKED", Assert.IsType<TimesheetEntryLocked>(result.Value).Code);
        Assert.Equal(Duration.FromHours(4), entry.Content.Time!.Duration);
    }

    [Fact]
    public void Edit_WhenMovedIntoAClosedPeriod_ReturnsTimesheetPeriodLocked()
    {
        var entry = Draft(1);

        var result = entry.Edit(WorkOn(Monday.PlusDays(7), 9, 12), entry.Links, "", TimesheetRules.Default, Locked(Monday.PlusDays(7), Monday.PlusDays(13)), Tech, Now);

        Assert.IsType<TimesheetPeriodLocked>(result.Value);
        Assert.Equal(Monday, entry.Date);
    }

    [Fact]
    public void Edit_WhenRejected_ChangesTheContentAndStaysRejected()
    {
        var entry = Submitted(1);
        entry.Reject(Reason("Wrong customer"), ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);

        var result = entry.Edit(WorkOn(Monday, 9, 12), EntryLinks.None, "Fixed", TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Rejected, entry.Status);
        Assert.Equal("Fixed", entry.Description);
        Assert.Equal(TimesheetEntryAction.Edited, entry.History[^1].Action);
    }
}
