using NodaTime;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders.Tests.TestData;

/// <summary>Fixed ids, instants and a standard boiler-maintenance workflow.</summary>
internal static class Fixtures
{
    public static readonly WorkOrderId OrderId = new(new Guid("11111111-1111-1111-1111-111111111111"));
    public static readonly CustomerId Customer = new(new Guid("22222222-2222-2222-2222-222222222222"));
    public static readonly EmployeeId Technician = new(new Guid("33333333-3333-3333-3333-333333333333"));
    public static readonly WorkflowId WorkflowV1 = new(new Guid("44444444-4444-4444-4444-444444444444"));
    public static readonly WorkflowId WorkflowV2 = new(new Guid("44444444-4444-4444-4444-444444444445"));
    public static readonly SendId Send1 = new(new Guid("55555555-5555-5555-5555-555555555555"));
    public static readonly SendId Send2 = new(new Guid("55555555-5555-5555-5555-555555555556"));
    public static readonly Instant Now = Instant.FromUtc(2025, 11, 20, 9, 0);
    public static readonly string PhotoHash = new('a', 64);
    public static readonly string OtherPhotoHash = new('b', 64);
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>
    /// intake (form, required): boiler-ok yes/no required; leak yes/no optional; leak-details text required and
    /// visible when leak = yes. photos (min 2, required). leak-notes (notes, required when leak = yes, visible when
    /// leak = yes). materials (optional). hours (required). signature (required).
    /// </summary>
    public static Workflow BoilerWorkflow(bool sequential = false, bool publish = true)
    {
        var workflow = Workflow.Draft(WorkflowV1, "Boiler maintenance", 1, sequential, WorkflowFixtures.Planner, Now);
        Condition leak = Condition.Equal("leak", "yes");
        workflow.AddStep(WorkflowStep.Form("intake", "Intake", [
            FormField.Create("boiler-ok", "Does the boiler work?", FieldKind.YesNo, Requirement.Required),
            FormField.Create("leak", "Is there a leak?", FieldKind.YesNo),
            FormField.Create("leak-details", "Describe the leak", FieldKind.Text, Requirement.Required, leak),
        ], Requirement.Required), WorkflowFixtures.Planner, Now);
        workflow.AddStep(WorkflowStep.Photos("photos", "Photos", 2, Requirement.Required), WorkflowFixtures.Planner, Now);
        workflow.AddStep(WorkflowStep.Simple("leak-notes", "Leak notes", StepKind.Notes, Requirement.RequiredWhen(leak), leak), WorkflowFixtures.Planner, Now);
        workflow.AddStep(WorkflowStep.Simple("materials", "Materials", StepKind.Materials), WorkflowFixtures.Planner, Now);
        workflow.AddStep(WorkflowStep.Simple("hours", "Hours", StepKind.Hours, Requirement.Required), WorkflowFixtures.Planner, Now);
        workflow.AddStep(WorkflowStep.Simple("signature", "Customer signature", StepKind.Signature, Requirement.Required), WorkflowFixtures.Planner, Now);
        if (publish)
        {
            workflow.Publish(WorkflowFixtures.Planner, Now);
        }
        return workflow;
    }

    public static WorkOrder Plan(Workflow? workflow = null, WorkOrderPolicy? policy = null) =>
        WorkOrder.Plan(OrderId, "WO-2025-0042", Customer, null, WorkOrderOrigin.Manual,
            WorkOrderSchedule.At(new LocalDateTime(2025, 11, 20, 9, 0), Amsterdam), workflow ?? BoilerWorkflow(), policy);

    /// <summary>Completes every required step of the boiler workflow except the signature.</summary>
    public static WorkOrder ReadyToSign(WorkOrder? order = null)
    {
        order ??= Plan();
        order.AnswerField("boiler-ok", "yes");
        order.AnswerField("leak", "no");
        order.AddPhoto("photos", PhotoHash, Now);
        order.AddPhoto("photos", OtherPhotoHash, Now);
        order.RegisterHours(HourRegistration.Between(Technician, "Werktijd", Now, Now + Duration.FromHours(1)));
        return order;
    }

    public static WorkOrder Signed(WorkOrder? order = null)
    {
        order = ReadyToSign(order);
        order.Sign(Inks.Valid(), "J. de Vries", "customer", Technician, "tablet-7", "5.2.0", Inks.SignedAt);
        return order;
    }
}
