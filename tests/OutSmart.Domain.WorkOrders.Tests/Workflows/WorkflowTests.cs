using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.Workflows;

public sealed class WorkflowTests
{
    [Fact]
    public void AddStep_WhenPublished_ReturnsWorkflowVersionImmutable()
    {
        Workflow workflow = Fixtures.BoilerWorkflow();

        var result = workflow.AddStep(WorkflowStep.Simple("extra", "Extra", StepKind.Notes));

        Assert.Equal("WORKFLOW_VERSION_IMMUTABLE", Assert.IsType<WorkflowVersionImmutable>(result.Value).Code);
        Assert.Equal(6, workflow.Steps.Count);
    }

    [Fact]
    public void Publish_WhenAlreadyPublished_ReturnsWorkflowVersionImmutable()
    {
        Workflow workflow = Fixtures.BoilerWorkflow();

        Assert.IsType<WorkflowVersionImmutable>(workflow.Publish(Fixtures.Now).Value);
    }

    [Fact]
    public void Publish_WhenNoSteps_ReturnsWorkflowHasNoSteps()
    {
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Empty", 1, false);

        Assert.IsType<WorkflowHasNoSteps>(workflow.Publish(Fixtures.Now).Value);
        Assert.False(workflow.IsPublished);
    }

    [Fact]
    public void DraftNextVersion_WhenChanged_LeavesPublishedVersionAndItsWorkOrdersAlone()
    {
        Workflow v1 = Fixtures.BoilerWorkflow();
        WorkOrder order = Fixtures.Plan(v1);

        Workflow v2 = v1.DraftNextVersion(Fixtures.WorkflowV2, false);
        v2.AddStep(WorkflowStep.Simple("extra", "Extra", StepKind.Notes, Requirement.Required));
        v2.Publish(Fixtures.Now);

        Assert.Equal(2, v2.Version);
        Assert.Equal(7, v2.Steps.Count);
        Assert.Equal(6, v1.Steps.Count);
        Assert.Same(v1, order.Workflow);
        Assert.DoesNotContain(Fixtures.ReadyToSign(order).GetSendBlockers(), b => b.StepId == "extra");
    }

    [Fact]
    public void AddStep_WhenStepIdRepeats_ReturnsWorkflowStepInvalid()
    {
        Workflow workflow = Fixtures.BoilerWorkflow(publish: false);

        var result = workflow.AddStep(WorkflowStep.Simple("hours", "Hours again", StepKind.Hours));

        Assert.Equal("WORKFLOW_STEP_INVALID", Assert.IsType<WorkflowStepInvalid>(result.Value).Code);
    }

    [Fact]
    public void AddStep_WhenConditionReadsUnknownField_ReturnsWorkflowStepInvalid()
    {
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Test", 1, false);

        var result = workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.RequiredWhen(Condition.Answered("later"))));

        Assert.Contains("later", Assert.IsType<WorkflowStepInvalid>(result.Value).Reason);
    }

    [Fact]
    public void AddStep_WhenFieldConditionReadsLaterField_ReturnsWorkflowStepInvalid()
    {
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Test", 1, false);
        var step = WorkflowStep.Form("form", "Form", [
            FormField.Create("a", "A", FieldKind.Text, visibleWhen: Condition.Answered("b")),
            FormField.Create("b", "B", FieldKind.Text),
        ]);

        Assert.IsType<WorkflowStepInvalid>(workflow.AddStep(step).Value);
    }

    [Fact]
    public void Plan_WhenWorkflowIsDraft_Throws()
    {
        Assert.Throws<ArgumentException>(() => Fixtures.Plan(Fixtures.BoilerWorkflow(publish: false)));
    }

    [Fact]
    public void Form_WhenFieldIdsRepeat_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkflowStep.Form("f", "F", [
            FormField.Create("a", "A", FieldKind.Text),
            FormField.Create("a", "A again", FieldKind.Text),
        ]));
    }
}
