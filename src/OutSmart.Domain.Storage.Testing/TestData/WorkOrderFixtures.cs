using NodaTime;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders;

namespace OutSmart.Domain.Storage.Testing;

/// <summary>
/// Fixed ids, instants and actors for work order (<i>werkbon</i>) tests, a standard boiler-maintenance workflow, and
/// work orders planned on it, ready to sign, or signed. The values never change between releases, so a test may compare
/// against them.
/// </summary>
public static class WorkOrderFixtures
{
    /// <summary>The id <see cref="Plan"/> gives a work order unless told otherwise.</summary>
    public static readonly WorkOrderId OrderId = new(new Guid("11111111-1111-1111-1111-111111111111"));

    /// <summary>The customer (<i>relatie</i>) <see cref="Plan"/> plans for unless told otherwise.</summary>
    public static readonly CustomerId Customer = new(new Guid("22222222-2222-2222-2222-222222222222"));

    /// <summary>The technician (<i>monteur</i>) who carries out the work (acts as <see cref="Actor"/>).</summary>
    public static readonly EmployeeId Technician = new(new Guid("33333333-3333-3333-3333-333333333333"));

    /// <summary>The id of <see cref="BoilerWorkflow"/>.</summary>
    public static readonly WorkflowId WorkflowV1 = new(new Guid("44444444-4444-4444-4444-444444444444"));

    /// <summary>The id for a second revision of the workflow.</summary>
    public static readonly WorkflowId WorkflowV2 = new(new Guid("44444444-4444-4444-4444-444444444445"));

    /// <summary>A send id.</summary>
    public static readonly SendId Send1 = new(new Guid("55555555-5555-5555-5555-555555555555"));

    /// <summary>A second send id.</summary>
    public static readonly SendId Send2 = new(new Guid("55555555-5555-5555-5555-555555555556"));

    /// <summary>20 November 2025, 09:00 UTC: when work orders are planned and their steps done.</summary>
    public static readonly Instant Now = Instant.FromUtc(2025, 11, 20, 9, 0);

    /// <summary>A photo's content hash (64 hex digits).</summary>
    public static readonly string PhotoHash = new('a', 64);

    /// <summary>A second photo's content hash.</summary>
    public static readonly string OtherPhotoHash = new('b', 64);

    /// <summary>Europe/Amsterdam, the zone work orders are scheduled in.</summary>
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>The <see cref="Technician"/> working in the mobile app.</summary>
    public static readonly Actor Actor = Actor.Create(Technician, ActorChannel.MobileApp);

    /// <summary>The back-office planner who plans work orders (acts as <see cref="Office"/>).</summary>
    public static readonly EmployeeId Planner = new(new Guid("77777777-7777-7777-7777-777777777777"));

    /// <summary>The <see cref="Planner"/> working in the back office.</summary>
    public static readonly Actor Office = Actor.Create(Planner, ActorChannel.BackOffice);

    /// <summary>A signature pad of 600 × 200 units.</summary>
    public static readonly CanvasSize Canvas = CanvasSize.Create(600, 200).AsT0;

    /// <summary>20 November 2025, 14:30 UTC: when <see cref="Sign"/> signs.</summary>
    public static readonly Instant SignedAt = Instant.FromUtc(2025, 11, 20, 14, 30);

    /// <summary>
    /// Returns the boiler-maintenance workflow (id <see cref="WorkflowV1"/>, revision 1, drafted by
    /// <see cref="WorkflowFixtures.Planner"/>): intake (form, required): boiler-ok yes/no required; leak yes/no optional;
    /// leak-details text required and visible when leak = yes. photos (min 2, required). leak-notes (notes, required
    /// when leak = yes, visible when leak = yes). materials (optional). hours (required). signature (required).
    /// </summary>
    /// <param name="sequential">Whether the steps must be done in order.</param>
    /// <param name="publish">Whether to publish it (otherwise it stays a draft).</param>
    /// <returns>A new workflow, version 0 (not yet stored).</returns>
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

    /// <summary>Returns <paramref name="employee"/> working in the mobile app.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns>The actor.</returns>
    public static Actor ActorFor(EmployeeId employee) => Actor.Create(employee, ActorChannel.MobileApp);

    /// <summary>Returns a valid signature: one zigzag stroke of 20 points on <see cref="Canvas"/>.</summary>
    /// <returns>The ink.</returns>
    public static SignatureInk Ink() =>
        SignatureInk.Create(Canvas, [[.. Enumerable.Range(0, 20).Select(i => new SignaturePoint(50 + (i * 20), i % 2 == 0 ? 50 : 120, i * 16, null))]]).AsT0;

    /// <summary>Returns a valid signer name.</summary>
    /// <param name="value">The name.</param>
    /// <returns>The signer name.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is not a valid signer name.</exception>
    public static SignerName Name(string value) => SignerName.Create(value).AsT0;

    /// <summary>Returns a valid reason why a work order cannot be completed.</summary>
    /// <param name="value">The reason.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is not a valid reason.</exception>
    public static CannotCompleteReason Reason(string value) => CannotCompleteReason.Create(value).AsT0;

    /// <summary>Returns signature evidence from a tablet, with the given details.</summary>
    /// <param name="role">The signer's role, if any.</param>
    /// <param name="device">The device id.</param>
    /// <param name="app">The app version.</param>
    /// <param name="offset">The device's UTC offset (zero unless given).</param>
    /// <param name="location">Where it was signed, if known.</param>
    /// <returns>The evidence.</returns>
    public static SignatureEvidence Evidence(string? role = null, string device = "tablet-7", string app = "5.2.0", Offset? offset = null, SignatureLocation? location = null) =>
        SignatureEvidence.Create(device, app, offset ?? Offset.Zero, role, null, location);

    /// <summary>
    /// Plans work order "WO-2025-0042" for 20 November 2025 09:00 in Amsterdam on the boiler workflow (or
    /// <paramref name="workflow"/>), by <see cref="Office"/>; its <see cref="WorkOrderPlanned"/> event is cleared.
    /// </summary>
    /// <param name="workflow">The workflow (a new published <see cref="BoilerWorkflow"/> unless given).</param>
    /// <param name="policy">The policy (<see cref="WorkOrderPolicy.Default"/> unless given).</param>
    /// <param name="id">The id (<see cref="OrderId"/> unless given).</param>
    /// <param name="origin">The origin (manual unless given).</param>
    /// <param name="customer">The customer (<see cref="Customer"/> unless given).</param>
    /// <param name="plannedAt">When it is planned (<see cref="Now"/> unless given).</param>
    /// <returns>A new work order, version 0 (not yet stored).</returns>
    public static WorkOrder Plan(Workflow? workflow = null, WorkOrderPolicy? policy = null, WorkOrderId? id = null, WorkOrderOrigin? origin = null, CustomerId? customer = null, Instant? plannedAt = null)
    {
        WorkOrder order = WorkOrder.Plan(id ?? OrderId, "WO-2025-0042", customer ?? Customer, null, origin ?? WorkOrderOrigin.Manual,
            WorkOrderSchedule.At(new LocalDateTime(2025, 11, 20, 9, 0), Amsterdam), workflow ?? BoilerWorkflow(), policy ?? WorkOrderPolicy.Default,
            Office, plannedAt ?? Now);
        order.ClearDomainEvents();
        return order;
    }

    /// <summary>Completes every required step of the boiler workflow except the signature; the events of doing so are cleared.</summary>
    /// <param name="order">A work order on the boiler workflow (a new <see cref="Plan"/> unless given).</param>
    /// <returns>The same work order.</returns>
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

    /// <summary>Makes the work order <see cref="ReadyToSign"/> and has "J. de Vries" (customer) sign it with <see cref="Ink"/> at
    /// <see cref="SignedAt"/>; the signing events are kept.</summary>
    /// <param name="order">A work order on the boiler workflow (a new <see cref="Plan"/> unless given).</param>
    /// <returns>The same work order.</returns>
    public static WorkOrder Sign(WorkOrder? order = null)
    {
        order = ReadyToSign(order);
        order.Sign(Ink(), Name("J. de Vries"), Evidence(role: "customer"), Actor, SignedAt);
        return order;
    }
}
