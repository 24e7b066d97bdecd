using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.Workflows;

public sealed class WorkflowTests
{
    private static readonly Actor Planner = WorkflowFixtures.Planner;

    [Fact]
    public void Draft_RecordsWorkflowDraftedWithTheActor()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "  Boiler  ", 3, true, Planner, WorkOrderFixtures.Now);

        var drafted = Assert.IsType<WorkflowDrafted>(Assert.Single(workflow.DomainEvents));
        Assert.Equal(new WorkflowDrafted(WorkOrderFixtures.WorkflowV1, "Boiler", 3, WorkflowFixtures.PlannerId, WorkOrderFixtures.Now), drafted);
        Assert.Equal("Boiler", workflow.WorkType);
        Assert.Equal(3, workflow.Revision);
        Assert.Equal(AggregateVersion.New, workflow.Version);
        Assert.False(workflow.IsPublished);
    }

    [Fact]
    public void AddStep_WhenValid_AppendsTheStepAndRecordsWorkflowStepAdded()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Test", 1, false, Planner, WorkOrderFixtures.Now);
        workflow.ClearDomainEvents();

        var result = workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes), Planner, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal("notes", Assert.Single(workflow.Steps).Id);
        Assert.Equal(new WorkflowStepAdded(WorkOrderFixtures.WorkflowV1, "notes", WorkflowFixtures.PlannerId, WorkOrderFixtures.Now), Assert.Single(workflow.DomainEvents));
    }

    [Fact]
    public void Publish_WhenDraftHasSteps_SetsPublishedAtAndByAndRecordsWorkflowPublished()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow(publish: false);
        workflow.ClearDomainEvents();

        var result = workflow.Publish(Planner, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderFixtures.Now, workflow.PublishedAt);
        Assert.Equal(WorkflowFixtures.PlannerId, workflow.PublishedBy);
        Assert.Equal(new WorkflowPublished(WorkOrderFixtures.WorkflowV1, "Boiler maintenance", 1, WorkflowFixtures.PlannerId, WorkOrderFixtures.Now), Assert.Single(workflow.DomainEvents));
    }

    [Fact]
    public void AddStep_WhenPublished_ReturnsWorkflowVersionImmutableAndRecordsNothing()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();
        workflow.ClearDomainEvents();

        var result = workflow.AddStep(WorkflowStep.Simple("extra", "Extra", StepKind.Notes), Planner, WorkOrderFixtures.Now);

        var refused = Assert.IsType<WorkflowVersionImmutable>(result.Value);
        Assert.Equal("WORKFLOW_VERSION_IMMUTABLE", refused.Code);
        Assert.Equal(1, refused.Revision);
        Assert.Equal(6, workflow.Steps.Count);
        Assert.Empty(workflow.DomainEvents);
    }

    [Fact]
    public void Publish_WhenAlreadyPublished_ReturnsWorkflowVersionImmutable()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();

        Assert.IsType<WorkflowVersionImmutable>(workflow.Publish(Planner, WorkOrderFixtures.Now).Value);
    }

    [Fact]
    public void Publish_WhenNoSteps_ReturnsWorkflowHasNoSteps()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Empty", 1, false, Planner, WorkOrderFixtures.Now);

        Assert.IsType<WorkflowHasNoSteps>(workflow.Publish(Planner, WorkOrderFixtures.Now).Value);
        Assert.False(workflow.IsPublished);
        Assert.Null(workflow.PublishedBy);
    }

    [Fact]
    public void DraftNextRevision_WhenChanged_LeavesPublishedRevisionAndItsWorkOrdersAlone()
    {
        Workflow v1 = WorkOrderFixtures.BoilerWorkflow();
        WorkOrder order = WorkOrderFixtures.Plan(v1);

        Workflow v2 = v1.DraftNextRevision(WorkOrderFixtures.WorkflowV2, false, Planner, WorkOrderFixtures.Now);
        v2.AddStep(WorkflowStep.Simple("extra", "Extra", StepKind.Notes, Requirement.Required), Planner, WorkOrderFixtures.Now);
        v2.Publish(Planner, WorkOrderFixtures.Now);

        Assert.Equal(2, v2.Revision);
        Assert.Equal(7, v2.Steps.Count);
        Assert.Equal(6, v1.Steps.Count);
        Assert.Equal(v1.ToSnapshot(), order.Workflow);
        Assert.DoesNotContain(WorkOrderFixtures.ReadyToSign(order).GetSendBlockers(), b => b.StepId == "extra");
        Assert.IsType<WorkflowDrafted>(v2.DomainEvents[0]);
    }

    [Fact]
    public void FindStep_OnASnapshot_FindsWhatTheWorkflowFinds()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();

        WorkflowSnapshot snapshot = workflow.ToSnapshot();

        Assert.All(workflow.Steps, step => Assert.Same(workflow.FindStep(step.Id), snapshot.FindStep(step.Id)));
        Assert.Null(snapshot.FindStep("no-such-step"));
    }

    [Fact]
    public void FindStep_OnASnapshotWithoutSteps_ReturnsNull()
    {
        WorkflowSnapshot s = WorkOrderFixtures.BoilerWorkflow().ToSnapshot();

        var missing = new WorkflowSnapshot(s.Id, s.Version, s.WorkType, s.Revision, s.IsSequential, default, s.PublishedAt, s.PublishedBy);

        Assert.Null(missing.FindStep(s.Steps[0].Id));
    }

    [Fact]
    public void DraftNextRevision_WhenSameId_Throws()
    {
        Workflow v1 = WorkOrderFixtures.BoilerWorkflow();

        Assert.Throws<ArgumentException>(() => v1.DraftNextRevision(WorkOrderFixtures.WorkflowV1, false, Planner, WorkOrderFixtures.Now));
    }

    [Fact]
    public void AddStep_WhenStepIdRepeats_ReturnsWorkflowStepInvalid()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow(publish: false);

        var result = workflow.AddStep(WorkflowStep.Simple("hours", "Hours again", StepKind.Hours), Planner, WorkOrderFixtures.Now);

        Assert.Equal("WORKFLOW_STEP_INVALID", Assert.IsType<WorkflowStepInvalid>(result.Value).Code);
    }

    [Fact]
    public void AddStep_WhenConditionReadsUnknownField_ReturnsWorkflowStepInvalid()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Test", 1, false, Planner, WorkOrderFixtures.Now);

        var result = workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.RequiredWhen(Condition.Answered("later"))), Planner, WorkOrderFixtures.Now);

        Assert.Contains("later", Assert.IsType<WorkflowStepInvalid>(result.Value).Reason);
    }

    [Fact]
    public void AddStep_WhenFieldConditionReadsLaterField_ReturnsWorkflowStepInvalid()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Test", 1, false, Planner, WorkOrderFixtures.Now);
        var step = WorkflowStep.Form("form", "Form", [
            FormField.Create("a", "A", FieldKind.Text, visibleWhen: Condition.Answered("b")),
            FormField.Create("b", "B", FieldKind.Text),
        ]);

        Assert.IsType<WorkflowStepInvalid>(workflow.AddStep(step, Planner, WorkOrderFixtures.Now).Value);
        Assert.Empty(workflow.Steps);
    }

    [Fact]
    public void Plan_WhenWorkflowIsDraft_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkOrderFixtures.Plan(WorkOrderFixtures.BoilerWorkflow(publish: false)));
    }

    [Fact]
    public void Form_WhenFieldIdsRepeat_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkflowStep.Form("f", "F", [
            FormField.Create("a", "A", FieldKind.Text),
            FormField.Create("a", "A again", FieldKind.Text),
        ]));
    }

    [Fact]
    public void Steps_WhenCastToAWritableList_CannotChangeTheWorkflow()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();

        Assert.IsNotType<List<WorkflowStep>>(workflow.Steps);
        var asList = Assert.IsAssignableFrom<IList<WorkflowStep>>(workflow.Steps);
        Assert.Throws<NotSupportedException>(() => asList.Add(WorkflowStep.Simple("x", "X", StepKind.Notes)));
        Assert.Throws<NotSupportedException>(() => asList.RemoveAt(0));
        Assert.Equal(6, workflow.Steps.Count);
    }

    [Fact]
    public void DomainEvents_WhenCastToAWritableList_CannotChangeTheWorkflow()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();

        var asList = Assert.IsAssignableFrom<IList<IDomainEvent>>(workflow.DomainEvents);

        Assert.IsNotType<List<IDomainEvent>>(workflow.DomainEvents);
        Assert.Throws<NotSupportedException>(() => asList.Clear());
    }

    [Fact]
    public void ToSnapshot_WhenTheWorkflowChangesAfterwards_KeepsTheStateItWasTakenIn()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow(publish: false);
        WorkflowSnapshot snapshot = workflow.ToSnapshot();

        workflow.AddStep(WorkflowStep.Simple("extra", "Extra", StepKind.Notes), Planner, WorkOrderFixtures.Now);
        workflow.Publish(Planner, WorkOrderFixtures.Now);

        Assert.Equal(6, snapshot.Steps.Length);
        Assert.Null(snapshot.PublishedAt);
    }

    [Fact]
    public void Rehydrate_OfASnapshot_GivesAnEqualWorkflowWithoutEvents()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow(sequential: true);
        workflow.MarkSaved(AggregateVersion.From(1));

        Workflow restored = Workflow.Rehydrate(workflow.ToSnapshot());

        Assert.Equal(workflow.ToSnapshot(), restored.ToSnapshot());
        Assert.Equal(AggregateVersion.From(1), restored.Version);
        Assert.True(restored.IsSequential);
        Assert.Empty(restored.DomainEvents);
    }

    [Fact]
    public void Rehydrate_OfADraft_AllowsAddingStepsAndPublishing()
    {
        Workflow restored = Workflow.Rehydrate(WorkOrderFixtures.BoilerWorkflow(publish: false).ToSnapshot());

        var added = restored.AddStep(WorkflowStep.Simple("extra", "Extra", StepKind.Notes), Planner, WorkOrderFixtures.Now);
        var published = restored.Publish(Planner, WorkOrderFixtures.Now);

        Assert.True(added.IsT0);
        Assert.True(published.IsT0);
    }

    public static TheoryData<string, Func<WorkflowSnapshot, WorkflowSnapshot>> InconsistentSnapshots() => new()
    {
        { "empty id", s => new(default, s.Version, s.WorkType, s.Revision, s.IsSequential, s.Steps, s.PublishedAt, s.PublishedBy) },
        { "blank work type", s => new(s.Id, s.Version, "  ", s.Revision, s.IsSequential, s.Steps, s.PublishedAt, s.PublishedBy) },
        { "null work type", s => new(s.Id, s.Version, null!, s.Revision, s.IsSequential, s.Steps, s.PublishedAt, s.PublishedBy) },
        { "untrimmed work type", s => new(s.Id, s.Version, " Boiler ", s.Revision, s.IsSequential, s.Steps, s.PublishedAt, s.PublishedBy) },
        { "revision 0", s => new(s.Id, s.Version, s.WorkType, 0, s.IsSequential, s.Steps, s.PublishedAt, s.PublishedBy) },
        { "negative revision", s => new(s.Id, s.Version, s.WorkType, -1, s.IsSequential, s.Steps, s.PublishedAt, s.PublishedBy) },
        { "default steps", s => WithSteps(s, default) },
        { "null step", s => WithSteps(s, s.Steps.Add(null!)) },
        { "duplicate step ids", s => WithSteps(s, s.Steps.Add(WorkflowStep.Simple("hours", "Hours again", StepKind.Hours))) },
        { "duplicate field ids", s => WithSteps(s, s.Steps.Add(WorkflowStep.Form("again", "Again", [FormField.Create("leak", "Leak?", FieldKind.YesNo)]))) },
        { "condition on an unknown field", s => WithSteps(s, s.Steps.Add(WorkflowStep.Simple("x", "X", StepKind.Notes, visibleWhen: Condition.Answered("nowhere")))) },
        { "condition on a later field", s => WithSteps(s, [WorkflowStep.Simple("x", "X", StepKind.Notes, visibleWhen: Condition.Answered("leak")), .. s.Steps]) },
        { "published without steps", s => WithSteps(s, []) },
        { "published without publisher", s => new(s.Id, s.Version, s.WorkType, s.Revision, s.IsSequential, s.Steps, s.PublishedAt, null) },
        { "publisher without publication", s => new(s.Id, s.Version, s.WorkType, s.Revision, s.IsSequential, s.Steps, null, s.PublishedBy) },
        { "empty publisher", s => new(s.Id, s.Version, s.WorkType, s.Revision, s.IsSequential, s.Steps, s.PublishedAt, default(EmployeeId)) },
    };

    [Theory]
    [MemberData(nameof(InconsistentSnapshots))]
    public void Rehydrate_WhenSnapshotIsInconsistent_ThrowsArgumentException(string why, Func<WorkflowSnapshot, WorkflowSnapshot> spoil)
    {
        WorkflowSnapshot snapshot = spoil(WorkOrderFixtures.BoilerWorkflow().ToSnapshot());

        var exception = Assert.ThrowsAny<ArgumentException>(() => Workflow.Rehydrate(snapshot));

        Assert.False(string.IsNullOrEmpty(why));
        Assert.Equal("snapshot", exception.ParamName);
    }

    [Fact]
    public void Rehydrate_WhenSnapshotIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Workflow.Rehydrate(null!));
    }

    [Fact]
    public void SnapshotEquals_WhenStepsAreEqualButOtherArrays_IsTrue()
    {
        WorkflowSnapshot a = WorkOrderFixtures.BoilerWorkflow().ToSnapshot();
        WorkflowSnapshot b = WithSteps(a, [.. a.Steps]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, WithSteps(a, a.Steps.RemoveAt(5)));
        Assert.NotEqual(a, WithSteps(a, default));
        Assert.Equal(WithSteps(a, default), WithSteps(a, default));
    }

    private static WorkflowSnapshot WithSteps(WorkflowSnapshot s, ImmutableArray<WorkflowStep> steps) =>
        new(s.Id, s.Version, s.WorkType, s.Revision, s.IsSequential, steps, s.PublishedAt, s.PublishedBy);

    [Fact]
    public void MarkSaved_WhenNotTheNextVersion_Throws()
    {
        Workflow workflow = WorkOrderFixtures.BoilerWorkflow();

        Assert.Throws<ArgumentException>(() => workflow.MarkSaved(AggregateVersion.From(2)));
    }

    [Fact]
    public void FormFieldOptions_AreImmutable()
    {
        var field = FormField.Create("c", "Choice", FieldKind.Choice, options: ["a", "b"]);

        Assert.IsType<ImmutableArray<string>>(field.Options);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)field.Options).Add("c"));
    }
}
