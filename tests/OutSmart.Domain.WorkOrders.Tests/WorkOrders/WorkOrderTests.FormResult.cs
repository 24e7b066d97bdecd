using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static WorkOrder InspectionOrder()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Inspection", 1, false, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.AddStep(WorkflowStep.Form("inspection", "Safety inspection", [
            FormField.Create("co-level", "CO level (ppm)", FieldKind.Number, Requirement.Required),
        ], Requirement.Required, recordsResult: true), WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        return WorkOrderFixtures.Plan(workflow);
    }

    [Fact]
    public void GetSendBlockers_WhenFormRecordsResultAndNoneRecorded_ReportsStepRequiredIncomplete()
    {
        // WO-10.
        WorkOrder order = InspectionOrder();
        order.AnswerField("co-level", "12", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        SendBlocker blocker = Assert.Single(order.GetSendBlockers());

        Assert.Equal("STEP_REQUIRED_INCOMPLETE", blocker.Code);
        Assert.Contains("Record the result", blocker.Message);
    }

    [Fact]
    public void GetSendBlockers_WhenFieldAndResultMissing_ReportsBoth()
    {
        // WO-05: every blocker, so the missing result is reported next to the missing field.
        WorkOrder order = InspectionOrder();

        var blockers = order.GetSendBlockers();

        Assert.Equal(["FIELD_REQUIRED", "STEP_REQUIRED_INCOMPLETE"], blockers.Select(b => b.Code));
        Assert.Equal("co-level", blockers[0].FieldId);
        Assert.Contains("Record the result", blockers[1].Message);
    }

    [Fact]
    public void RecordFormResult_WhenReplaced_KeepsNewResultAndRecordsBothEvents()
    {
        WorkOrder order = InspectionOrder();
        order.AnswerField("co-level", "12", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        order.RecordFormResult("inspection", FormResult.Fail, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.RecordFormResult("inspection", FormResult.Pass, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(FormResult.Pass, order.FormResults["inspection"]);
        var events = order.DomainEvents.OfType<FormResultRecorded>().ToList();
        Assert.Equal([null, FormResult.Fail], events.Select(e => e.Previous));
        Assert.Empty(order.GetSendBlockers());
    }

    [Fact]
    public void RecordFormResult_WhenFormDoesNotRecordResults_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkOrderFixtures.Plan().RecordFormResult("intake", FormResult.Pass, WorkOrderFixtures.Actor, WorkOrderFixtures.Now));
    }

    [Fact]
    public void RecordFormResult_WhenChangedAfterSigning_MakesSignatureStale()
    {
        WorkOrder order = InspectionOrder();
        order.AnswerField("co-level", "12", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.RecordFormResult("inspection", FormResult.Pass, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        order.RecordFormResult("inspection", FormResult.Partial, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(order.IsSignatureStale);
    }
}
