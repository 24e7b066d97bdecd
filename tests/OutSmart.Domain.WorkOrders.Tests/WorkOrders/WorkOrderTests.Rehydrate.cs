using System.Collections.Immutable;
using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    // Defect 2: Rehydrate trusted any snapshot. Each case below was accepted before.

    [Fact]
    public void Rehydrate_WhenPlannedButASendIsRecorded_Throws()
    {
        WorkOrderSnapshot sent = SentOrder().ToSnapshot();

        var error = Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(sent, status: WorkOrderStatus.Planned)));

        Assert.Contains("Sent or CannotComplete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_WhenSentWithoutASend_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, status: WorkOrderStatus.Sent)));
    }

    [Fact]
    public void Rehydrate_WhenStatusIsUndefined_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        var error = Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, status: (WorkOrderStatus)99)));

        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" WO-1")]
    public void Rehydrate_WhenNumberIsBlankOrUntrimmed_Throws(string number)
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, number: number)));
    }

    [Fact]
    public void Rehydrate_WhenAnswerIsForAnUnknownField_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        var error = Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, answers: signed.Answers.Add(KeyValuePair.Create("nope", "yes")))));

        Assert.Contains("\"nope\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_WhenAnswerIsNotCanonical_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, answers: [KeyValuePair.Create("boiler-ok", "YES")])));
    }

    [Fact]
    public void Rehydrate_WhenAnswerKeyRepeats_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, answers: [KeyValuePair.Create("boiler-ok", "yes"), KeyValuePair.Create("boiler-ok", "no")])));
    }

    [Fact]
    public void Rehydrate_WhenAMarkIsOnAnUnknownStep_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, marks: [StepMark.NotApplicable("nope")])));
    }

    [Fact]
    public void Rehydrate_WhenARequiredStepIsMarkedNotApplicable_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, marks: [StepMark.NotApplicable("photos")])));
    }

    [Fact]
    public void Rehydrate_WhenWorkflowIsNotPublished_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, workflow: WorkOrderFixtures.BoilerWorkflow(publish: false).ToSnapshot())));
    }

    [Fact]
    public void Rehydrate_WhenWorkflowSnapshotBreaksAnInvariantOfTheWorkflow_Throws()
    {
        // The work order keeps plain workflow data now, so Rehydrate checks it as Workflow.Rehydrate does.
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();
        WorkflowSnapshot w = signed.Workflow;
        var repeatedStep = new WorkflowSnapshot(w.Id, w.Version, w.WorkType, w.Revision, w.IsSequential, w.Steps.Add(w.Steps[0]), w.PublishedAt, w.PublishedBy);

        var thrown = Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, workflow: repeatedStep)));

        Assert.Equal("snapshot", thrown.ParamName);
        Assert.Contains("already used", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_WhenTheWorkflowSnapshotIsAnEqualCopy_GivesAnEqualWorkOrder()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();
        WorkflowSnapshot w = signed.Workflow;
        var copy = new WorkflowSnapshot(w.Id, w.Version, w.WorkType, w.Revision, w.IsSequential, [.. w.Steps], w.PublishedAt, w.PublishedBy);

        WorkOrderSnapshot roundTripped = WorkOrder.Rehydrate(Copy(signed, workflow: copy)).ToSnapshot();

        Assert.NotSame(signed.Workflow, roundTripped.Workflow);
        Assert.Equal(signed, roundTripped);
    }

    [Fact]
    public void Rehydrate_WhenACollectionIsADefaultImmutableArray_ThrowsArgumentException()
    {
        // Before, the default array threw InvalidOperationException from deep inside.
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        var error = Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, answers: default(ImmutableArray<KeyValuePair<string, string>>))));

        Assert.Contains("default ImmutableArray", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rehydrate_WhenNotesAreOnAStepThatIsNotANotesStep_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, notes: [KeyValuePair.Create("photos", "Looks fine.")])));
    }

    [Fact]
    public void Rehydrate_WhenATimerRepeatsAnEmployee_Throws()
    {
        WorkOrderSnapshot signed = WorkOrderFixtures.Sign().ToSnapshot();
        RunningTimer timer = RunningTimer.Rehydrate(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Now);

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(Copy(signed, timers: [timer, timer])));
    }

    [Fact]
    public void ToSnapshot_WhenRehydratedAtEveryStageOfTheStory_RoundTripsToAnEqualSnapshot()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        var stages = new List<WorkOrderSnapshot> { order.ToSnapshot() };
        order.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Office, WorkOrderFixtures.Now);
        WorkOrderFixtures.ReadyToSign(order);
        order.WriteNotes(null, "General remark", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.StartTimer(WorkOrderFixtures.Technician, "Reistijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        stages.Add(order.ToSnapshot());
        order.StopTimer(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now + Duration.FromMinutes(5));
        WorkOrderFixtures.Sign(order);
        stages.Add(order.ToSnapshot());
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        stages.Add(order.ToSnapshot());

        var roundTripped = stages.Select(s => WorkOrder.Rehydrate(s).ToSnapshot()).ToList();

        Assert.Equal(stages, roundTripped);
    }

    [Fact]
    public void MarkSaved_WhenTheNextVersion_MovesTheVersionAndOtherwiseThrows()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        order.MarkSaved(AggregateVersion.From(1));

        Assert.Equal(AggregateVersion.From(1), order.Version);
        Assert.Throws<ArgumentException>(() => order.MarkSaved(AggregateVersion.From(3)));
        Assert.Equal(AggregateVersion.From(2), WorkOrder.Rehydrate(order.ToSnapshot().WithVersion(AggregateVersion.From(2))).Version);
    }

    private static WorkOrder SentOrder()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        return order;
    }

    private static WorkOrderSnapshot Copy(
        WorkOrderSnapshot s,
        WorkOrderStatus? status = null,
        string? number = null,
        ImmutableArray<KeyValuePair<string, string>>? answers = null,
        ImmutableArray<KeyValuePair<string, string>>? notes = null,
        ImmutableArray<StepMark>? marks = null,
        ImmutableArray<RunningTimer>? timers = null,
        WorkflowSnapshot? workflow = null) => new(
        s.Id, s.Version, number ?? s.Number, s.CustomerId, s.AssetId, s.Origin, s.Schedule, workflow ?? s.Workflow, s.Policy, status ?? s.Status,
        s.PlannedAt, s.PlannedBy, s.AssignedEmployees, answers ?? s.Answers, notes ?? s.Notes, s.Materials, s.Hours, s.Photos,
        timers ?? s.RunningTimers, marks ?? s.StepMarks, s.FormResults, s.Signature, s.SentWith, s.SentAt);
}
