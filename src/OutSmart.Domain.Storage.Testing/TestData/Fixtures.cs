using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Testing;

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

    public static readonly Actor Actor = Actor.Create(Technician, ActorChannel.MobileApp);
    public static readonly EmployeeId Planner = new(new Guid("77777777-7777-7777-7777-777777777777"));
    public static readonly Actor Office = Actor.Create(Planner, ActorChannel.BackOffice);

    public static Actor ActorFor(EmployeeId employee) => Actor.Create(employee, ActorChannel.MobileApp);

    public static readonly CanvasSize Canvas = CanvasSize.Create(600, 200).AsT0;

    public static readonly Instant SignedAt = Instant.FromUtc(2025, 11, 20, 14, 30);

    public static SignatureInk Ink() =>
        SignatureInk.Create(Canvas, [[.. Enumerable.Range(0, 20).Select(i => new SignaturePoint(50 + (i * 20), i % 2 == 0 ? 50 : 120, i * 16, null))]]).AsT0;

    public static SignerName Name(string value) => SignerName.Create(value).AsT0;

    public static CannotCompleteReason Reason(string value) => CannotCompleteReason.Create(value).AsT0;

    public static SignatureEvidence Evidence(string? role = null, string device = "tablet-7", string app = "5.2.0", Offset? offset = null, SignatureLocation? location = null) =>
        SignatureEvidence.Create(device, app, offset ?? Offset.Zero, role, null, location);

    /// <summary>Plans a work order on the boiler workflow (or <paramref name="workflow"/>); its <see cref="WorkOrderPlanned"/> event is cleared.</summary>
    public static WorkOrder Plan(Workflow? workflow = null, WorkOrderPolicy? policy = null, WorkOrderId? id = null, WorkOrderOrigin? origin = null, CustomerId? customer = null, Instant? plannedAt = null)
    {
        WorkOrder order = WorkOrder.Plan(id ?? OrderId, "WO-2025-0042", customer ?? Customer, null, origin ?? WorkOrderOrigin.Manual,
            WorkOrderSchedule.At(new LocalDateTime(2025, 11, 20, 9, 0), Amsterdam), workflow ?? BoilerWorkflow(), policy ?? WorkOrderPolicy.Default,
            Office, plannedAt ?? Now);
        order.ClearDomainEvents();
        return order;
    }

    /// <summary>Completes every required step of the boiler workflow except the signature; the events of doing so are cleared.</summary>
    public static WorkOrder ReadyToSign(WorkOrder? order = null)
    {
        order ??= Plan();
        order.AnswerField("boiler-ok", "yes", Actor, Now);
        order.AnswerField("leak", "no", Actor, Now);
        order.AddPhoto("photos", PhotoHash, Actor, Now);
        order.AddPhoto("photos", OtherPhotoHash, Actor, Now);
        order.RegisterHours(HourRegistration.Between(Technician, "Werktijd", Now, Now + Duration.FromHours(1)), Actor, Now);
        order.ClearDomainEvents();
        return order;
    }

    public static WorkOrder Signed(WorkOrder? order = null)
    {
        order = ReadyToSign(order);
        order.Sign(Ink(), Name("J. de Vries"), Evidence(role: "customer"), Actor, SignedAt);
        return order;
    }
}
