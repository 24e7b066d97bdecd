using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void GetSendBlockers_WhenNothingDone_ReturnsEveryBlockerWithStep()
    {
        // WO-05: all blockers at once, each with its step and a specific code.
        WorkOrder order = WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithSignatureRequired(true).WithMinimumPhotos(3).WithHoursRequired(true));
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var blockers = order.GetSendBlockers();

        Assert.Equal(
            ["FIELD_REQUIRED", "PHOTO_COUNT_BELOW_MIN", "HOURS_MISSING", "SIGNATURE_MISSING", "PHOTO_COUNT_BELOW_MIN", "TIMER_RUNNING"],
            blockers.Select(b => b.Code));
        Assert.Equal(["intake", "photos", "hours", "signature", null, null], blockers.Select(b => b.StepId));
        Assert.Equal("boiler-ok", blockers[0].FieldId);
        Assert.Equal("Answer \"Does the boiler work?\" in \"Intake\".", blockers[0].Message);
        Assert.Equal((2, 0), (blockers[1].Minimum!.Value, blockers[1].Actual!.Value));
        Assert.Equal((3, 0), (blockers[4].Minimum!.Value, blockers[4].Actual!.Value));
    }

    [Fact]
    public void GetSendBlockers_WhenPolicyRequiresSignatureWithoutSignatureStep_ReportsSignatureMissing()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Quick job", 1, false, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        WorkOrder order = WorkOrderFixtures.Plan(workflow, WorkOrderPolicy.Default.WithSignatureRequired(true));
        order.WriteNotes("notes", "Done.", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        SendBlocker blocker = Assert.Single(order.GetSendBlockers());

        Assert.Equal(SendBlockerKind.SignatureMissing, blocker.Kind);
        Assert.Null(blocker.StepId);
    }

    [Fact]
    public void GetSendBlockers_WhenRequiredStepsIncomplete_UsesStepRequiredIncomplete()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.AnswerField("leak-details", "Small drip at the pump", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        SendBlocker blocker = Assert.Single(order.GetSendBlockers());

        Assert.Equal("STEP_REQUIRED_INCOMPLETE", blocker.Code);
        Assert.Equal("Leak notes", blocker.StepName);
    }

    [Fact]
    public void Send_WhenBlocked_ReturnsSendBlockedWithAllBlockersAndChangesNothing()
    {
        WorkOrder order = WorkOrderFixtures.ReadyToSign();

        var result = order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var blocked = Assert.IsType<SendBlocked>(result.Value);
        Assert.Equal("SIGNATURE_MISSING", Assert.Single(blocked.Blockers).Code);
        Assert.StartsWith("Send blocked: 1 item(s)", blocked.Message);
        Assert.Equal(WorkOrderStatus.InProgress, order.Status);
        Assert.Null(order.SentWith);
    }

    [Fact]
    public void Send_WhenClear_SendsAndRecordsWorkOrderSentWithSnapshotSignatureHashAndHours()
    {
        // WO-07, SIG-12.
        WorkOrder order = WorkOrderFixtures.Sign();
        order.ClearDomainEvents();

        var result = order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderStatus.Sent, order.Status);
        Assert.Equal(WorkOrderFixtures.Now, order.SentAt);
        var sent = Assert.IsType<WorkOrderSent>(Assert.Single(order.DomainEvents));
        Assert.Equal(order.ToContent(), sent.Content);
        Assert.Same(order.Signature, sent.Signature);
        Assert.Equal(order.Signature!.ContentHash, sent.ContentHash);
        Assert.Equal(order.Hours, sent.Hours);
        Assert.Equal(2, sent.Content.PhotoHashes.Length);
    }

    [Fact]
    public void Send_WhenSameSendIdAgain_SucceedsWithoutSecondEvent()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var again = order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now + Duration.FromMinutes(1));

        Assert.True(again.IsT0);
        Assert.Single(order.DomainEvents.OfType<WorkOrderSent>());
        Assert.Equal(WorkOrderFixtures.Now, order.SentAt);
    }

    [Fact]
    public void Send_WhenOtherSendId_ReturnsWorkOrderAlreadySent()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = order.Send(WorkOrderFixtures.Send2, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var error = Assert.IsType<WorkOrderAlreadySent>(result.Value);
        Assert.Equal("WORKORDER_ALREADY_SENT", error.Code);
        Assert.Equal(WorkOrderFixtures.Send1, error.SentWith);
    }

    [Fact]
    public void Mutators_WhenSent_ReturnWorkOrderReadOnly()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        WorkOrderContent before = order.ToContent();

        object[] results =
        [
            order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.ClearAnswer("leak", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.WriteNotes(null, "late", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.AddMaterial(MaterialLine.Create("X", "X", 1, "pcs"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(5)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.StopTimer(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.MarkCannotComplete("photos", WorkOrderFixtures.Reason("Too late to change"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.ReopenStep("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.ApplyPolicy(WorkOrderPolicy.Default, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Start(WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
            order.Complete(WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value,
        ];

        Assert.All(results, r => Assert.Equal("WORKORDER_READ_ONLY", Assert.IsType<WorkOrderReadOnly>(r).Code));
        Assert.Equal(before, order.ToContent());
        Assert.True(order.IsReadOnly);
    }

    [Fact]
    public void Complete_WhenClear_MarksCompletedUntilNextChange()
    {
        WorkOrder order = WorkOrderFixtures.Sign();

        var result = order.Complete(WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        WorkOrderStatus completed = order.Status;
        order.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.WriteNotes(null, "One more thing", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderStatus.Completed, completed);
        Assert.Equal(WorkOrderStatus.InProgress, order.Status);
    }

    [Fact]
    public void Complete_WhenBlocked_ReturnsSendBlocked()
    {
        Assert.IsType<SendBlocked>(WorkOrderFixtures.Plan().Complete(WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value);
    }
}
