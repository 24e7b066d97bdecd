using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void GetSendBlockers_WhenNothingDone_ReturnsEveryBlockerWithStep()
    {
        // WO-05: all blockers at once, each with its step and a specific code.
        WorkOrder order = Fixtures.Plan(policy: WorkOrderPolicy.Default.WithSignatureRequired(true).WithMinimumPhotos(3).WithHoursRequired(true));
        order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now);

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
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Quick job", 1, false, WorkflowFixtures.Planner, Fixtures.Now);
        workflow.AddStep(WorkflowStep.Simple("notes", "Notes", StepKind.Notes, Requirement.Required), WorkflowFixtures.Planner, Fixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, Fixtures.Now);
        WorkOrder order = Fixtures.Plan(workflow, WorkOrderPolicy.Default.WithSignatureRequired(true));
        order.WriteNotes("notes", "Done.", Fixtures.Actor, Fixtures.Now);

        SendBlocker blocker = Assert.Single(order.GetSendBlockers());

        Assert.Equal(SendBlockerKind.SignatureMissing, blocker.Kind);
        Assert.Null(blocker.StepId);
    }

    [Fact]
    public void GetSendBlockers_WhenRequiredStepsIncomplete_UsesStepRequiredIncomplete()
    {
        WorkOrder order = Fixtures.Signed();
        order.AnswerField("leak", "yes", Fixtures.Actor, Fixtures.Now);
        order.AnswerField("leak-details", "Small drip at the pump", Fixtures.Actor, Fixtures.Now);
        order.Sign(Inks.Valid(), Fixtures.Name("J. de Vries"), Fixtures.Evidence(), Fixtures.Actor, Inks.SignedAt);

        SendBlocker blocker = Assert.Single(order.GetSendBlockers());

        Assert.Equal("STEP_REQUIRED_INCOMPLETE", blocker.Code);
        Assert.Equal("Leak notes", blocker.StepName);
    }

    [Fact]
    public void Send_WhenBlocked_ReturnsSendBlockedWithAllBlockersAndChangesNothing()
    {
        WorkOrder order = Fixtures.ReadyToSign();

        var result = order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);

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
        WorkOrder order = Fixtures.Signed();
        order.ClearDomainEvents();

        var result = order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderStatus.Sent, order.Status);
        Assert.Equal(Fixtures.Now, order.SentAt);
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
        WorkOrder order = Fixtures.Signed();
        order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);

        var again = order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now + Duration.FromMinutes(1));

        Assert.True(again.IsT0);
        Assert.Single(order.DomainEvents.OfType<WorkOrderSent>());
        Assert.Equal(Fixtures.Now, order.SentAt);
    }

    [Fact]
    public void Send_WhenOtherSendId_ReturnsWorkOrderAlreadySent()
    {
        WorkOrder order = Fixtures.Signed();
        order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);

        var result = order.Send(Fixtures.Send2, Fixtures.Actor, Fixtures.Now);

        var error = Assert.IsType<WorkOrderAlreadySent>(result.Value);
        Assert.Equal("WORKORDER_ALREADY_SENT", error.Code);
        Assert.Equal(Fixtures.Send1, error.SentWith);
    }

    [Fact]
    public void Mutators_WhenSent_ReturnWorkOrderReadOnly()
    {
        WorkOrder order = Fixtures.Signed();
        order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);
        WorkOrderContent before = order.ToContent();

        object[] results =
        [
            order.AnswerField("leak", "yes", Fixtures.Actor, Fixtures.Now).Value,
            order.ClearAnswer("leak", Fixtures.Actor, Fixtures.Now).Value,
            order.AddPhoto("photos", Fixtures.PhotoHash, Fixtures.Actor, Fixtures.Now).Value,
            order.WriteNotes(null, "late", Fixtures.Actor, Fixtures.Now).Value,
            order.AddMaterial(MaterialLine.Create("X", "X", 1, "pcs"), Fixtures.Actor, Fixtures.Now).Value,
            order.RegisterHours(HourRegistration.OfDuration(Fixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(5)), Fixtures.Actor, Fixtures.Now).Value,
            order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now).Value,
            order.StopTimer(Fixtures.Technician, Fixtures.Actor, Fixtures.Now).Value,
            order.MarkNotApplicable("materials", Fixtures.Actor, Fixtures.Now).Value,
            order.MarkCannotComplete("photos", Fixtures.Reason("Too late to change"), Fixtures.Actor, Fixtures.Now).Value,
            order.ReopenStep("materials", Fixtures.Actor, Fixtures.Now).Value,
            order.Assign(Fixtures.Technician, Fixtures.Actor, Fixtures.Now).Value,
            order.ApplyPolicy(WorkOrderPolicy.Default, Fixtures.Actor, Fixtures.Now).Value,
            order.Start(Fixtures.Actor, Fixtures.Now).Value,
            order.Complete(Fixtures.Actor, Fixtures.Now).Value,
        ];

        Assert.All(results, r => Assert.Equal("WORKORDER_READ_ONLY", Assert.IsType<WorkOrderReadOnly>(r).Code));
        Assert.Equal(before, order.ToContent());
        Assert.True(order.IsReadOnly);
    }

    [Fact]
    public void Complete_WhenClear_MarksCompletedUntilNextChange()
    {
        WorkOrder order = Fixtures.Signed();

        var result = order.Complete(Fixtures.Actor, Fixtures.Now);
        WorkOrderStatus completed = order.Status;
        order.Assign(Fixtures.Technician, Fixtures.Actor, Fixtures.Now);
        order.WriteNotes(null, "One more thing", Fixtures.Actor, Fixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderStatus.Completed, completed);
        Assert.Equal(WorkOrderStatus.InProgress, order.Status);
    }

    [Fact]
    public void Complete_WhenBlocked_ReturnsSendBlocked()
    {
        Assert.IsType<SendBlocked>(Fixtures.Plan().Complete(Fixtures.Actor, Fixtures.Now).Value);
    }
}
