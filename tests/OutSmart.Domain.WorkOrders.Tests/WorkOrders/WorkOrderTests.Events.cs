using NodaTime;
using OneOf;
using OutSmart.Domain.Abstractions;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    private static readonly Instant Later = Fixtures.Now + Duration.FromMinutes(30);

    [Fact]
    public void Plan_WhenCreated_RecordsWorkOrderPlannedWithThePlanner()
    {
        WorkOrder order = WorkOrder.Plan(Fixtures.OrderId, " WO-1 ", Fixtures.Customer, null, WorkOrderOrigin.Manual,
            WorkOrderSchedule.Before(new LocalDate(2025, 11, 30)), Fixtures.BoilerWorkflow(), WorkOrderPolicy.Default, Fixtures.Office, Fixtures.Now);

        Assert.Equal(new WorkOrderPlanned(Fixtures.OrderId, WorkOrderOrigin.Manual, Fixtures.Planner, Fixtures.Now), Assert.Single(order.DomainEvents));
        Assert.Equal(("WO-1", Fixtures.Now, Fixtures.Planner, AggregateVersion.New), (order.Number, order.PlannedAt, order.PlannedBy, order.Version));
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

        var result = Run(order, command, Fixtures.Office, Later);

        Assert.IsNotType<IDomainError>(result.Value, exactMatch: false);
        IDomainEvent recorded = Assert.Single(order.DomainEvents);
        Assert.Equal(Fixtures.Planner, recorded.GetType().GetProperty("By")!.GetValue(recorded));
        Assert.Equal(Later, recorded.GetType().GetProperty("OccurredAt")!.GetValue(recorded));
        Assert.Equal(AggregateVersion.From(1), order.Version);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_WhenTheWorkOrderWasSent_ReturnsWorkOrderReadOnlyAndChangesNothing(string command)
    {
        // WO-07, SIG-11: one read-only refusal for every command; Send itself stays idempotent by send id.
        WorkOrder order = command == "RecordFormResult" ? Fixtures.Plan(FormResultWorkflow()) : Fixtures.Signed();
        if (command == "RecordFormResult")
        {
            order.AnswerField("ok", "yes", Fixtures.Actor, Fixtures.Now);
            order.RecordFormResult("check", FormResult.Fail, Fixtures.Actor, Fixtures.Now);
        }
        order.Send(Fixtures.Send1, Fixtures.Actor, Fixtures.Now);
        WorkOrderSnapshot before = order.ToSnapshot();
        order.ClearDomainEvents();

        var result = Run(order, command, Fixtures.Office, Later);

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
            "RecordFormResult" => Fixtures.Plan(FormResultWorkflow()),
            "MarkCannotComplete" => Fixtures.Plan(policy: WorkOrderPolicy.Default.WithCannotCompleteAllowed(true)),
            "Complete" or "Send" => Fixtures.Signed(),
            "ClearSignature" => Fixtures.Signed(),
            _ => Fixtures.Plan(),
        };
        switch (command)
        {
            case "ClearAnswer":
                order.AnswerField("leak", "no", Fixtures.Actor, Fixtures.Now);
                break;
            case "StopTimer":
                order.StartTimer(Fixtures.Technician, "Werktijd", Fixtures.Actor, Fixtures.Now);
                break;
            case "ReopenStep":
                order.MarkNotApplicable("materials", Fixtures.Actor, Fixtures.Now);
                break;
            case "Start":
                break;
            case "Sign":
                Fixtures.ReadyToSign(order);
                break;
            default:
                break;
        }
        return order;
    }

    private static Workflow FormResultWorkflow()
    {
        var workflow = Workflow.Draft(Fixtures.WorkflowV1, "Inspection", 1, false, WorkflowFixtures.Planner, Fixtures.Now);
        workflow.AddStep(WorkflowStep.Form("check", "Check", [FormField.Create("ok", "OK?", FieldKind.YesNo)], Requirement.Required, recordsResult: true), WorkflowFixtures.Planner, Fixtures.Now);
        workflow.Publish(WorkflowFixtures.Planner, Fixtures.Now);
        return workflow;
    }

    private static IOneOf Run(WorkOrder order, string command, Actor actor, Instant now) => command switch
    {
        "Assign" => order.Assign(Fixtures.Technician, actor, now),
        "ApplyPolicy" => order.ApplyPolicy(WorkOrderPolicy.Default.WithHoursRequired(true), actor, now),
        "Start" => order.Start(actor, now),
        "AnswerField" => order.AnswerField("boiler-ok", "yes", actor, now),
        "ClearAnswer" => order.ClearAnswer("leak", actor, now),
        "RecordFormResult" => order.RecordFormResult("check", FormResult.Pass, actor, now),
        "WriteNotes" => order.WriteNotes(null, "Remark", actor, now),
        "AddPhoto" => order.AddPhoto("photos", Fixtures.PhotoHash, actor, now),
        "AddMaterial" => order.AddMaterial(MaterialLine.Create("V-100", "Valve", 1, "pcs"), actor, now),
        "RegisterHours" => order.RegisterHours(HourRegistration.OfDuration(Fixtures.Technician, "Werktijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(30)), actor, now),
        "StartTimer" => order.StartTimer(Fixtures.Technician, "Werktijd", actor, now),
        "StopTimer" => order.StopTimer(Fixtures.Technician, actor, now),
        "MarkNotApplicable" => order.MarkNotApplicable("materials", actor, now),
        "MarkCannotComplete" => order.MarkCannotComplete("photos", Fixtures.Reason("Camera broken today"), actor, now),
        "ReopenStep" => order.ReopenStep("materials", actor, now),
        "Sign" => order.Sign(Inks.Valid(), Fixtures.Name("J. de Vries"), Fixtures.Evidence(), actor, now),
        "ClearSignature" => order.ClearSignature(actor, now),
        "Complete" => order.Complete(actor, now),
        _ => order.Send(command == "Send" && order.IsReadOnly ? Fixtures.Send2 : Fixtures.Send1, actor, now),
    };
}
