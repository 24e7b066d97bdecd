using NodaTime;
using OutSmart.Domain.Abstractions;
using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Entries;

public sealed partial class TimesheetEntryTests
{
    [Fact]
    public void Submit_WhenDraft_MakesItSubmittedAndRecordsWhoAndWhen()
    {
        var entry = Draft(1);

        var result = entry.Submit(PeriodLocks.None, Tech, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Submitted, entry.Status);
        var line = entry.History[^1];
        Assert.Equal((TimesheetEntryAction.Submitted, TimesheetEntryStatus.Draft, TimesheetEntryStatus.Submitted, Technician, Now), (line.Action, line.From, line.To, line.Actor, line.At));
    }

    [Fact]
    public void Submit_WhenApproved_ReturnsTimesheetTransitionInvalid()
    {
        var entry = Approved(1);

        var result = entry.Submit(PeriodLocks.None, Tech, Now);

        var refusal = Assert.IsType<TimesheetTransitionInvalid>(result.Value);
        Assert.Equal("An entry that is approved cannot become submitted.", refusal.Message);
    }

    [Fact]
    public void Withdraw_WhenSubmitted_ReturnsItToDraft()
    {
        var entry = Submitted(1);

        var result = entry.Withdraw(PeriodLocks.None, Tech, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Draft, entry.Status);
    }

    [Fact]
    public void Withdraw_WhenAlreadyApproved_ReturnsTimesheetTransitionInvalid()
    {
        var entry = Approved(1);

        var result = entry.Withdraw(PeriodLocks.None, Tech, Now);

        Assert.IsType<TimesheetTransitionInvalid>(result.Value);
        Assert.Equal(TimesheetEntryStatus.Approved, entry.Status);
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("manager")]
    [InlineData("admin")]
    public void Approve_WhenActorIsTeamLeadManagerOrAdmin_Approves(string who)
    {
        var entry = Submitted(1);
        Actor actor = who switch { "lead" => Lead, "manager" => Boss, _ => Admin };

        var result = entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, actor, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Approved, entry.Status);
        Assert.IsType<TimesheetEntryApproved>(entry.DomainEvents[^1]);
    }

    [Fact]
    public void Approve_WhenActorManagesSomeoneElse_ReturnsNotApprover()
    {
        var entry = Submitted(1);

        var result = entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Outsider, Now);

        var refusal = Assert.IsType<ApprovalRefused>(result.Value);
        Assert.Equal("TS_NOT_APPROVER", refusal.Code);
        Assert.Equal(TimesheetEntryStatus.Submitted, entry.Status);
    }

    [Fact]
    public void Approve_WhenOwnHours_ReturnsSelfApproval()
    {
        var entry = Submitted(1);

        var result = entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Tech, Now);

        Assert.Equal("TS_SELF_APPROVAL", Assert.IsType<ApprovalRefused>(result.Value).Code);
    }

    [Fact]
    public void Approve_WhenSelfApprovalIsSwitchedOnForATopManager_Approves()
    {
        var entry = Submitted(1);

        var result = entry.Approve(ApprovalPolicy.Default.WithSelfApproval(), TimesheetApprovers.Empty, PeriodLocks.None, Tech, Now);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void Approve_WhenSelfApprovalIsOnButTheEmployeeHasAManager_ReturnsSelfApproval()
    {
        var entry = Submitted(1);

        var result = entry.Approve(ApprovalPolicy.Default.WithSelfApproval(), Org, PeriodLocks.None, Tech, Now);

        Assert.Equal(ApprovalRefusalReason.SelfApproval, Assert.IsType<ApprovalRefused>(result.Value).Reason);
    }

    [Fact]
    public void Approve_WhenProjectManagerAndPolicyAllowsThem_Approves()
    {
        var entry = Submitted(1);
        var org = Org.WithProjectManager(Project, Stranger);

        var refused = entry.Approve(ApprovalPolicy.Default, org, PeriodLocks.None, Outsider, Now);
        var approved = entry.Approve(ApprovalPolicy.Default.WithProjectManagers(), org, PeriodLocks.None, Outsider, Now);

        Assert.IsType<ApprovalRefused>(refused.Value);
        Assert.True(approved.IsT0);
    }

    [Fact]
    public void Approve_WhenEntryIsInTheFuture_ReturnsApproveFuture()
    {
        var entry = Submitted(1, Monday, 8, 12);
        Instant before = Instant.FromUtc(2026, 11, 16, 6, 0);

        var result = entry.Approve(ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, before);

        Assert.Equal("TS_APPROVE_FUTURE", Assert.IsType<ApprovalRefused>(result.Value).Code);
    }

    [Fact]
    public void Approve_WhenPeriodIsClosed_ReturnsTimesheetPeriodLocked()
    {
        var entry = Submitted(1);

        var result = entry.Approve(ApprovalPolicy.Default, Org, Locked(Monday, Monday), Lead, Now);

        Assert.IsType<TimesheetPeriodLocked>(result.Value);
    }

    [Fact]
    public void Reject_WhenSubmitted_KeepsTheReasonInHistoryAndEvent()
    {
        var entry = Submitted(1);

        var result = entry.Reject(Reason("Wrong work order"), ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Rejected, entry.Status);
        Assert.Equal("Wrong work order", entry.History[^1].Reason);
        Assert.Equal("Wrong work order", Assert.IsType<TimesheetEntryRejected>(entry.DomainEvents[^1]).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReasonCreate_WhenBlank_ReturnsTimesheetReasonRequired(string text)
    {
        var result = TimesheetReason.Create(text);

        Assert.Equal("TS_REASON_REQUIRED", Assert.IsType<TimesheetReasonRequired>(result.Value).Code);
    }

    [Fact]
    public void ReasonCreate_When501Characters_ReturnsTimesheetReasonTooLong()
    {
        var result = TimesheetReason.Create(new string('x', 501));

        Assert.Equal(501, Assert.IsType<TimesheetReasonTooLong>(result.Value).Length);
    }

    [Fact]
    public void Resubmit_AfterRejectionAndEdit_IsSubmittedAgain()
    {
        var entry = Submitted(1);
        entry.Reject(Reason("Too long"), ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);
        entry.Edit(WorkOn(Monday, 8, 11), entry.Links, entry.Description, TimesheetRules.Default, PeriodLocks.None, Tech, Now);

        var result = entry.Submit(PeriodLocks.None, Tech, Now);

        Assert.True(result.IsT0);
        Assert.Equal(
            [TimesheetEntryAction.Registered, TimesheetEntryAction.Submitted, TimesheetEntryAction.Rejected, TimesheetEntryAction.Edited, TimesheetEntryAction.Submitted],
            entry.History.Select(h => h.Action));
    }

    [Fact]
    public void Reopen_WhenApprovedByAnApproverWithReason_ReturnsItToDraftAudited()
    {
        var entry = Approved(1);

        var result = entry.Reopen(Reason("Customer disputes the hours"), ApprovalPolicy.Default, Org, PeriodLocks.None, Boss, Now);

        Assert.True(result.IsT0);
        Assert.Equal(TimesheetEntryStatus.Draft, entry.Status);
        var line = entry.History[^1];
        Assert.Equal((TimesheetEntryAction.Reopened, TimesheetEntryStatus.Approved, Manager, "Customer disputes the hours"), (line.Action, line.From, line.Actor, line.Reason));
    }

    [Fact]
    public void Reopen_WhenActorIsNotAnApprover_ReturnsNotApprover()
    {
        var entry = Approved(1);

        var result = entry.Reopen(Reason("Because"), ApprovalPolicy.Default, Org, PeriodLocks.None, Outsider, Now);

        Assert.Equal(ApprovalRefusalReason.NotApprover, Assert.IsType<ApprovalRefused>(result.Value).Reason);
        Assert.Equal(TimesheetEntryStatus.Approved, entry.Status);
    }

    [Fact]
    public void Reopen_WhenExported_ReturnsReopenExported()
    {
        var entry = Exported(1);

        var result = entry.Reopen(Reason("Mistake"), ApprovalPolicy.Default, Org, PeriodLocks.None, Admin, Now);

        Assert.Equal("TS_REOPEN_EXPORTED", Assert.IsType<ApprovalRefused>(result.Value).Code);
        Assert.Equal(TimesheetEntryStatus.Exported, entry.Status);
    }

    [Fact]
    public void Export_WhenApproved_CarriesTheBatchAndIsFinal()
    {
        var entry = Approved(1);
        var batch = new ExportBatchId(Guid.Parse("b0000000-0000-0000-0000-000000000009"));

        var first = entry.Export(batch, Admin, Now);
        var second = entry.Export(batch, Admin, Now);

        Assert.True(first.IsT0);
        Assert.Equal(batch, entry.ExportBatch);
        Assert.IsType<TimesheetTransitionInvalid>(second.Value);
        Assert.IsType<TimesheetEntryLocked>(entry.Edit(WorkOn(Monday, 8, 9), entry.Links, "", TimesheetRules.Default, PeriodLocks.None, Admin, Now).Value);
    }

    [Fact]
    public void Export_WhenThePeriodIsClosed_StillExports()
    {
        var entry = Approved(1);

        var result = entry.Export(new ExportBatchId(Guid.Parse("b0000000-0000-0000-0000-000000000009")), Admin, Now + Duration.FromDays(1));

        Assert.True(result.IsT0);
    }
}
