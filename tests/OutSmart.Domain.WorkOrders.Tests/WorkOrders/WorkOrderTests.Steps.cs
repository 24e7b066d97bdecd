using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static StepProgress StepOf(WorkOrder order, string stepId) =>
        order.GetProgress().Steps.Single(s => s.Step.Id == stepId);

    [Fact]
    public void Plan_WhenCreated_IsPlannedWithWorkflowAndPolicy()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        Assert.Equal(WorkOrderStatus.Planned, order.Status);
        Assert.Equal("WO-2025-0042", order.Number);
        Assert.Equal(WorkOrderPolicy.Default, order.Policy);
        Assert.False(order.Origin.IsContractOccurrence);
    }

    [Fact]
    public void AnswerField_WhenValid_StoresCanonicalAnswerAndStartsWork()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.AnswerField("boiler-ok", " YES ", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal("yes", order.Answers["boiler-ok"]);
        Assert.Equal(WorkOrderStatus.InProgress, order.Status);
    }

    [Theory]
    [InlineData("boiler-ok", "maybe")]
    [InlineData("boiler-ok", "  ")]
    [InlineData("leak-details", null)]
    public void AnswerField_WhenAnswerDoesNotFit_ReturnsFieldAnswerInvalid(string field, string? answer)
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.AnswerField(field, answer, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal("FIELD_ANSWER_INVALID", Assert.IsType<FieldAnswerInvalid>(result.Value).Code);
        Assert.Empty(order.Answers);
    }

    [Fact]
    public void AnswerField_WhenFieldUnknown_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkOrderFixtures.Plan().AnswerField("nope", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now));
    }

    [Fact]
    public void GetProgress_WhenFormRequiredFieldsAnswered_FormIsComplete()
    {
        // WO-02: every visible required field answered; leak-details is hidden while leak is unanswered.
        WorkOrder order = WorkOrderFixtures.Plan();

        order.AnswerField("boiler-ok", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(StepResolution.Complete, StepOf(order, "intake").Resolution);
    }

    [Fact]
    public void GetProgress_WhenConditionalFieldBecomesVisible_FormIsOpenAgain()
    {
        // WO-03: leak = yes shows leak-details and makes it required.
        WorkOrder order = WorkOrderFixtures.Plan();
        order.AnswerField("boiler-ok", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(StepResolution.Open, StepOf(order, "intake").Resolution);
        Assert.Contains(order.GetSendBlockers(), b => b.Code == "FIELD_REQUIRED" && b.FieldId == "leak-details");
    }

    [Fact]
    public void GetProgress_WhenStepHidden_IsNeverRequired()
    {
        // WO-03: leak-notes is visible and required only when leak = yes.
        WorkOrder order = WorkOrderFixtures.Plan();

        StepProgress hidden = StepOf(order, "leak-notes");
        order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        StepProgress shown = StepOf(order, "leak-notes");

        Assert.False(hidden.IsVisible);
        Assert.False(hidden.IsRequired);
        Assert.True(shown.IsRequired);
    }

    [Fact]
    public void GetProgress_WhenPhotosBelowMinimum_PhotosStepIsOpen()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        StepResolution one = StepOf(order, "photos").Resolution;
        order.AddPhoto("photos", WorkOrderFixtures.OtherPhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(StepResolution.Open, one);
        Assert.Equal(StepResolution.Complete, StepOf(order, "photos").Resolution);
    }

    [Fact]
    public void AddPhoto_WhenHashNotLowercaseHex_Throws()
    {
        Assert.Throws<ArgumentException>(() => WorkOrderFixtures.Plan().AddPhoto("photos", new string('A', 64), WorkOrderFixtures.Actor, WorkOrderFixtures.Now));
        Assert.Throws<ArgumentException>(() => WorkOrderFixtures.Plan().AddPhoto("hours", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now));
    }

    [Fact]
    public void GetProgress_WhenNotesMaterialsAndHoursRegistered_StepsAreComplete()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        order.WriteNotes("leak-notes", "Dripping valve replaced.", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.AddMaterial(MaterialLine.Create("V-100", "Valve", 1.50m, "pcs"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(45)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(StepResolution.Complete, StepOf(order, "leak-notes").Resolution);
        Assert.Equal(StepResolution.Complete, StepOf(order, "materials").Resolution);
        Assert.Equal(StepResolution.Complete, StepOf(order, "hours").Resolution);
        Assert.Equal(1.5m, order.Materials[0].Quantity);
    }

    [Fact]
    public void WriteNotes_WhenBlank_RemovesNotes()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.WriteNotes(null, "General remark", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        order.WriteNotes(null, "   ", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Empty(order.Notes);
    }

    [Fact]
    public void AddPhoto_WhenSequentialAndEarlierStepOpen_ReturnsStepPreviousIncomplete()
    {
        // WO-04: photos come after the required intake form.
        WorkOrder order = WorkOrderFixtures.Plan(WorkOrderFixtures.BoilerWorkflow(sequential: true));

        var result = order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var error = Assert.IsType<StepPreviousIncomplete>(result.Value);
        Assert.Equal("STEP_PREVIOUS_INCOMPLETE", error.Code);
        Assert.Equal("Finish \"Intake\" first.", error.Message);
        Assert.Empty(order.Photos);
    }

    [Fact]
    public void AddPhoto_WhenSequentialAndEarlierStepComplete_Succeeds()
    {
        WorkOrder order = WorkOrderFixtures.Plan(WorkOrderFixtures.BoilerWorkflow(sequential: true));
        order.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0);
    }

    [Fact]
    public void AnswerField_WhenSequentialAndRevisitingEarlierStep_Succeeds()
    {
        WorkOrder order = WorkOrderFixtures.Plan(WorkOrderFixtures.BoilerWorkflow(sequential: true));
        order.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(order.AnswerField("boiler-ok", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0);
    }

    [Fact]
    public void Sign_WhenSequentialAndPhotosMissing_ReturnsStepPreviousIncomplete()
    {
        WorkOrder order = WorkOrderFixtures.Plan(WorkOrderFixtures.BoilerWorkflow(sequential: true));
        order.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var result = order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.Equal("photos", Assert.IsType<StepPreviousIncomplete>(result.Value).StepId);
    }

    [Fact]
    public void MarkNotApplicable_WhenOptional_SettlesStep()
    {
        // WO-08.
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(StepResolution.NotApplicable, StepOf(order, "materials").Resolution);
    }

    [Fact]
    public void MarkNotApplicable_WhenRequired_ReturnsStepNotOptional()
    {
        Assert.IsType<StepNotOptional>(WorkOrderFixtures.Plan().MarkNotApplicable("photos", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value);
    }

    [Fact]
    public void MarkCannotComplete_WhenPolicyForbids_ReturnsCannotCompleteNotAllowed()
    {
        Assert.IsType<CannotCompleteNotAllowed>(WorkOrderFixtures.Plan().MarkCannotComplete("photos", WorkOrderFixtures.Reason("Camera broken today"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value);
    }

    [Fact]
    public void Send_WhenRequiredStepCannotComplete_SendsWithStatusCannotComplete()
    {
        WorkOrder order = WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));
        order.AnswerField("boiler-ok", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(30)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.MarkCannotComplete("photos", WorkOrderFixtures.Reason("Customer did not allow photos"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        var result = order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(WorkOrderStatus.CannotComplete, order.Status);
        Assert.Equal("Customer did not allow photos", StepOf(order, "photos").Reason);
    }

    [Fact]
    public void ReopenStep_WhenMarked_OpensItAgain()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        order.ReopenStep("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal(StepResolution.Open, StepOf(order, "materials").Resolution);
    }

    [Fact]
    public void GetProgress_WhenSomeRequiredStepsDone_ReportsShareOfVisibleRequiredSteps()
    {
        // WO-09: intake, photos, hours, signature are visible and required; leak-notes is hidden.
        WorkOrder order = WorkOrderFixtures.Plan();
        order.AnswerField("boiler-ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        WorkOrderProgress progress = order.GetProgress();

        Assert.Equal(4, progress.RequiredSteps);
        Assert.Equal(1, progress.CompletedRequiredSteps);
        Assert.Equal(25, progress.Percent);
    }

    [Fact]
    public void StopTimer_WhenRunning_RegistersHours()
    {
        WorkOrder order = WorkOrderFixtures.Plan();
        order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var again = order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.StopTimer(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now + Duration.FromMinutes(40));

        Assert.IsType<TimerAlreadyRunning>(again.Value);
        Assert.Empty(order.RunningTimers);
        Assert.Equal(Duration.FromMinutes(40), Assert.Single(order.Hours).Duration);
        Assert.IsType<TimerNotRunning>(order.StopTimer(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value);
    }

    [Fact]
    public void Assign_WhenTwice_KeepsOneEntry()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        order.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Single(order.AssignedEmployees);
    }

    [Fact]
    public void ToPlannedInstant_WhenInSpringGap_MovesForwardByTheGap()
    {
        // Europe/Amsterdam 2025-03-30: 02:00 jumps to 03:00; the lenient resolver maps 02:30 to 03:30 CEST (01:30 UTC).
        var schedule = WorkOrderSchedule.At(new LocalDateTime(2025, 3, 30, 2, 30), WorkOrderFixtures.Amsterdam);

        Assert.Equal(Instant.FromUtc(2025, 3, 30, 1, 30), schedule.ToPlannedInstant());
        Assert.Null(WorkOrderSchedule.Before(new LocalDate(2025, 4, 1)).ToPlannedInstant());
    }

    [Fact]
    public void FromContractOccurrence_WhenCreated_CarriesTheWholeKey()
    {
        var contract = new OutSmart.Domain.Abstractions.ContractId(new Guid("66666666-6666-6666-6666-666666666666"));
        var asset = new OutSmart.Domain.Abstractions.AssetId(new Guid("88888888-8888-8888-8888-888888888888"));
        var key = OccurrenceKey.Create(contract, "monthly", new LocalDate(2025, 6, 1), asset);

        var origin = WorkOrderOrigin.FromContractOccurrence(key);

        Assert.True(origin.IsContractOccurrence);
        Assert.Equal((contract, new LocalDate(2025, 6, 1)), (origin.ContractId!.Value, origin.OccurrenceDate!.Value));
        Assert.Equal(origin, WorkOrderOrigin.FromContractOccurrence(OccurrenceKey.Create(contract, "monthly", new LocalDate(2025, 6, 1), asset)));
        Assert.Equal("66666666-6666-6666-6666-666666666666/monthly/2025-06-01/88888888-8888-8888-8888-888888888888", key.ToString());
    }

    [Fact]
    public void OccurrenceKey_WhenScheduleOrObjectDiffers_IsAnotherKey()
    {
        var contract = new OutSmart.Domain.Abstractions.ContractId(new Guid("66666666-6666-6666-6666-666666666666"));
        var date = new LocalDate(2025, 6, 1);
        var asset = new OutSmart.Domain.Abstractions.AssetId(new Guid("88888888-8888-8888-8888-888888888888"));

        OccurrenceKey[] keys =
        [
            OccurrenceKey.Create(contract, "monthly", date),
            OccurrenceKey.Create(contract, "yearly", date),
            OccurrenceKey.Create(contract, "monthly", date, asset),
            OccurrenceKey.Create(contract, "monthly", date.PlusDays(1)),
        ];

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    public void OccurrenceKey_WhenScheduleNameIsUnusable_Throws(string schedule)
    {
        var contract = new OutSmart.Domain.Abstractions.ContractId(new Guid("66666666-6666-6666-6666-666666666666"));

        Assert.ThrowsAny<ArgumentException>(() => OccurrenceKey.Create(contract, schedule, new LocalDate(2025, 6, 1)));
    }

    [Fact]
    public void WriteNotes_WhenLongerThanTheLimit_ReturnsNotesTooLongAndChangesNothing()
    {
        // Defect 4: a 10,001-character note threw ArgumentOutOfRangeException.
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.WriteNotes(null, new string('x', WorkOrder.MaxNotesLength + 1), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var error = Assert.IsType<NotesTooLong>(result.Value);
        Assert.Equal("NOTES_TOO_LONG", error.Code);
        Assert.Equal((10_001, 10_000), (error.Length, error.MaxLength));
        Assert.Empty(order.Notes);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void WriteNotes_WhenExactlyTheLimitAfterTrimming_IsAccepted()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        var result = order.WriteNotes(null, "  " + new string('x', WorkOrder.MaxNotesLength) + "  ", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
    }

    [Fact]
    public void MarkCannotComplete_WhenStepIsOptional_ReturnsStepNotRequired()
    {
        // Defect 10 / WO-08: cannot-complete is for required steps; an optional one is marked not applicable.
        WorkOrder order = WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));

        var result = order.MarkCannotComplete("materials", WorkOrderFixtures.Reason("The customer keeps the old valve."), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Equal("STEP_NOT_REQUIRED", Assert.IsType<StepNotRequired>(result.Value).Code);
        Assert.Equal(StepResolution.Open, StepOf(order, "materials").Resolution);
    }

    [Fact]
    public void MarkCannotComplete_WhenStepIsHidden_ReturnsStepNotRequired()
    {
        // Defect 10 / WO-08: leak-notes is hidden (and not required) while there is no leak.
        WorkOrder order = WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));

        var result = order.MarkCannotComplete("leak-notes", WorkOrderFixtures.Reason("No leak notes could be written."), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.IsType<StepNotRequired>(result.Value);
    }

    [Fact]
    public void MarkCannotComplete_WhenConditionallyRequiredStepIsRequired_Succeeds()
    {
        WorkOrder order = WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true));
        order.AnswerField("leak", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.ClearDomainEvents();

        var result = order.MarkCannotComplete("leak-notes", WorkOrderFixtures.Reason("Customer had to leave early."), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Equal(
            new StepMarkedCannotComplete(WorkOrderFixtures.OrderId, "leak-notes", "Customer had to leave early.", WorkOrderFixtures.Technician, WorkOrderFixtures.Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void GetProgress_WhenTheFieldAConditionReadsBecomesHidden_ItsAnswerNoLongerCounts()
    {
        // Defect 10 / WO-03: conditions see the current visible answers. b is shown only when a = yes; step c only
        // when b = yes. Answering a = no hides b, so b's stored "yes" must not keep c visible and required.
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Chain", 1, false, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.AddStep(WorkflowStep.Form("form", "Form", [
            FormField.Create("a", "A", FieldKind.YesNo),
            FormField.Create("b", "B", FieldKind.YesNo, Requirement.Optional, Condition.Equal("a", "yes")),
        ]), WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.AddStep(WorkflowStep.Simple("c", "C", StepKind.Notes, Requirement.Required, Condition.Equal("b", "yes")), WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        WorkOrder order = WorkOrderFixtures.Plan(workflow);
        order.AnswerField("a", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.AnswerField("b", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        bool shownBefore = StepOf(order, "c").IsVisible;

        order.AnswerField("a", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(shownBefore);
        Assert.False(StepOf(order, "c").IsVisible);
        Assert.False(StepOf(order, "c").IsRequired);
        Assert.DoesNotContain(order.GetSendBlockers(), b => b.StepId == "c");
        Assert.Equal("yes", order.Answers["b"]);
    }
}
