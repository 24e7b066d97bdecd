using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static WorkOrder InspectionOrder()
    {
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Inspection", 1, false, WorkflowFixtures.Planner, Fixtures.Now);
        workflow.AddStep(WorkflowStep.Form("inspection", "Safety inspection", [
            FormField.Create("co-level", "CO level (ppm)", FieldKind.Number, Requirement.Required),
        ], Requirement.Required, recordsResult: true), WorkflowFixtures.Planner, Fixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, Fixtures.Now);
        return Fixtures.Plan(workflow);
    }

    [Fact]
    public void CanSend_WhenFormRecordsResultAndNoneRecorded_ReportsStepRequiredIncomplete()
    {
        // WO-10.
        WorkOrder order = InspectionOrder();
        order.AnswerField("co-level", "12");

        SendBlocker blocker = Assert.Single(order.CanSend());

        Assert.Equal("STEP_REQUIRED_INCOMPLETE", blocker.Code);
        Assert.Contains("Record the result", blocker.Message);
    }

    [Fact]
    public void CanSend_WhenFieldAndResultMissing_ReportsBoth()
    {
        // WO-05: every blocker, so the missing result is reported next to the missing field.
        WorkOrder order = InspectionOrder();

        var blockers = order.CanSend();

        Assert.Equal(["FIELD_REQUIRED", "STEP_REQUIRED_INCOMPLETE"], blockers.Select(b => b.Code));
        Assert.Equal("co-level", blockers[0].FieldId);
        Assert.Contains("Record the result", blockers[1].Message);
    }

    [Fact]
    public void RecordFormResult_WhenReplaced_KeepsNewResultAndRecordsBothEvents()
    {
        WorkOrder order = InspectionOrder();
        order.AnswerField("co-level", "12");

        order.RecordFormResult("inspection", FormResult.Fail, Fixtures.Now);
        order.RecordFormResult("inspection", FormResult.Pass, Fixtures.Now);

        Assert.Equal(FormResult.Pass, order.FormResults["inspection"]);
        var events = order.DomainEvents.OfType<FormResultRecorded>().ToList();
        Assert.Equal([null, FormResult.Fail], events.Select(e => e.Previous));
        Assert.Empty(order.CanSend());
    }

    [Fact]
    public void RecordFormResult_WhenFormDoesNotRecordResults_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fixtures.Plan().RecordFormResult("intake", FormResult.Pass, Fixtures.Now));
    }

    [Fact]
    public void RecordFormResult_WhenChangedAfterSigning_MakesSignatureStale()
    {
        WorkOrder order = InspectionOrder();
        order.AnswerField("co-level", "12");
        order.RecordFormResult("inspection", FormResult.Pass, Fixtures.Now);
        order.Sign(Inks.Valid(), "J. de Vries", null, Fixtures.Technician, "tablet-7", "5.2.0", Inks.SignedAt);

        order.RecordFormResult("inspection", FormResult.Partial, Fixtures.Now);

        Assert.True(order.IsSignatureStale);
    }
}
