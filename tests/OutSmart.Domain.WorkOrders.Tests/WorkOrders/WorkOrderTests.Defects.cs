using System.Collections;
using System.Collections.Immutable;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Answers_WhenCastToADictionary_CannotChangeASignedAnswer()
    {
        WorkOrder order = Fixtures.Signed();
        _ = order.IsSignatureStale;

        if (order.Answers is IDictionary<string, string> { IsReadOnly: false } writable)
        {
            writable["boiler-ok"] = "no";
        }

        Assert.Equal("yes", order.Answers["boiler-ok"]);
    }

    [Fact]
    public void Notes_WhenCastToADictionaryAfterSending_CannotBeWritten()
    {
        WorkOrder order = Fixtures.Signed();
        order.Send(Fixtures.Actor, Fixtures.Now, Fixtures.Send1);

        if (order.Notes is IDictionary<string, string> { IsReadOnly: false } writable)
        {
            writable[""] = "changed after sending";
        }

        Assert.Empty(order.Notes);
    }

    [Fact]
    public void PublicProperties_WhenCastToAMutableCollection_CannotBeChanged()
    {
        WorkOrder order = Fixtures.Signed();

        var writable = order.GetType().GetProperties()
            .Where(p => p.GetValue(order) is IDictionary { IsReadOnly: false } or IList { IsReadOnly: false } or ICollection<KeyValuePair<string, string>> { IsReadOnly: false } or ICollection<KeyValuePair<string, FormResult>> { IsReadOnly: false })
            .Select(p => p.Name);

        Assert.Empty(writable);
    }

    [Fact]
    public void WriteNotes_WhenLongerThanTheLimit_ReturnsAnErrorValue()
    {
        WorkOrder order = Fixtures.Plan();

        var result = order.WriteNotes(Fixtures.Actor, Fixtures.Now, null, new string('x', 10_001));

        Assert.Equal("NOTES_TOO_LONG", Assert.IsAssignableFrom<IDomainError>(result.Value).Code);
    }

    [Fact]
    public void MarkCannotComplete_WhenStepOptional_IsRefused()
    {
        WorkOrder order = Fixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));

        var result = order.MarkCannotComplete(Fixtures.Actor, Fixtures.Now, "materials", Fixtures.Reason("The customer keeps the old valve."));

        Assert.Equal("STEP_NOT_REQUIRED", Assert.IsAssignableFrom<IDomainError>(result.Value).Code);
    }

    [Fact]
    public void MarkCannotComplete_WhenStepHidden_IsRefused()
    {
        WorkOrder order = Fixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));

        var result = order.MarkCannotComplete(Fixtures.Actor, Fixtures.Now, "leak-notes", Fixtures.Reason("No leak notes could be written."));

        Assert.Equal("STEP_NOT_REQUIRED", Assert.IsAssignableFrom<IDomainError>(result.Value).Code);
    }

    [Fact]
    public void GetProgress_WhenAConditionFieldBecomesHidden_ItsAnswerNoLongerCounts()
    {
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Chain", 1, false);
        workflow.AddStep(WorkflowStep.Form("form", "Form", [
            FormField.Create("a", "A", FieldKind.YesNo),
            FormField.Create("b", "B", FieldKind.YesNo, Requirement.Optional, Condition.Equal("a", "yes")),
        ]));
        workflow.AddStep(WorkflowStep.Simple("c", "C", StepKind.Notes, Requirement.Required, Condition.Equal("b", "yes")));
        workflow.Publish(Fixtures.Now);
        WorkOrder order = Fixtures.Plan(workflow);
        order.AnswerField(Fixtures.Actor, Fixtures.Now, "a", "yes");
        order.AnswerField(Fixtures.Actor, Fixtures.Now, "b", "yes");

        order.AnswerField(Fixtures.Actor, Fixtures.Now, "a", "no");

        Assert.False(order.GetProgress().Steps.Single(s => s.Step.Id == "c").IsVisible);
    }

    public static TheoryData<string> BrokenSnapshots => ["planned-but-sent", "sent-without-send", "status-99", "blank-number", "unknown-answer", "unknown-mark", "unpublished", "default-array"];

    [Theory]
    [MemberData(nameof(BrokenSnapshots))]
    public void Rehydrate_WhenSnapshotIsInconsistent_ThrowsArgumentException(string broken)
    {
        WorkOrderSnapshot s = Fixtures.Signed().ToSnapshot();
        WorkOrderSnapshot sent = Sent().ToSnapshot();
        WorkOrderSnapshot bad = broken switch
        {
            "planned-but-sent" => Copy(sent, status: WorkOrderStatus.Planned),
            "sent-without-send" => Copy(s, status: WorkOrderStatus.Sent),
            "status-99" => Copy(s, status: (WorkOrderStatus)99),
            "blank-number" => Copy(s, number: " "),
            "unknown-answer" => Copy(s, answers: s.Answers.Add(KeyValuePair.Create("nope", "yes"))),
            "unknown-mark" => Copy(s, marks: [StepMark.NotApplicable("nope")]),
            "unpublished" => Copy(s, workflow: Fixtures.BoilerWorkflow(publish: false)),
            _ => Copy(s, answers: default(ImmutableArray<KeyValuePair<string, string>>)),
        };

        Assert.Throws<ArgumentException>(() => WorkOrder.Rehydrate(bad));

        static WorkOrder Sent()
        {
            WorkOrder order = Fixtures.Signed();
            order.Send(Fixtures.Actor, Fixtures.Now, Fixtures.Send1);
            return order;
        }
    }

    private static WorkOrderSnapshot Copy(
        WorkOrderSnapshot s,
        WorkOrderStatus? status = null,
        string? number = null,
        ImmutableArray<KeyValuePair<string, string>>? answers = null,
        ImmutableArray<StepMark>? marks = null,
        Workflow? workflow = null) => new(
        s.Id, s.Version, number ?? s.Number, s.CustomerId, s.AssetId, s.Origin, s.Schedule, workflow ?? s.Workflow, s.Policy, status ?? s.Status,
        s.PlannedAt, s.PlannedBy, s.AssignedEmployees, answers ?? s.Answers, s.Notes, s.Materials, s.Hours, s.Photos, s.RunningTimers, marks ?? s.StepMarks,
        s.FormResults, s.Signature, s.SentWith, s.SentAt);
}
