using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Entries;

public sealed partial class TimesheetEntryTests
{
    [Fact]
    public void CorrectApproved_WhenAdmin_ChangesTheEntryKeepsItApprovedAndAuditsEachChangedField()
    {
        var entry = Approved(1);
        int before = entry.History.Count;
        var oldTime = entry.Content.Time;
        var corrected = WorkOn(Monday, 8, 13);

        var result = entry.CorrectApproved(corrected, entry.Links, "Boiler service and valve", Reason("Forgot the valve"), TimesheetRules.Default, PeriodLocks.None, Admin, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Approved, entry.Status);
        Assert.Equal(corrected, entry.Content);
        Assert.Equal("Boiler service and valve", entry.Description);
        var audit = entry.History.Skip(before).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, line => Assert.Equal(
            (TimesheetEntryAction.Corrected, TimesheetEntryStatus.Approved, TimesheetEntryStatus.Approved, AdminId, Now),
            (line.Action, line.From, line.To, line.Actor, line.At)));
        Assert.Equal($"Time: {oldTime} → {corrected.Time} (Forgot the valve)", audit[0].Reason);
        Assert.Equal("Description: \"Boiler service\" → \"Boiler service and valve\" (Forgot the valve)", audit[1].Reason);
        Assert.IsType<TimesheetEntryEdited>(entry.DomainEvents[^1]);
        Assert.Equal(entry.History, TimesheetEntry.Rehydrate(entry.ToSnapshot()).History);
    }

    [Fact]
    public void CorrectApproved_WhenNothingDiffers_RecordsNothing()
    {
        var entry = Approved(1);
        int before = entry.History.Count;

        var result = entry.CorrectApproved(entry.Content, entry.Links, entry.Description, Reason("Check"), TimesheetRules.Default, PeriodLocks.None, Admin, Now);

        Assert.True(result.IsT0);
        Assert.Equal(before, entry.History.Count);
    }

    [Fact]
    public void CorrectApproved_WhenActorIsNotAnAdmin_ReturnsTimesheetEntryLockedAndChangesNothing()
    {
        var entry = Approved(1);
        var content = entry.Content;
        int before = entry.History.Count;

        var result = entry.CorrectApproved(WorkOn(Monday, 8, 13), entry.Links, "Boiler service", Reason("Forgot an hour"), TimesheetRules.Default, PeriodLocks.None, Lead, Now);

        Assert.Equal("TS_LOCKED", Assert.IsType<TimesheetEntryLocked>(result.Value).Code);
        Assert.Equal(content, entry.Content);
        Assert.Equal(before, entry.History.Count);
    }

    [Fact]
    public void CorrectApproved_WhenExported_ReturnsTimesheetEntryLockedAndChangesNothing()
    {
        var entry = Exported(1);
        var content = entry.Content;

        var result = entry.CorrectApproved(WorkOn(Monday, 8, 13), entry.Links, "Boiler service", Reason("Forgot an hour"), TimesheetRules.Default, PeriodLocks.None, Admin, Now);

        Assert.Equal(new TimesheetEntryLocked(entry.Id, TimesheetEntryStatus.Exported), result.Value);
        Assert.Equal(content, entry.Content);
    }

    [Fact]
    public void CorrectApproved_WhenSubmitted_ReturnsTimesheetEntryLocked()
    {
        var entry = Submitted(1);

        var result = entry.CorrectApproved(WorkOn(Monday, 8, 13), entry.Links, "Boiler service", Reason("Forgot an hour"), TimesheetRules.Default, PeriodLocks.None, Admin, Now);

        Assert.Equal(new TimesheetEntryLocked(entry.Id, TimesheetEntryStatus.Submitted), result.Value);
    }

    [Fact]
    public void CorrectApproved_WhenPeriodIsClosed_ReturnsTimesheetPeriodLocked()
    {
        var entry = Approved(1);

        var result = entry.CorrectApproved(WorkOn(Monday, 8, 13), entry.Links, "Boiler service", Reason("Forgot an hour"), TimesheetRules.Default, Locked(Monday, Monday), Admin, Now);

        Assert.Equal(new TimesheetPeriodLocked(Monday), result.Value);
        Assert.Equal(TimesheetEntryStatus.Approved, entry.Status);
    }

    [Fact]
    public void CorrectApproved_WhenTheCorrectedContentBreaksARule_ReturnsTimesheetEntryInvalid()
    {
        var entry = Approved(1);

        var result = entry.CorrectApproved(WorkOn(Monday, 12, 8), entry.Links, "Boiler service", Reason("Typo"), TimesheetRules.Default, PeriodLocks.None, Admin, Now);

        Assert.IsType<TimesheetEntryInvalid>(result.Value);
    }
}
