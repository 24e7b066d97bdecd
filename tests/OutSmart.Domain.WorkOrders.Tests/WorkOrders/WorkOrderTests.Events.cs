using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static readonly Instant Later = WorkOrderFixtures.Now + Duration.FromMinutes(30);

    [Fact]
    public void Plan_WhenCreated_RecordsWorkOrderPlannedWithThePlanner()
    {
        WorkOrder order = WorkOrder.Plan(WorkOrderFixtures.OrderId, " WO-1 ", WorkOrderFixtures.Customer, null, WorkOrderOrigin.Manual,
            WorkOrderSchedule.Before(new LocalDate(2025, 11, 30)), WorkOrderFixtures.BoilerWorkflow(), WorkOrderPolicy.Default, WorkOrderFixtures.Office, WorkOrderFixtures.Now);

        Assert.Equal(new WorkOrderPlanned(WorkOrderFixtures.OrderId, WorkOrderOrigin.Manual, WorkOrderFixtures.Planner, WorkOrderFixtures.Now), Assert.Single(order.DomainEvents));
        Assert.Equal(("WO-1", WorkOrderFixtures.Now, WorkOrderFixtures.Planner, AggregateVersion.New), (order.Number, order.PlannedAt, order.PlannedBy, order.Version));
    }

    public static TheoryData<string> Commands =>
    [
        "Assign", "ApplyPolicy", "Start", "AnswerField", "ClearAnswer", "RecordFormResult", "WriteNotes", "AddPhoto",
        "AddMaterial", "RegisterHours", "StartTimer", "StopTimer", "MarkNotApplicable", "MarkCannotComplete", "ReopenStep",
        "Sign", "ClearSignature", "Complete", "Send",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_WhenItChangesTheWorkOrder_RecordsOneEventNamingTheActorAndKeepsTheVersion(string command)
    {
        WorkOrder order = Prepared(command);
        order.MarkSaved(AggregateVersion.From(1));
        order.ClearDomainEvents();

        var result = Run(order, command, WorkOrderFixtures.Office, Later);

        Assert.IsNotType<IDomainError>(result.Value, exactMatch: false);
        IDomainEvent recorded = Assert.Single(order.DomainEvents);
        Assert.Equal(WorkOrderFixtures.Planner, recorded.GetType().GetProperty("By")!.GetValue(recorded));
        Assert.Equal(Later, recorded.GetType().GetProperty("OccurredAt")!.GetValue(recorded));
        Assert.Equal(AggregateVersion.From(1), order.Version);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_WhenTheWorkOrderWasSent_ReturnsWorkOrderReadOnlyAndChangesNothing(string command)
    {
        // WO-07, SIG-11: one read-only refusal for every command; Send itself stays idempotent by send id.
        WorkOrder order = command == "RecordFormResult" ? WorkOrderFixtures.Plan(FormResultWorkflow()) : WorkOrderFixtures.Sign();
        if (command == "RecordFormResult")
        {
            order.AnswerField("ok", "yes", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
            order.RecordFormResult("check", FormResult.Fail, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        }
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        WorkOrderSnapshot before = order.ToSnapshot();
        order.ClearDomainEvents();

        var result = Run(order, command, WorkOrderFixtures.Office, Later);

        if (command == "Send")
        {
            Assert.IsType<WorkOrderAlreadySent>(result.Value);
        }
        else
        {
            Assert.IsType<WorkOrderReadOnly>(result.Value);
        }
        Assert.Equal(before, order.ToSnapshot());
        Assert.Empty(order.DomainEvents);
    }

    // A work order on which the command has something to change.
    private static WorkOrder Prepared(string command)
    {
        WorkOrder order = command switch
        {
            "RecordFormResult" => WorkOrderFixtures.Plan(FormResultWorkflow()),
            "MarkCannotComplete" => WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true)),
            "Complete" or "Send" => WorkOrderFixtures.Sign(),
            "ClearSignature" => WorkOrderFixtures.Sign(),
            _ => WorkOrderFixtures.Plan(),
        };
        switch (command)
        {
            case "ClearAnswer":
                order.AnswerField("leak", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                break;
            case "StopTimer":
                order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                break;
            case "ReopenStep":
                order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
                break;
            case "Start":
                break;
            case "Sign":
                WorkOrderFixtures.ReadyToSign(order);
                break;
            default:
                break;
        }
        return order;
    }

    private static Workflow FormResultWorkflow()
    {
        var workflow = Workflow.Draft(WorkOrderFixtures.WorkflowV1, "Inspection", 1, false, WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.AddStep(WorkflowStep.Form("check", "Check", [FormField.Create("ok", "OK?", FieldKind.YesNo)], Requirement.Required, recordsResult: true), WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, WorkOrderFixtures.Now);
        return workflow;
    }

    private static IOneOf Run(WorkOrder order, string command, Actor actor, Instant now) => command switch
    {
        "Assign" => order.Assign(WorkOrderFixtures.Technician, actor, now),
        "ApplyPolicy" => order.ApplyPolicy(WorkOrderPolicy.Default.WithHoursRequired(true), actor, now),
        "Start" => order.Start(actor, now),
        "AnswerField" => order.AnswerField("boiler-ok", "yes", actor, now),
        "ClearAnswer" => order.ClearAnswer("leak", actor, now),
        "RecordFormResult" => order.RecordFormResult("check", FormResult.Pass, actor, now),
        "WriteNotes" => order.WriteNotes(null, "Remark", actor, now),
        "AddPhoto" => order.AddPhoto("photos", WorkOrderFixtures.PhotoHash, actor, now),
        "AddMaterial" => order.AddMaterial(MaterialLine.Create("V-100", "Valve", 1, "pcs"), actor, now),
        "RegisterHours" => order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(30)), actor, now),
        "StartTimer" => order.StartTimer(WorkOrderFixtures.Technician, "Werktijd", actor, now),
        "StopTimer" => order.StopTimer(WorkOrderFixtures.Technician, actor, now),
        "MarkNotApplicable" => order.MarkNotApplicable("materials", actor, now),
        "MarkCannotComplete" => order.MarkCannotComplete("photos", WorkOrderFixtures.Reason("Camera broken today"), actor, now),
        "ReopenStep" => order.ReopenStep("materials", actor, now),
        "Sign" => order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(), actor, now),
        "ClearSignature" => order.ClearSignature(actor, now),
        "Complete" => order.Complete(actor, now),
        _ => order.Send(command == "Send" && order.IsReadOnly ? WorkOrderFixtures.Send2 : WorkOrderFixtures.Send1, actor, now),
    };
}
