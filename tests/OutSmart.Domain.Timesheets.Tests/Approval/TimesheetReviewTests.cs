using static OutSmart.Domain.Timesheets.Tests.TestData.TimesheetTestData;

namespace OutSmart.Domain.Timesheets.Tests.Approval;

public sealed class TimesheetReviewTests
{
    private static TimesheetEntry SubmittedOf(int id, OutSmart.Domain.Abstractions.EmployeeId employee, int from = 8, int to = 12)
    {
        var entry = Draft(id, Monday, from, to, employee);
        entry.Submit(PeriodLocks.None, Tech, Now);
        return entry;
    }

    [Fact]
    public void ApproveAll_WhenTheTeamLeadDoesNotLeadOneEmployee_ReportsThatEntryAndApprovesTheRest()
    {
        var mine = SubmittedOf(1, Technician);
        var theirs = SubmittedOf(2, Stranger);

        var result = TimesheetReview.ApproveAll([mine, theirs], [], TimesheetRules.Default, ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);

        Assert.Equal([ReviewOutcome.Approved, ReviewOutcome.Refused], result.Reviews.Select(r => r.Outcome));
        Assert.Equal("TS_NOT_APPROVER", result.Reviews[1].Refusal!.Code);
        Assert.Equal((1, 1), (result.DoneCount, result.RefusedCount));
        Assert.Equal(TimesheetEntryStatus.Submitted, theirs.Status);
    }

    [Fact]
    public void ApproveAll_WhenAnEntryOverlapsAnother_RefusesItWithTheViolation()
    {
        var first = SubmittedOf(1, Technician, 8, 12);
        var second = SubmittedOf(2, Technician, 11, 13);

        var result = TimesheetReview.ApproveAll([first, second], [], TimesheetRules.Default, ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);

        Assert.Equal(ReviewOutcome.Approved, result.Reviews[0].Outcome);
        var invalid = Assert.IsType<TimesheetEntryInvalid>(result.Reviews[1].Refusal);
        Assert.Equal("TS_OVERLAP", Assert.Single(invalid.Violations).Code);
    }

    [Fact]
    public void ApproveAll_WhenTheDayIsOverTheMaximum_ApprovesAndCarriesTheWarning()
    {
        var morning = SubmittedOf(1, Technician, 6, 12);
        var afternoon = SubmittedOf(2, Technician, 13, 20);

        var result = TimesheetReview.ApproveAll([morning, afternoon], [], TimesheetRules.Default, ApprovalPolicy.Default, Org, PeriodLocks.None, Boss, Now);

        Assert.All(result.Reviews, r => Assert.Equal(ReviewOutcome.Approved, r.Outcome));
        Assert.Contains(result.Reviews[0].Warnings, w => w.Code == "TS_DAY_OVER_MAX");
    }

    [Fact]
    public void ApproveAll_WhenTheContextHoldsAnOverlappingDraft_RefusesTheSubmittedEntry()
    {
        var submitted = SubmittedOf(1, Technician, 8, 12);
        var draft = Draft(2, Monday, 7, 9); // starts first, so the submitted entry is the one that overlaps it

        var result = TimesheetReview.ApproveAll([submitted], [draft], TimesheetRules.Default, ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);

        Assert.IsType<TimesheetEntryInvalid>(Assert.Single(result.Reviews).Refusal);
    }

    [Fact]
    public void RejectAll_WhenOneIsAlreadyApproved_RejectsTheOtherAndReportsIt()
    {
        var submitted = Submitted(1);
        var approved = Approved(2);

        var result = TimesheetReview.RejectAll([submitted, approved], Reason("Missing work order"), ApprovalPolicy.Default, Org, PeriodLocks.None, Lead, Now);

        Assert.Equal([ReviewOutcome.Rejected, ReviewOutcome.Refused], result.Reviews.Select(r => r.Outcome));
        Assert.IsType<TimesheetTransitionInvalid>(result.Reviews[1].Refusal);
    }
}
